package org.lexgraph.core.themes;

import org.lexgraph.core.SourceKind;
import org.lexgraph.core.internal.Actors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.lexgraph.query.SearchHit;
import org.lexgraph.model.Ask;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LinkOrigin;
import org.lexgraph.model.LinkState;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;
import org.lexgraph.model.ThemeLink;

/**
 * Theme links read from the model: the asks' profiles for the linker, the links as plain records for the CLI and the
 * workbench, the writing of the linker's proposals (never over a user's decision), and the coverage matrix.
 */
public final class Themes {

    private Themes() {
    }

    /** A theme link as the CLI and the workbench show it. */
    public record LinkView(String id, String sourceId, String sourceTitle, String file, String passageId,
            String anchor, String askKey, String askLabel, double score, String state, String origin,
            List<String> terms, List<SearchHit.Span> spans) {
    }

    /** What one run of the linker changed. */
    public record LinkReport(int proposed, int updated, int withdrawn, int decided) {
        public int total() {
            return proposed + updated;
        }
    }

    /** The rows of the coverage matrix, by what. */
    public enum By {
        MUNICIPALITY, KIND, YEAR;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Counts of links per row value and ask; empty cells are there as (0, 0). */
    public record Coverage(By by, List<String> asks, Map<String, String> askLabels, List<Row> rows) {
        public record Row(String value, Map<String, Cell> cells) {
        }

        public record Cell(int confirmed, int proposed) {
            public boolean isEmpty() {
                return confirmed == 0 && proposed == 0;
            }
        }
    }

    /** The label of the row of sources without a municipality (or year). */
    public static final String NONE = "—";

    /** The key of the theme an ask belongs to by its key ({@code T1} of {@code T1.2}; a theme's key is its own). */
    public static String themeKeyOf(String askOrThemeKey) {
        if (askOrThemeKey == null) {
            return "";
        }
        int dot = askOrThemeKey.indexOf('.');
        return dot < 0 ? askOrThemeKey : askOrThemeKey.substring(0, dot);
    }

    public static List<ThemeLinker.Profile> profiles(KnowledgeBase kb) {
        List<ThemeLinker.Profile> out = new ArrayList<>();
        for (Taxonomy t : kb.getTaxonomies()) {
            for (Theme theme : t.getThemes()) {
                List<String> themeTerms = theme.getDescription() == null ? List.of()
                        : java.util.Arrays.stream(theme.getDescription().split(",")).map(String::strip)
                                .filter(s -> !s.isEmpty()).toList();
                for (Ask a : theme.getAsks()) {
                    if (a.getKey() == null) {
                        continue;
                    }
                    out.add(new ThemeLinker.Profile(a.getKey(), theme.getKey(), a.getLabel(), List.copyOf(a.getTerms()),
                            themeTerms, List.copyOf(a.getRequiredTerms()), List.copyOf(a.getExcludedTerms()),
                            a.isPopulation(), a.getThreshold(), List.copyOf(t.getPopulationTerms())));
                }
            }
        }
        return out;
    }

