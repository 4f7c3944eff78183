package org.lexgraph.core;

import org.lexgraph.core.validation.KnowledgeBaseChecker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lexgraph.model.Ask;
import org.lexgraph.model.Citation;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;
import org.lexgraph.model.ThemeLink;

/** Each of the checks on a model built in memory. */
public class KnowledgeBaseCheckerTest {

    private final LexgraphFactory f = LexgraphFactory.eINSTANCE;

    private Set<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).collect(Collectors.toSet());
    }

    @Test
    public void eachCheckReportsItsProblem() {
        KnowledgeBase kb = f.createKnowledgeBase();
        Ruling a = f.createRuling();
        a.setTitle("Uitspraak A");
        a.setEcli("ECLI:NL:RVS:2019:625");
        a.setStatus(SourceStatus.OK);
        a.setDate(new java.util.Date());
        Ruling b = f.createRuling();
        b.setTitle("Uitspraak B");
        b.setEcli("ECLI:NL:RVS:2019:625");
        b.setStatus(SourceStatus.OK);
        b.setDate(new java.util.Date());
        Regulation failed = f.createRegulation();
        failed.setStatus(SourceStatus.FAILED);
        failed.setStatusMessage("encrypted PDF");
        Regulation untitled = f.createRegulation();
        untitled.setStatus(SourceStatus.OK);
        kb.getSources().addAll(List.of(a, b, failed, untitled));

        Passage p = f.createPassage();
        p.setText("Zie ECLI:NL:HR:2005:AR5213.");
        a.getPassages().add(p);
        Citation c = f.createCitation();
        c.setText("ECLI:NL:HR:2005:AR5213");
        p.getCitations().add(c);

        Taxonomy t = f.createTaxonomy();
        Theme theme = f.createTheme();
        Ask ask = f.createAsk();
        theme.getAsks().add(ask);
        t.getThemes().add(theme);
        kb.getTaxonomies().add(t);
        ThemeLink link = f.createThemeLink();
        link.setAsk(ask);
        p.getThemeLinks().add(link);
        assertTrue(!codes(new KnowledgeBaseChecker().check(kb)).contains("link-to-removed-ask"));
        theme.getAsks().remove(ask);

        List<Problem> problems = new KnowledgeBaseChecker().check(kb);
        assertEquals(Set.of("duplicate-identifier", "failed-source", "no-title", "no-date", "unresolved-citation",
                "link-to-removed-ask"), codes(problems), problems.toString());
        Problem dup = problems.stream().filter(x -> x.code().equals("duplicate-identifier")).findFirst().orElseThrow();
        assertEquals(Problem.Severity.ERROR, dup.severity());
        assertEquals(b.getId(), dup.objectId());
        Problem unresolved = problems.stream().filter(x -> x.code().equals("unresolved-citation")).findFirst()
                .orElseThrow();
        assertEquals(Problem.Severity.WARNING, unresolved.severity());
        assertEquals(a.getId(), unresolved.sourceId());

        // three unresolved citations of one act in one source are one warning that counts them
        for (String article : List.of("1", "2", "3")) {
            Citation art = f.createCitation();
            art.setId("art" + article);
            art.setText("artikel " + article + " van de Tafelwet");
            art.setTargetKey("law:tafelwet:art:" + article);
            p.getCitations().add(art);
        }
        List<Problem> grouped = new KnowledgeBaseChecker().check(kb).stream()
                .filter(x -> x.code().equals("unresolved-citation")).toList();
        assertEquals(2, grouped.size(), grouped.toString());
        assertTrue(grouped.stream().anyMatch(x -> x.message().contains("artikel 1 van de Tafelwet")
                && x.message().contains("and 2 more of the same document")), grouped.toString());
        p.getCitations().removeIf(x -> x.getText().contains("Tafelwet"));

        c.setResolvedSource(b);
        assertTrue(!codes(new KnowledgeBaseChecker().check(kb)).contains("unresolved-citation"));
    }
}
