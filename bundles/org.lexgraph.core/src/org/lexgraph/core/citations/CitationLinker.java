package org.lexgraph.core.citations;

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

    /**
     * Adds the citations found in each passage of a new source: none that name the source itself by its identifier
     * (its own header), but its references to its own articles ("artikel 3 van deze verordening") resolved to it,
     * and references to acts it names by context ("van de wet", "van die wet") resolved as the document says
     * ({@link ActContext}).
     */
    public void addCitations(Source source) {
        Set<String> own = identifierKeys(source);
        String ownAct = own.stream().filter(k -> k.startsWith("bwb:") || k.startsWith("cvdr:")).findFirst()
                .orElse(null);
        ActContext context = new ActContext(source, ownAct, scanner);
        for (Passage p : source.getPassages()) {
            Set<String> seen = new HashSet<>();
            for (org.lexgraph.cite.Citation found : scanner.scan(p.getText())) {
                boolean byContext = found.key().startsWith("self:") || found.key().startsWith("ref:");
                if (!byContext && own.contains(baseKey(found.key()))) {
                    continue;
                }
                String key = context.resolve(found);
                if (!seen.add(key)) {
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
        } else if (s instanceof Regulation r) {
            String id = r.getWorkId();
            if (id != null) {
                keys.add(id.startsWith("CVDR") ? "cvdr:" + id.substring(4) : "bwb:" + id);
            }
            // its title: "artikel 8 van de Verordening jeugdhulp Pijnacker-Nootdorp 2020" cites it by name
            if (r.getTitle() != null && !r.getTitle().isBlank() && r.getTitle().length() <= 120) {
                keys.add(org.lexgraph.cite.LawNames.nameKey(r.getTitle()));
            }
            // the gazettes its versions were published in: "Gmb. 2022, 66747" cites it too
            for (org.lexgraph.model.RegulationVersion v : r.getVersions()) {
                String pub = v.getPublication();
                if (pub != null && pub.matches("(?:gmb|stcrt|stb|prb|wsb)-\\d{4}-\\d{1,7}")) {
                    keys.add(pub.replace('-', ':'));
                }
            }
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
    public static String baseKey(String key) {
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
        // the versions of each regulation work, by its key, oldest first: a citation resolves to the one in force
        Map<String, List<Regulation>> versionsByKey = new HashMap<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK) {
                for (String key : identifierKeys(s)) {
                    byKey.putIfAbsent(key, s);
                    if (s instanceof Regulation r) {
                        versionsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                    }
                }
            }
        }
        Map<String, List<Dated>> chains = new HashMap<>();
        versionsByKey.forEach((key, regs) -> chains.put(key, dated(regs)));
        List<Source> changed = new ArrayList<>();
        for (Source s : kb.getSources()) {
            if (s.eIsProxy()) {
                continue;
            }
            boolean sourceChanged = false;
            for (Passage p : s.getPassages()) {
                for (Citation c : p.getCitations()) {
                    sourceChanged |= resolve(s, c, byKey::get, chains::get);
                }
            }
            if (sourceChanged) {
                changed.add(s);
            }
        }
        return changed;
    }

    /**
     * Resolves one citation of {@code s}: to the source carrying its key (or the key of the whole document), and for a
     * regulation to the version in force on the citing document's date and the article named; says whether anything
     * changed.
     */
    static boolean resolve(Source s, Citation c, java.util.function.Function<String, Source> byKey,
            java.util.function.Function<String, List<Dated>> chains) {
        String key = c.getTargetKey();
        String base = key == null ? null : baseKey(key);
        // an article of the document itself, which has no identifier to be found by
        Source target = key == null ? null : key.startsWith("self:") ? s : byKey.apply(key);
        if (target == null && base != null) {
            target = byKey.apply(base);
        }
        org.lexgraph.model.RegulationVersion version = null;
        org.lexgraph.model.StructureElement element = null;
        List<Dated> chain = base == null ? null : chains.apply(base);
        if (target instanceof Regulation && chain != null && !chain.isEmpty()) {
            java.time.LocalDate day = s.getDate() == null ? null
                    : s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
            Dated d = inForce(chain, day);
            target = d.regulation();
            version = d.version();
            element = version == null ? null : article(version, articleOf(key));
        }
        boolean changed = false;
        if (c.getResolvedSource() != target) {
            c.setResolvedSource(target);
            changed = true;
        }
        if (c.getResolvedVersion() != version) {
            c.setResolvedVersion(version);
            changed = true;
        }
        if (c.getResolvedElement() != element) {
            c.setResolvedElement(element);
            changed = true;
        }
        return changed;
    }

    /** The versions of these regulations as one chain, oldest first. */
    static List<Dated> chain(List<Regulation> regs) {
        return dated(regs);
    }

    /** A version of a regulation with the days it was in force (null: unknown, or open). */
    record Dated(Regulation regulation, org.lexgraph.model.RegulationVersion version, java.time.LocalDate from,
            java.time.LocalDate to) {
    }

    private static List<Dated> dated(List<Regulation> regs) {
        List<Dated> all = new ArrayList<>();
        for (Regulation r : regs) {
            if (r.getVersions().isEmpty()) {
                all.add(new Dated(r, null, null, null));
            }
            for (org.lexgraph.model.RegulationVersion v : r.getVersions()) {
                all.add(new Dated(r, v, day(v.getValidFrom()), day(v.getValidTo())));
            }
        }
        all.sort(java.util.Comparator.comparing(Dated::from, java.util.Comparator.nullsFirst(
                java.util.Comparator.naturalOrder())));
        return all;
    }

    /**
     * The version in force on a day: the last one that began on or before it (and had not ended); for an undated
     * citing document, or one older than every version at hand, the latest version.
     */
    public static Dated inForce(List<Dated> chain, java.time.LocalDate day) {
        Dated latest = chain.get(chain.size() - 1);
        if (day == null) {
            return latest;
        }
        Dated found = null;
        for (Dated d : chain) {
            if (d.from() != null && !d.from().isAfter(day) && (d.to() == null || !d.to().isBefore(day))) {
                found = d;
            }
        }
        return found != null ? found : latest;
    }

    /** The article a key names ({@code bwb:BWBR0011823:art:10} → {@code 10}), or null. */
    public static String articleOf(String key) {
        int at = key == null ? -1 : key.indexOf(":art:");
        if (at < 0) {
            return null;
        }
        // everything after :art: is the number, also a book's (1:19e of the Burgerlijk Wetboek)
        return key.substring(at + 5).strip();
    }

    /** The article of a version with that number, or null. */
    public static org.lexgraph.model.StructureElement article(org.lexgraph.model.RegulationVersion v, String number) {
        if (number == null) {
            return null;
        }
        java.util.Deque<org.lexgraph.model.StructureElement> todo = new java.util.ArrayDeque<>(v.getArticles());
        while (!todo.isEmpty()) {
            org.lexgraph.model.StructureElement e = todo.pop();
            if (e.getKind() == org.lexgraph.model.StructureKind.ARTICLE && number.equalsIgnoreCase(e.getNumber())) {
                return e;
            }
            todo.addAll(e.getChildren());
        }
        // a book's article (1:19e) is numbered without its book in that book's own text (19e)
        int book = number.indexOf(':');
        return book > 0 ? article(v, number.substring(book + 1)) : null;
    }

    private static java.time.LocalDate day(java.util.Date d) {
        return d == null ? null : d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }

    /** The formatted (Leidraad) form of a model citation, from its text. */
    public String formatted(Citation c) {
        List<org.lexgraph.cite.Citation> parsed = scanner.scan(c.getText() == null ? "" : c.getText());
        if (parsed.isEmpty()) {
            // a member of a list ("4" of "de artikelen 3 en 4") is no citation on its own words: its pinpoint is
            return c.getPinpoint() != null && c.getText() != null && c.getText().matches("[\\d.:a-z ,]+(?:lid)?.*")
                    ? c.getPinpoint() : c.getText();
        }
        return formatter.leidraad(parsed.get(0));
    }

    public static CitationType modelType(String key) {
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
