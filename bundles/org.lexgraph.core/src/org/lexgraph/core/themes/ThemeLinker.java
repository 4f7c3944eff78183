package org.lexgraph.core.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.lexgraph.index.PassageIndex;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchHit;
import org.lexgraph.index.Thesaurus;

/**
 * Decides which passages address which asks, from the asks' profiles, by searching the index (so inflections,
 * diacritics and compound parts count as in any search). A passage's score for an ask grows with the distinct words
 * of the profile it holds: the ask's own terms count most, the terms of its theme and their thesaurus alternatives
 * less, content words of the ask's label (the letter's own words) least; {@code 1 - e^-sum}, so one of the ask's
 * terms alone gives 0.63, below the default threshold of 0.7: a second word of the profile is needed. A proposal also needs one of the required words if the profile names any, none of the
 * excluded words, and, with the population condition, the population's words in the passage or in a good share of
 * its source's passages. Pure: it reads the index and returns proposals; the
 * session writes them without touching the user's decisions.
 */
public final class ThemeLinker {

    public static final double DEFAULT_THRESHOLD = 0.7;
    public static final double ASK_TERM = 1.0;
    public static final double THEME_TERM = 0.5;
    public static final double LABEL_WORD = 0.25;
    /** A source concerns the population when at least this many of its passages name it ... */
    public static final int SOURCE_POPULATION_PASSAGES = 2;
    /** ... and they are at least this share of its passages (a law that names them in 3 of 500 is not about them). */
    public static final double SOURCE_POPULATION_SHARE = 0.2;

    /** What decides whether a passage addresses an ask, read from the model. */
    public record Profile(String askKey, String themeKey, String label, List<String> askTerms,
            List<String> themeTerms, List<String> required, List<String> excluded, boolean population,
            double threshold, List<String> populationTerms) {
    }

    /** A passage that addresses an ask: its score and the evidence, the profile's words it holds and where. */
    public record Proposal(String sourceId, String passageId, String askKey, double score, List<String> terms,
            List<SearchHit.Span> spans) {
    }

    private final PassageIndex index;
    private final Thesaurus thesaurus;
    private final Map<String, Integer> passageCounts = new HashMap<>();

    public ThemeLinker(PassageIndex index, Thesaurus thesaurus) {
        this.index = index;
        this.thesaurus = thesaurus;
    }

    /** The proposals for the given asks, in the given sources (null: all). */
    public List<Proposal> propose(List<Profile> profiles, Set<String> sourceIds)
            throws IOException, QuerySyntaxException {
        // every word of every profile searched in one go
        Map<Profile, Map<String, Double>> weighted = new LinkedHashMap<>();
        Set<String> words = new LinkedHashSet<>();
        for (Profile p : profiles) {
            weighted.put(p, weights(p));
            words.addAll(weighted.get(p).keySet());
            p.required().forEach(t -> words.add(norm(t)));
            p.excluded().forEach(t -> words.add(norm(t)));
            if (p.population()) {
                p.populationTerms().forEach(t -> words.add(norm(t)));
            }
        }
        words.removeIf(String::isBlank);
        Map<String, Map<String, String>> found = index.passagesWith(words, sourceIds);
        List<Proposal> out = new ArrayList<>();
        for (var e : weighted.entrySet()) {
            out.addAll(propose(e.getKey(), e.getValue(), found));
        }
        return out;
    }

