package org.lexgraph.index;

/**
 * How search weighs its kinds of evidence. The defaults are what the relevance benchmarks chose
 * ({@code ./lexgraph-dev bench relevance} prints what each one adds); the others exist to measure that. Immutable.
 *
 * @param wholeText the share of a source's whole-text score in ranking sources (the rest is its best passage's)
 * @param synonyms the weight of a thesaurus synonym beside the user's own words
 * @param translations the weight of a thesaurus translation (an English query's words in Dutch)
 * @param nearness the weight of the user's words standing close together in a passage
 * @param citationWords the weight of a citation's own words when no document in the index carries its key
 * @param queryStopWords whether English function words and question words of both languages are left out
 * @param outsideArticle what a passage outside the articles of a regulation (its long title, preamble, signatures)
 *        weighs against one of its articles
 * @param section the share of the score of a passage's section (its article, or the text under its heading) in
 *        ranking passages (the rest is the passage's own)
 * @param source what the score of a passage's source (its whole text and title) adds in ranking passages, beside
 *        the passage's and its section's
 * @param sectionInSource in ranking sources, the share of their best passage's evidence that counts its section too
 *        (the rest is the passage's own words)
 */
public record RankingOptions(float wholeText, float synonyms, float translations, float nearness, float citationWords,
        boolean queryStopWords, float outsideArticle, float section, float source, float sectionInSource) {

    public static final RankingOptions DEFAULT = new RankingOptions(0.5f, 0.1f, 0.8f, 2f, 1f, true, 0.3f, 0.5f,
            0.15f, 0f);

    public RankingOptions withSection(float w) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, citationWords, queryStopWords,
                outsideArticle, w, source, sectionInSource);
    }

    public RankingOptions withSource(float w) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, citationWords, queryStopWords,
                outsideArticle, section, w, sectionInSource);
    }

    public RankingOptions withSectionInSource(float w) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, citationWords, queryStopWords,
                outsideArticle, section, source, w);
    }

    public RankingOptions withOutsideArticle(float w) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, citationWords, queryStopWords, w,
                section, source, sectionInSource);
    }

    public RankingOptions withWholeText(float w) {
        return new RankingOptions(w, synonyms, translations, nearness, citationWords, queryStopWords,
                outsideArticle, section, source, sectionInSource);
    }

    public RankingOptions withSynonyms(float w) {
        return new RankingOptions(wholeText, w, translations, nearness, citationWords, queryStopWords,
                outsideArticle, section, source, sectionInSource);
    }

    public RankingOptions withTranslations(float w) {
        return new RankingOptions(wholeText, synonyms, w, nearness, citationWords, queryStopWords,
                outsideArticle, section, source, sectionInSource);
    }

    public RankingOptions withNearness(float w) {
        return new RankingOptions(wholeText, synonyms, translations, w, citationWords, queryStopWords,
                outsideArticle, section, source, sectionInSource);
    }

    public RankingOptions withCitationWords(float w) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, w, queryStopWords,
                outsideArticle, section, source, sectionInSource);
    }

    public RankingOptions withQueryStopWords(boolean on) {
        return new RankingOptions(wholeText, synonyms, translations, nearness, citationWords, on,
                outsideArticle, section, source, sectionInSource);
    }
}
