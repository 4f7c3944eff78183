package org.lexgraph.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexgraph.cite.CitationFormatter;
import org.lexgraph.cite.CitationScanner;
import org.lexgraph.model.Citation;
import org.lexgraph.model.CitationType;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * Turns the citations the scanner finds in passages into model citations, and resolves them against the sources of
 * the knowledge base by their own identifiers (a ruling's ECLI, a regulation's BWB or CVDR id, a Kamerstuk's dossier
 * and number). Citations whose target is not in the knowledge base stay unresolved until it is imported. Stateless
 * and thread-safe.
 */
public class CitationLinker {

    private final CitationScanner scanner;
    private final CitationFormatter formatter = new CitationFormatter();

    public CitationLinker(CitationScanner scanner) {
        this.scanner = scanner;
    }

    /** Adds the citations found in each passage of a new source (none that name the source itself). */
    public void addCitations(Source source) {
        Set<String> own = identifierKeys(source);
        for (Passage p : source.getPassages()) {
            Set<String> seen = new HashSet<>();
            for (org.lexgraph.cite.Citation found : scanner.scan(p.getText())) {
                String key = found.key();
                if (own.contains(baseKey(key)) || !seen.add(key)) {
                    continue;
                }
                Citation c = LexgraphFactory.eINSTANCE.createCitation();
                c.setType(modelType(key));
                c.setText(found.text());
                c.setTargetKey(key);
                String page = found.field("page");
                String article = found.field("artikel");
                c.setPinpoint(page != null ? "p. " + page : article != null ? "art. " + article : null);
                p.getCitations().add(c);
            }
        }
    }

    /** The keys under which other documents cite this source. */
    public static Set<String> identifierKeys(Source s) {
        Set<String> keys = new LinkedHashSet<>();
        if (s instanceof Ruling r && r.getEcli() != null) {
            keys.add("ecli:" + r.getEcli());
        } else if (s instanceof Regulation r && r.getWorkId() != null) {
            String id = r.getWorkId();
            keys.add(id.startsWith("CVDR") ? "cvdr:" + id.substring(4) : "bwb:" + id);
        } else if (s instanceof ParliamentaryPaper p) {
            if (p.getDossier() != null && p.getOndernummer() != null) {
                keys.add("kst:" + p.getDossier() + (p.getDossierChapter() == null ? "" : "-" + p.getDossierChapter())
                        + ":" + p.getOndernummer());
            }
            if (p.getPublicationId() != null) {
                keys.add("pub:" + p.getPublicationId());
            }
        }
        return keys;
    }

    /** The key of the document a key cites: an article of a law, a version of a CVDR regulation name the whole. */
    static String baseKey(String key) {
        int art = key.indexOf(":art:");
        if (art > 0) {
            return key.substring(0, art);
        }
        if (key.startsWith("cvdr:") && key.contains("/")) {
            return key.substring(0, key.indexOf('/'));
        }
        return key;
    }

    /**
     * Resolves every citation of the knowledge base again (targets may have been imported, replaced or removed);
     * returns the sources whose citations changed, which the caller saves.
     */
    public List<Source> resolveAll(KnowledgeBase kb) {
        Map<String, Source> byKey = new HashMap<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK) {
                for (String key : identifierKeys(s)) {
                    byKey.putIfAbsent(key, s);
                }
            }
        }
        List<Source> changed = new ArrayList<>();
        for (Source s : kb.getSources()) {
            if (s.eIsProxy()) {
                continue;
            }
            boolean sourceChanged = false;
            for (Passage p : s.getPassages()) {
                for (Citation c : p.getCitations()) {
                    Source target = byKey.get(c.getTargetKey());
                    if (target == null && c.getTargetKey() != null) {
                        target = byKey.get(baseKey(c.getTargetKey()));
                    }
                    if (c.getResolvedSource() != target) {
                        c.setResolvedSource(target);
                        sourceChanged = true;
                    }
                }
            }
            if (sourceChanged) {
                changed.add(s);
            }
        }
        return changed;
    }

    /** The formatted (Leidraad) form of a model citation, from its text. */
    public String formatted(Citation c) {
        List<org.lexgraph.cite.Citation> parsed = scanner.scan(c.getText() == null ? "" : c.getText());
        return parsed.isEmpty() ? c.getText() : formatter.leidraad(parsed.get(0));
    }

    static CitationType modelType(String key) {
        String prefix = key.substring(0, key.indexOf(':'));
        return switch (prefix) {
            case "kst" -> CitationType.KAMERSTUK;
            case "hand", "ah" -> CitationType.HANDELINGEN;
            case "stb", "stcrt", "trb", "gmb", "prb", "wsb", "bgr" -> CitationType.GAZETTE;
            case "bwb" -> CitationType.BWB;
            case "cvdr" -> CitationType.CVDR;
            case "ecli", "ljn" -> CitationType.ECLI;
            default -> CitationType.OTHER;
        };
    }
}