    /** One ask's proposals from the passages each word was found in (passage id to source id). */
    private List<Proposal> propose(Profile p, Map<String, Double> weights, Map<String, Map<String, String>> found)
            throws IOException, QuerySyntaxException {
        Map<String, Double> sums = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, List<String>> matched = new HashMap<>();
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            for (Map.Entry<String, String> hit : found.getOrDefault(w.getKey(), Map.of()).entrySet()) {
                sums.merge(hit.getKey(), w.getValue(), Double::sum);
                sourceOf.put(hit.getKey(), hit.getValue());
                matched.computeIfAbsent(hit.getKey(), k -> new ArrayList<>()).add(w.getKey());
            }
        }
        Set<String> required = p.required().isEmpty() ? null : union(p.required(), found).keySet();
        Set<String> excluded = union(p.excluded(), found).keySet();
        Set<String> populationPassages = Set.of();
        Set<String> populationSources = Set.of();
        if (p.population()) {
            Map<String, String> named = union(p.populationTerms(), found);
            populationPassages = named.keySet();
            Map<String, Integer> perSource = new HashMap<>();
            named.values().forEach(s -> perSource.merge(s, 1, Integer::sum));
            populationSources = new java.util.HashSet<>();
            Map<String, Integer> sizes = passageCounts(perSource.keySet());
            for (var e : perSource.entrySet()) {
                if (e.getValue() >= SOURCE_POPULATION_PASSAGES
                        && e.getValue() >= SOURCE_POPULATION_SHARE * sizes.getOrDefault(e.getKey(), 0)) {
                    populationSources.add(e.getKey());
                }
            }
        }
        double threshold = p.threshold() > 0 ? p.threshold() : DEFAULT_THRESHOLD;
        Map<String, Proposal> kept = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : sums.entrySet()) {
            String passage = e.getKey();
            double score = 1 - Math.exp(-e.getValue());
            if (score < threshold || (required != null && !required.contains(passage)) || excluded.contains(passage)
                    || (p.population() && !populationPassages.contains(passage)
                            && !populationSources.contains(sourceOf.get(passage)))) {
                continue;
            }
            kept.put(passage, new Proposal(sourceOf.get(passage), passage, p.askKey(),
                    Math.round(score * 1000) / 1000.0, List.copyOf(matched.get(passage)), List.of()));
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        // the evidence: where the words are, for the document view and the review
        Map<String, List<SearchHit.Span>> spans = index.spansOf(weights.keySet(), kept.keySet());
        List<Proposal> out = new ArrayList<>(kept.size());
        for (Proposal pr : kept.values()) {
            out.add(new Proposal(pr.sourceId(), pr.passageId(), pr.askKey(), pr.score(), pr.terms(),
                    spans.getOrDefault(pr.passageId(), List.of())));
        }
        return out;
    }

    /** The passages of these sources, counted once for all the asks that ask (the index is not changing meanwhile). */
    private Map<String, Integer> passageCounts(Set<String> sourceIds) throws IOException {
        Set<String> missing = new java.util.HashSet<>(sourceIds);
        missing.removeAll(passageCounts.keySet());
        if (!missing.isEmpty()) {
            passageCounts.putAll(index.passageCounts(missing));
            missing.forEach(id -> passageCounts.putIfAbsent(id, 0));
        }
        return passageCounts;
    }

    /**
     * Every word of the profile with the weight it counts with: words the analysis takes as the same (aangifte,
     * aangiften) count once, with the highest weight they come with.
     */
    Map<String, Double> weights(Profile p) {
        Map<String, Double> byStem = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, Double> add = (term, weight) -> {
            String t = norm(term);
            String stem = index.analysed(t);
            if (stem.isBlank()) {
                return; // stop words only
            }
            shown.putIfAbsent(stem, t);
            byStem.merge(stem, weight, Math::max);
        };
        p.askTerms().forEach(t -> add.accept(t, ASK_TERM));
        for (String t : p.themeTerms()) {
            add.accept(t, THEME_TERM);
            thesaurus.expansions(t).forEach(alt -> add.accept(alt, THEME_TERM));
        }
        labelWords(p.label()).forEach(w -> add.accept(w, LABEL_WORD));
        Map<String, Double> w = new LinkedHashMap<>();
        byStem.forEach((stem, weight) -> w.put(shown.get(stem), weight));
        return w;
    }

    /**
     * The content words of an ask's label, the letter's own words: long words (7 letters or more), not the
     * population's words (those are the population condition's) and not the commonest of the letter's verbs.
     */
    public static List<String> labelWords(String label) {
        if (label == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 7 && !LABEL_STOP.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    private static final Set<String> LABEL_STOP = Set.of("verblijfsvergunning", "faciliteren", "voorkomen",
            "informeren", "aanspreken", "inclusief", "mogelijkheden", "ongedocumenteerde", "ongedocumenteerden",
            "prioriteit", "kwetsbare", "iedereen", "toegankelijk", "instellingen");

    private static String norm(String term) {
        return term.strip().toLowerCase(Locale.ROOT);
    }

    /** The passages holding any of the words. */
    private static Map<String, String> union(List<String> terms, Map<String, Map<String, String>> found) {
        Map<String, String> out = new HashMap<>();
        for (String t : terms) {
            out.putAll(found.getOrDefault(norm(t), Map.of()));
        }
        return out;
    }
}
