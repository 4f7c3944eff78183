package org.lexgraph.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analysed texts of one source, each passage's text analysed once: every passage's tokens, the source's whole text
 * (every passage with its headings, the words as written) and each section's whole text ({@link Sections}). What an
 * index holds to rank a passage by its section and its source as well as by its own words; the embedded index and a
 * shared collection make them alike. Not thread-safe.
 */
public final class SourceTexts {

    private final List<AnalysedText> passages;
    private final List<String> sectionNames;
    private final AnalysedText whole;
    private final Map<String, AnalysedText> sections;

    private SourceTexts(List<AnalysedText> passages, List<String> sectionNames, AnalysedText whole,
            Map<String, AnalysedText> sections) {
        this.passages = passages;
        this.sectionNames = sectionNames;
        this.whole = whole;
        this.sections = sections;
    }

    /** The texts of one source's passages (in their order) as {@code analyzer} (the schema's) makes them. */
    public static SourceTexts of(Analyzer analyzer, List<PassageRecord> passages) {
        List<AnalysedText> own = new ArrayList<>(passages.size());
        List<String> names = new ArrayList<>(passages.size());
        AnalysedText whole = AnalysedText.empty();
        Map<String, AnalysedText> sections = new LinkedHashMap<>();
        String anchor = null;
        for (PassageRecord p : passages) {
            String name = Sections.nameOf(p);
            AnalysedText sectionText = name == null ? null : sections.computeIfAbsent(name, k -> AnalysedText.empty());
            if (p.anchor() != null && !p.anchor().isEmpty() && !p.anchor().equals(anchor)) {
                AnalysedText heading = AnalysedText.of(analyzer, IndexSchema.TEXT, p.anchor());
                whole.addWords(heading);
                if (sectionText != null) {
                    sectionText.addWords(heading);
                }
                anchor = p.anchor();
            }
            AnalysedText tokens = AnalysedText.of(analyzer, IndexSchema.TEXT, p.text());
            whole.addWords(tokens);
            if (sectionText != null) {
                sectionText.addWords(tokens);
            }
            own.add(tokens);
            names.add(name);
        }
        return new SourceTexts(own, names, whole, sections);
    }

    /** The {@code i}th passage's text, analysed. */
    public AnalysedText passage(int i) {
        return passages.get(i);
    }

    /** The name of the section the {@code i}th passage stands in ({@link Sections#nameOf(PassageRecord)}), or null. */
    public String sectionName(int i) {
        return sectionNames.get(i);
    }

    /** The source's whole text: its passages' words with their headings. */
    public AnalysedText whole() {
        return whole;
    }

    /** Each section's whole text, by the section's name, in the order the sections come. */
    public Map<String, AnalysedText> sections() {
        return Collections.unmodifiableMap(sections);
    }
}
