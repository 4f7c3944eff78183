package org.lexgraph.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchRequest;

/**
 * How the user's words become a Lucene query: the default fields and their weights, filter fields that must hold,
 * compound parts, nearness, the thesaurus and citation keys. Shared by every index the knowledge base can search (the
 * embedded one and a SolrCloud collection), so that a query means the same everywhere. Thread-safe.
 */
public final class PassageQueries {

    private final RankingOptions options;
    private final Analyzer queryAnalyzer;
    /** The analyzer the text is indexed with (compound parts). */
    private final Analyzer indexAnalyzer;

    public PassageQueries(RankingOptions options, Analyzer queryAnalyzer, Analyzer indexAnalyzer) {
        this.options = options;
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
    }

    private Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /**
     * The query for the words (or, with {@code like}, the passages like the request's one: {@code like} is the query
     * for its distinctive words), before any filter; the thesaurus terms it was widened with are added to {@code also}.
     */
    public Query words(SearchRequest request, java.util.Collection<String> citationKeys, String citationWords,
            Thesaurus thesaurus, List<String> also, Query like) throws QuerySyntaxException {
        String queryText = request.query();
        if (request.likePassage() != null) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            b.add(like, BooleanClause.Occur.MUST);
            b.add(new org.apache.lucene.search.TermQuery(new Term(IndexSchema.PASSAGE_ID, request.likePassage())),
                    BooleanClause.Occur.MUST_NOT);
            if (queryText != null && !queryText.isBlank()) {
                b.add(parse(queryText), BooleanClause.Occur.MUST);
            }
            return b.build();
        }
        if (citationKeys.isEmpty()) {
            return withThesaurus(queryText, parse(queryText), thesaurus, also);
        }
        boolean words = queryText != null && !queryText.isBlank();
        // with words beside the citation, the words count too (the citation ranks, it does not exclude)
        float scale = words ? 0.3f : 1f;
        BooleanQuery.Builder keys = new BooleanQuery.Builder();
        for (String key : citationKeys) {
            boolean article = key.contains(":art:");
            boolean articleOfIt = isLawOfAnArticle(key, citationKeys);
            // constant scores: how rare a key is must not decide between "is the document" and "cites it"; an
            // article is what was asked for, the law it belongs to comes after the passages citing that article
            float is = article ? 30f : articleOfIt ? 2f : 20f;
            float cites = article ? 15f : articleOfIt ? 4f : 10f;
            keys.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                    new org.apache.lucene.search.TermQuery(new Term(IndexSchema.IDENTIFIERS, key))), is * scale),
                    BooleanClause.Occur.SHOULD);
            keys.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(
                    new org.apache.lucene.search.TermQuery(new Term(IndexSchema.CITES, key))), cites * scale),
                    BooleanClause.Occur.SHOULD);
        }
        if (!citationWords.isBlank() && options.citationWords() > 0) {
            keys.add(new BoostQuery(parse(citationWords), options.citationWords()), BooleanClause.Occur.SHOULD);
        }
        if (!words) {
            return keys.build();
        }
        return new BooleanQuery.Builder().add(keys.build(), BooleanClause.Occur.SHOULD)
                .add(withThesaurus(queryText, parse(queryText), thesaurus, also), BooleanClause.Occur.SHOULD).build();
    }

    /** Plain words widened by the thesaurus (added to {@code also}); a query with syntax is taken as written. */
    private Query withThesaurus(String queryText, Query query, Thesaurus thesaurus, List<String> also)
            throws QuerySyntaxException {
        if (!isPlainWords(queryText) && (queryText == null || queryText.isBlank()
                || !queryText.strip().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-'))) {
            return query;
        }
        List<String> alternatives = thesaurus.expansions(queryText);
        if (alternatives.isEmpty()) {
            return query;
        }
        also.addAll(alternatives);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        for (String alt : alternatives) {
            // a translation is what the user means in the texts' language; a synonym only widens, and must not
            // outrank the user's own words
            float weight = thesaurus.isTranslation(alt) ? options.translations() : options.synonyms();
            if (weight > 0) {
                b.add(new BoostQuery(parse("\"" + QueryParser.escape(alt) + "\""), weight), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** A law's key given beside the key of one of its articles (the article is what was asked for). */
    public static boolean isLawOfAnArticle(String key, java.util.Collection<String> keys) {
        return !key.contains(":art:") && keys.stream().anyMatch(k -> k.startsWith(key + ":art:"));
    }

    /**
     * How much a match counts in each default field: a law's long title and preamble (indexed apart, {@link
     * IndexSchema#TEXT_OUTSIDE}) name everything the law is about, its articles answer.
     */
    private Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new java.util.HashMap<>(IndexSchema.FIELD_BOOSTS);
        boosts.put(IndexSchema.TEXT_OUTSIDE, options.outsideArticle());
        boosts.put(IndexSchema.NOTE, 1f); // the user's own words about a passage count as its text does
        return boosts;
    }


    /**
     * {@code municipality:utrecht opvang} means "opvang, in Utrecht", not "Utrecht or opvang": a field that filters
     * (kind, year, date, municipality, dossier, court) next to words is required, and does not count in the score.
     * Written with AND, OR or NOT, it is taken as written.
     */
    static Query filtersMustMatch(Query q) {
        if (!(q instanceof BooleanQuery bq)) {
            return q;
        }
        boolean filters = false;
        boolean others = false;
        for (BooleanClause c : bq.clauses()) {
            if (c.occur() == BooleanClause.Occur.SHOULD && isFilter(c.query())) {
                filters = true;
            } else if (c.occur() == BooleanClause.Occur.SHOULD) {
                others = true;
            }
        }
        if (!filters) {
            return q;
        }
        // filters alone (kind:ruling year:2013) must all hold; next to words they filter and the words score
        BooleanClause.Occur as = others ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
            b.add(c.query(), c.occur() == BooleanClause.Occur.SHOULD && isFilter(c.query()) ? as : c.occur());
        }
        if (others) {
            b.setMinimumNumberShouldMatch(Math.max(1, bq.getMinimumNumberShouldMatch()));
        }
        return b.build();
    }

    private static boolean isFilter(Query q) {
        if (q instanceof BoostQuery boost) {
            return isFilter(boost.getQuery());
        }
        if (q instanceof org.apache.lucene.search.TermQuery t) {
            String f = t.getTerm().field();
            return f.equals(IndexSchema.KIND) || IndexSchema.KEYWORD_FIELDS.contains(f);
        }
        if (q instanceof org.apache.lucene.search.PointRangeQuery r) {
            return r.getField().equals(IndexSchema.YEAR) || r.getField().equals(IndexSchema.DATE);
        }
        return false;
    }

    /** The user's words as a query over the default fields (see {@link PassageIndex#search(String, int)}). */
    public Query parse(String queryText) throws QuerySyntaxException {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("empty query: type one or more words", null);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.ANCHOR, IndexSchema.TEXT_OUTSIDE,
                        IndexSchema.NOTE},
                queryAnalyzer(), fieldBoosts()) {
            // the year is a number: year:2013 and year:[2010 TO 2015] become point queries
            @Override
            protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
                if (IndexSchema.YEAR.equals(field)) {
                    return org.apache.lucene.document.IntPoint.newExactQuery(field, year(text));
                }
                if (IndexSchema.DATE.equals(field)) {
                    return org.apache.lucene.document.IntPoint.newExactQuery(field, date(text));
                }
                if (field != null && IndexSchema.KEYWORD_FIELDS.contains(field)) {
                    return new org.apache.lucene.search.TermQuery(new Term(field, IndexSchema.keyword(text)));
                }
                Query plain = super.getFieldQuery(field, text, quoted);
                return quoted || plain == null ? plain : withParts(field, text, plain);
            }

            @Override
            protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                    boolean endInclusive) throws ParseException {
                if (IndexSchema.YEAR.equals(field)) {
                    int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
                    int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
                    return org.apache.lucene.document.IntPoint.newRangeQuery(field,
                            startInclusive ? from : Math.addExact(from, 1), endInclusive ? to : Math.subtractExact(to, 1));
                }
                if (IndexSchema.DATE.equals(field)) {
                    int from = part1 == null || part1.equals("*") ? 0 : date(part1);
                    int to = part2 == null || part2.equals("*") ? 99991231 : date(part2);
                    return org.apache.lucene.document.IntPoint.newRangeQuery(field,
                            startInclusive ? from : Math.addExact(from, 1), endInclusive ? to : Math.subtractExact(to, 1));
                }
                return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
            }

            /** 2024-12-18, 20241218 or 2024 (the first or last day of the year in a range is the caller's). */
            private int date(String text) throws ParseException {
                String t = text.strip();
                if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        java.time.LocalDate.parse(t);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw new ParseException("date: " + t + " is not a date");
                    }
                    return Integer.parseInt(t.replace("-", ""));
                }
                throw new ParseException("date: a date such as 2024-12-18 is needed, not '" + text + "'");
            }

            private int year(String text) throws ParseException {
                try {
                    return Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    throw new ParseException("year: a year such as 2013 is needed, not '" + text + "'");
                }
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setSplitOnWhitespace(true);
        try {
            Query parsed = parser.parse(queryText);
            if (!isPlainWords(queryText)) {
                // "a OR b" is taken as written, also between filters (actor:x OR actor:y)
                return java.util.Arrays.asList(queryText.strip().split("\\s+")).contains("OR") ? parsed
                        : filtersMustMatch(parsed);
            }
            // plain words: passages where they stand close together rank first
            if (options.nearness() <= 0) {
                return parsed;
            }
            QueryParser phrase = new QueryParser(IndexSchema.TEXT, queryAnalyzer());
            Query near = phrase.parse("\"" + QueryParser.escape(queryText.strip()) + "\"~3");
            return new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(near, options.nearness()), BooleanClause.Occur.SHOULD).build();
        } catch (ParseException | TokenMgrError e) {
            throw new QuerySyntaxException(shortSyntaxMessage(queryText, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("query too broad: a wildcard matches too many words", e);
        }
    }

    /**
     * A compound typed as a query matches itself first, and otherwise passages holding all its parts: {@code
     * vreemdelingenbewaring} also finds "de vreemdeling ... in bewaring", {@code buitenschuldvergunning} "buiten zijn
     * schuld ... verblijfsvergunning". Requiring every part keeps the compound's narrower meaning (measured: splitting
     * query compounds into parts OR-ed lost nDCG; see the relevance benchmark).
     */
    private Query withParts(String field, String text, Query plain) {
        // the default fields (field null: text, title, anchor) or the text alone; parts are looked for in the text
        if (text.isBlank() || !(field == null || IndexSchema.TEXT.equals(field))) {
            return plain;
        }
        field = IndexSchema.TEXT;
        List<String> parts = new ArrayList<>();
        try (org.apache.lucene.analysis.TokenStream ts = indexAnalyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            ts.reset();
            boolean first = true;
            while (ts.incrementToken()) {
                if (!first && inc.getPositionIncrement() > 0) {
                    return plain; // more than one word
                }
                if (!first) {
                    parts.add(term.toString());
                }
                first = false;
            }
            ts.end();
        } catch (IOException e) {
            return plain;
        }
        if (parts.size() < 2) {
            return plain;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String part : new java.util.LinkedHashSet<>(parts)) {
            all.add(new org.apache.lucene.search.TermQuery(new Term(field, part)), BooleanClause.Occur.MUST);
        }
        return new BooleanQuery.Builder().add(plain, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(all.build(), 0.5f), BooleanClause.Occur.SHOULD).build();
    }

    /** Two or more words and nothing of the query syntax. */
    private static boolean isPlainWords(String q) {
        String t = q.strip();
        if (!t.contains(" ")) {
            return false;
        }
        for (String w : t.split("\\s+")) {
            if (w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
                return false;
            }
        }
        return t.chars().noneMatch(c -> "\"():*?~^+-[]{}!\\/".indexOf(c) >= 0);
    }

    private static String shortSyntaxMessage(String query, Throwable e) {
        long quotes = query.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            return "unbalanced quotes: close the phrase with a second \"";
        }
        long open = query.chars().filter(c -> c == '(').count();
        long close = query.chars().filter(c -> c == ')').count();
        if (open != close) {
            return "unbalanced parentheses";
        }
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        return "cannot read the query: " + m.replaceAll("^Cannot parse '[^']*': ", "");
    }

}
