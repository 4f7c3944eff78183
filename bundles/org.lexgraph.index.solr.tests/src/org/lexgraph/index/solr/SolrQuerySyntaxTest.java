package org.lexgraph.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.junit.jupiter.api.Test;
import org.lexgraph.index.DutchAnalysis;
import org.lexgraph.index.PassageQueries;
import org.lexgraph.index.RankingOptions;
import org.lexgraph.index.Thesaurus;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchRequest;

/** Lexgraph's queries as Solr reads them: term by term, with clause kinds, boosts, constant scores, phrase gaps. */
public class SolrQuerySyntaxTest {

    private static TermQuery t(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    @Test
    public void termsAreEscapedWhole() {
        assertEquals("text:a\\-b", SolrQuerySyntax.of(t("text", "a-b")));
        assertEquals("actor:gemeente\\ utrecht", SolrQuerySyntax.of(t("actor", "gemeente utrecht")));
        assertEquals("cites:kst\\:36600\\-xvi\\:161", SolrQuerySyntax.of(t("cites", "kst:36600-xvi:161")));
        assertEquals("text:\\AND", SolrQuerySyntax.of(t("text", "AND")), "an operator word is a word");
    }

    @Test
    public void clauseKindsAndBoostsAreKept() {
        BooleanQuery q = new BooleanQuery.Builder().add(t("text", "opvang"), Occur.MUST)
                .add(t("kind", "ruling"), Occur.MUST_NOT).add(new BoostQuery(t("title", "zorg"), 2f), Occur.SHOULD)
                .add(t("year", "x"), Occur.FILTER).build();
        assertEquals("(+text:opvang -kind:ruling +filter(year:x) (title:zorg)^2)", SolrQuerySyntax.of(q));
        assertEquals("((identifiers:ecli\\:nl)^=1)^20", SolrQuerySyntax.of(
                new BoostQuery(new ConstantScoreQuery(t("identifiers", "ecli:nl")), 20f)));
        assertEquals("(text:a)^0.3", SolrQuerySyntax.of(new BoostQuery(t("text", "a"), 0.3f)));
    }

    @Test
    public void oneOfTheOptionalClausesMustMatchBesideRequiredOnes() {
        BooleanQuery q = new BooleanQuery.Builder().add(t("municipality", "utrecht"), Occur.FILTER)
                .add(t("text", "opvang"), Occur.SHOULD).add(t("text", "bed"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
        assertEquals("(+filter(municipality:utrecht) +(text:opvang text:bed))", SolrQuerySyntax.of(q));
    }

    @Test
    public void exclusionsAloneExcludeFromEverything() {
        BooleanQuery q = new BooleanQuery.Builder().add(t("kind", "ruling"), Occur.MUST_NOT).build();
        assertEquals("(-kind:ruling *:*)", SolrQuerySyntax.of(q));
    }

    @Test
    public void aPhraseKeepsTheGapsOfRemovedWordsAndItsSlop() {
        PhraseQuery p = new PhraseQuery.Builder().add(new Term("text", "recht"), 0).add(new Term("text", "opvang"), 2)
                .setSlop(1).build();
        assertEquals("text:\"recht _ opvang\"~1", SolrQuerySyntax.of(p));
    }

    @Test
    public void multiTermQueriesAndRanges() {
        assertEquals("text:opv*", SolrQuerySyntax.of(new PrefixQuery(new Term("text", "opv"))));
        assertEquals("(text:nachtopvang text:opvang)", SolrQuerySyntax.of(new org.apache.lucene.search.SynonymQuery
                .Builder("text").addTerm(new Term("text", "nachtopvang"))
                .addTerm(new Term("text", "opvang")).build()), "stacked terms: any of them");
        assertEquals("text:op?ang*", SolrQuerySyntax.of(new WildcardQuery(new Term("text", "op?ang*"))));
        assertEquals("year:[2010 TO 2015]", SolrQuerySyntax.of(IntPoint.newRangeQuery("year", 2010, 2015)));
        assertEquals("date:[20240101 TO *]", SolrQuerySyntax.of(IntPoint.newRangeQuery("date", 20240101,
                Integer.MAX_VALUE)));
    }

    @Test
    public void whatSolrCannotBeToldIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SolrQuerySyntax.of(
                IntPoint.newSetQuery("year", 2010, 2011)));
        assertTrue(e.getMessage().contains("cannot be sent to Solr"), e.getMessage());
    }

    @Test
    public void theUsersQueriesAsLexgraphReadsThemAreWritten() throws Exception {
        PassageQueries queries = new PassageQueries(RankingOptions.DEFAULT, DutchAnalysis.forQueries(),
                DutchAnalysis.forSchema());
        List<String> also = new ArrayList<>();
        String filtered = SolrQuerySyntax.of(queries.words(SearchRequest.of("municipality:Utrecht opvang", 10),
                List.of(), "", Thesaurus.EMPTY, also, null));
        assertTrue(filtered.startsWith("(+filter(municipality:utrecht) +("), filtered);
        assertTrue(filtered.contains("text:opvang"), filtered);
        assertTrue(filtered.contains("(title:opvang)^2"), filtered);
        String year = SolrQuerySyntax.of(queries.words(SearchRequest.of("year:[2010 TO 2015] AND zorg", 10),
                List.of(), "", Thesaurus.EMPTY, also, null));
        assertTrue(year.contains("+year:[2010 TO 2015]"), year);
        String cited = SolrQuerySyntax.of(queries.words(SearchRequest.of(null, 10),
                List.of("ecli:ECLI:NL:RVS:2019:625"), "", Thesaurus.EMPTY, also, null));
        assertTrue(cited.contains("((identifiers:ecli\\:ECLI\\:NL\\:RVS\\:2019\\:625)^=1)^20"), cited);
        assertTrue(cited.contains("((cites:ecli\\:ECLI\\:NL\\:RVS\\:2019\\:625)^=1)^10"), cited);
    }

    @Test
    public void filtersAreOnePerFieldTaggedForTheirFacet() {
        SearchFilter f = SearchFilter.NONE.with("municipality", "Den Haag").with("municipality", "Utrecht")
                .with("year", "2014").withKind("ruling").withDates(20140101, 0);
        List<String> fq = SolrPassageSearch.filters(f);
        assertTrue(fq.contains("{!tag=municipality}municipality:(den\\ haag OR utrecht)")
                || fq.contains("{!tag=municipality}municipality:(utrecht OR den\\ haag)"), fq.toString());
        assertTrue(fq.contains("{!tag=year}year:(2014)"), fq.toString());
        assertTrue(fq.contains("{!tag=kind}kind:(ruling)"), fq.toString());
        assertTrue(fq.contains("date:[20140101 TO *]"), fq.toString());
        assertEquals(List.of(), SolrPassageSearch.filters(SearchFilter.NONE));
    }

    @Test
    public void manySourcesOrKeysStayUnderSolrsLimitOfClauses() {
        java.util.Set<String> few = java.util.Set.of("a b", "c");
        String some = SolrPassageSearch.filters(SearchFilter.NONE.withSources(few)).get(0);
        assertTrue(some.startsWith("source:(") && some.contains("a\\ b") && some.contains(" OR "), some);
        java.util.Set<String> many = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 2_000; i++) {
            many.add("src" + i);
        }
        String fq = SolrPassageSearch.filters(SearchFilter.NONE.withSources(many)).get(0);
        assertTrue(fq.startsWith("{!terms f=source}") && fq.split(",").length == 2_000, fq.substring(0, 40));
        assertEquals("-*:*", SolrPassageSearch.filters(SearchFilter.NONE.withSources(java.util.Set.of())).get(0));
        List<List<String>> chunks = SolrEvidence.chunks(List.copyOf(many));
        assertEquals(4, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c.size() <= SolrEvidence.CHUNK));
        assertEquals(List.copyOf(many), chunks.stream().flatMap(List::stream).toList(), "all, in their order");
    }
}