    public static Map<String, Ask> asksByKey(KnowledgeBase kb) {
        Map<String, Ask> out = new LinkedHashMap<>();
        for (Taxonomy t : kb.getTaxonomies()) {
            for (Theme theme : t.getThemes()) {
                for (Ask a : theme.getAsks()) {
                    if (a.getKey() != null) {
                        out.putIfAbsent(a.getKey(), a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Writes the proposals for the sources in scope (null: all): new ones as proposed automatic links, changed ones
     * updated; automatic proposals no longer made are withdrawn. Links the user confirmed, rejected or made are left
     * exactly as they are.
     */
    public static LinkReport write(KnowledgeBase kb, List<ThemeLinker.Proposal> proposals, java.util.Set<String> scope) {
        return write(kb, proposals, scope, null);
    }

    /**
     * As {@link #write(KnowledgeBase, List, java.util.Set)}; with {@code byId}, the sources of the scope are found by
     * id rather than by going through every source of the knowledge base.
     */
    public static LinkReport write(KnowledgeBase kb, List<ThemeLinker.Proposal> proposals, java.util.Set<String> scope,
            java.util.function.Function<String, Source> byId) {
        return write(kb, proposals, scope, byId, new java.util.HashMap<>());
    }

    /**
     * As {@link #write(KnowledgeBase, List, java.util.Set, java.util.function.Function)}, recording in {@code touched}
     * the passages that gained or lost a link, by source id (what the index shows of them changed).
     */
    public static LinkReport write(KnowledgeBase kb, List<ThemeLinker.Proposal> proposals, java.util.Set<String> scope,
            java.util.function.Function<String, Source> byId, Map<String, java.util.Set<String>> touched) {
        Map<String, Ask> asks = asksByKey(kb);
        Map<String, Map<String, ThemeLinker.Proposal>> byPassage = new java.util.HashMap<>();
        for (ThemeLinker.Proposal p : proposals) {
            byPassage.computeIfAbsent(p.passageId(), k -> new LinkedHashMap<>()).put(p.askKey(), p);
        }
        int proposed = 0;
        int updated = 0;
        int withdrawn = 0;
        int decided = 0;
        Iterable<Source> sources = kb.getSources();
        if (scope != null && byId != null) {
            List<Source> found = new ArrayList<>();
            for (String id : scope) {
                Source s = byId.apply(id);
                if (s != null && s.eContainer() == kb) {
                    found.add(s);
                }
            }
            sources = found;
        }
        for (Source s : sources) {
            if (s.eIsProxy() || s.getStatus() != SourceStatus.OK || (scope != null && !scope.contains(s.getId()))) {
                continue;
            }
            java.util.Set<String> mineTouched = touched.computeIfAbsent(s.getId(), k -> new java.util.HashSet<>());
            for (Passage p : s.getPassages()) {
                Map<String, ThemeLinker.Proposal> mine = byPassage.getOrDefault(p.getId(), Map.of());
                Map<String, ThemeLinker.Proposal> left = new LinkedHashMap<>(mine);
                for (ThemeLink link : new ArrayList<>(p.getThemeLinks())) {
                    String key = link.getAsk() == null ? null : link.getAsk().getKey();
                    ThemeLinker.Proposal now = key == null ? null : left.remove(key);
                    if (link.getState() != LinkState.PROPOSED || link.getOrigin() == LinkOrigin.MANUAL) {
                        decided++; // the user's: untouched
                        continue;
                    }
                    if (now == null) {
                        p.getThemeLinks().remove(link);
                        mineTouched.add(p.getId());
                        withdrawn++;
                    } else if (link.getScore() != now.score() || !link.getEvidence().equals(evidence(now))) {
                        link.setScore(now.score());
                        link.getEvidence().clear();
                        link.getEvidence().addAll(evidence(now));
                        updated++;
                    }
                }
                for (ThemeLinker.Proposal now : left.values()) {
                    Ask ask = asks.get(now.askKey());
                    if (ask == null) {
                        continue;
                    }
                    ThemeLink link = org.lexgraph.model.LexgraphFactory.eINSTANCE.createThemeLink();
                    link.setAsk(ask);
                    link.setScore(now.score());
                    link.setOrigin(LinkOrigin.AUTOMATIC);
                    link.setState(LinkState.PROPOSED);
                    link.getEvidence().addAll(evidence(now));
                    p.getThemeLinks().add(link);
                    mineTouched.add(p.getId());
                    proposed++;
                }
            }
        }
        return new LinkReport(proposed, updated, withdrawn, decided);
    }

    /** The evidence as stored: the profile's words found, then each place as {@code @start-end}. */
    public static List<String> evidence(ThemeLinker.Proposal p) {
        List<String> out = new ArrayList<>(p.terms());
        for (SearchHit.Span sp : p.spans()) {
            out.add("@" + sp.start() + "-" + sp.end());
        }
        return out;
    }

    /** The words of a link's evidence. */
    public static List<String> terms(List<String> evidence) {
        return evidence.stream().filter(e -> !e.startsWith("@")).toList();
    }

    /** The places of a link's evidence in its passage's text. */
    public static List<SearchHit.Span> spans(List<String> evidence) {
        List<SearchHit.Span> out = new ArrayList<>();
        for (String e : evidence) {
            if (e.startsWith("@") && e.indexOf('-') > 1) {
                try {
                    out.add(new SearchHit.Span(Integer.parseInt(e.substring(1, e.indexOf('-'))),
                            Integer.parseInt(e.substring(e.indexOf('-') + 1))));
                } catch (NumberFormatException ignored) {
                    // not a place: a word that starts with @
                }
            }
        }
        return out;
    }

    public static LinkView view(Source s, Passage p, ThemeLink l) {
        Ask a = l.getAsk();
        return new LinkView(l.getId(), s.getId(), s.getTitle(), s.getOriginalPath(), p.getId(), p.getAnchor(),
                a == null ? null : a.getKey(), a == null ? null : a.getLabel(), l.getScore(),
                l.getState() == null ? "proposed" : l.getState().getLiteral(),
                l.getOrigin() == null ? "automatic" : l.getOrigin().getLiteral(), terms(l.getEvidence()),
                spans(l.getEvidence()));
    }

    /** Every link (of one ask and in one state, when given), by source and passage order. */
    public static List<LinkView> links(KnowledgeBase kb, String askKey, String state) {
        return links(kb, askKey, state, null);
    }

    /** As above, of one source only when {@code sourceId} is given. */
    public static List<LinkView> links(KnowledgeBase kb, String askKey, String state, String sourceId) {
        return links(kb.getSources(), askKey, state, sourceId);
    }

    /** As above, among the given sources. */
    public static List<LinkView> links(Iterable<Source> sources, String askKey, String state, String sourceId) {
        List<LinkView> out = new ArrayList<>();
        for (Source s : sources) {
            if (s.eIsProxy() || s.getStatus() != SourceStatus.OK
                    || (sourceId != null && !sourceId.equals(s.getId()))) {
                continue;
            }
            for (Passage p : s.getPassages()) {
                for (ThemeLink l : p.getThemeLinks()) {
                    LinkView v = view(s, p, l);
                    if ((askKey == null || askKey.equalsIgnoreCase(v.askKey()) || (v.askKey() != null
                            && v.askKey().toLowerCase(java.util.Locale.ROOT).startsWith(
                                    askKey.toLowerCase(java.util.Locale.ROOT) + ".")))
                            && (state == null || state.equalsIgnoreCase(v.state()))) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** The coverage matrix: every row value that occurs among the sources, every ask, rejected links not counted. */
    public static Coverage coverage(KnowledgeBase kb, By by) {
        Map<String, Ask> asks = asksByKey(kb);
        Map<String, String> labels = new LinkedHashMap<>();
        asks.forEach((k, a) -> labels.put(k, a.getLabel()));
        Map<String, Map<String, int[]>> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Source s : kb.getSources()) {
            if (s.eIsProxy() || s.getStatus() != SourceStatus.OK) {
                continue;
            }
            String value = rowOf(s, by);
            values.add(value);
            for (Passage p : s.getPassages()) {
                for (ThemeLink l : p.getThemeLinks()) {
                    if (l.getAsk() == null || l.getAsk().getKey() == null || l.getState() == LinkState.REJECTED) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(value, k -> new TreeMap<>()).computeIfAbsent(l.getAsk().getKey(),
                            k -> new int[2]);
                    c[l.getState() == LinkState.CONFIRMED ? 0 : 1]++;
                }
            }
        }
        return matrix(by, asks, labels, counts, values);
    }

    /**
     * The coverage matrix from the catalogue of sources (their municipality, kind, year and the asks their links name
     * with their state), for a session that has not loaded its sources; the same matrix {@link #coverage} gives.
     */
    public static Coverage coverage(KnowledgeBase kb, By by,
            List<org.lexgraph.core.internal.SourceCatalogue.Entry> entries) {
        Map<String, Ask> asks = asksByKey(kb);
        Map<String, String> labels = new LinkedHashMap<>();
        asks.forEach((k, a) -> labels.put(k, a.getLabel()));
        Map<String, Map<String, int[]>> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (org.lexgraph.core.internal.SourceCatalogue.Entry e : entries) {
            if (!e.ok()) {
                continue;
            }
            String value = switch (by) {
                case MUNICIPALITY -> e.municipality() == null ? NONE : e.municipality();
                case KIND -> e.kind();
                case YEAR -> e.year() == null ? NONE : e.year();
            };
            values.add(value);
            for (String link : e.links()) {
                int colon = link.lastIndexOf(':');
                int[] c = counts.computeIfAbsent(value, k -> new TreeMap<>()).computeIfAbsent(link.substring(0, colon),
                        k -> new int[2]);
                c[link.endsWith(":c") ? 0 : 1]++;
            }
        }
        return matrix(by, asks, labels, counts, values);
    }

    private static Coverage matrix(By by, Map<String, Ask> asks, Map<String, String> labels,
            Map<String, Map<String, int[]>> counts, TreeSet<String> values) {
        List<Coverage.Row> rows = new ArrayList<>();
        for (String value : values) {
            Map<String, Coverage.Cell> cells = new LinkedHashMap<>();
            for (String ask : asks.keySet()) {
                int[] c = counts.getOrDefault(value, Map.of()).getOrDefault(ask, new int[2]);
                cells.put(ask, new Coverage.Cell(c[0], c[1]));
            }
            rows.add(new Coverage.Row(value, cells));
        }
        // the row of sources without a value last
        rows.sort(java.util.Comparator.comparing((Coverage.Row r) -> r.value().equals(NONE)));
        return new Coverage(by, List.copyOf(asks.keySet()), labels, rows);
    }

    public static String rowOf(Source s, By by) {
        return switch (by) {
            case MUNICIPALITY -> {
                String m = Actors.municipalityOf(s);
                yield m == null ? NONE : m;
            }
            case KIND -> SourceKind.of(s).key();
            case YEAR -> s.getDate() == null ? NONE
                    : Integer.toString(s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).getYear());
        };
    }
}
