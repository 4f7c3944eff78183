package org.lexgraph.index.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query Lexgraph built (its own parsing and analysis, {@link org.lexgraph.index.PassageQueries}) written in Solr's
 * standard syntax for the collection's schema, term by term: the terms are already analysed, and the collection's text
 * fields take them as written (a phrase's empty positions as {@code _}). Clause kinds, boosts, constant scores and
 * slops are kept, so the collection scores a query as the embedded index does (BM25, the same statistics over all
 * shards); stacked terms (a word with its compound parts) become a disjunction. A query kind Solr cannot be told is an
 * {@link IllegalArgumentException} naming it.
 */
final class SolrQuerySyntax {

    /** How many phrases a phrase with alternatives at some positions may stand for. */
    private static final int MAX_PHRASES = 64;

    private SolrQuerySyntax() {
    }

    static String of(Query q) {
        StringBuilder out = new StringBuilder();
        write(q, out);
        return out.toString();
    }

    private static void write(Query q, StringBuilder out) {
        switch (q) {
            case TermQuery t -> term(t.getTerm(), out);
            case BooleanQuery b -> bool(b, out);
            case BoostQuery b -> {
                out.append('(');
                write(b.getQuery(), out);
                out.append(")^").append(number(b.getBoost()));
            }
            case ConstantScoreQuery c -> {
                out.append('(');
                write(c.getQuery(), out);
                out.append(")^=1");
            }
            case PhraseQuery p -> phrase(p, out);
            case MultiPhraseQuery m -> multiPhrase(m, out);
            // stacked terms (a word and its parts) and a dismax (no tie: scored as its best clause, which a sum
            // approximates) as any of their clauses
            case SynonymQuery s -> anyOf(s.getTerms().stream().<Query>map(TermQuery::new).toList(), out);
            case DisjunctionMaxQuery d -> anyOf(d.getDisjuncts(), out);
            case PrefixQuery p -> out.append(p.getField()).append(':')
                    .append(escape(p.getPrefix().text())).append('*');
            case WildcardQuery w -> out.append(w.getField()).append(':').append(wildcard(w.getTerm().text()));
            case FuzzyQuery f -> {
                term(f.getTerm(), out);
                out.append('~').append(f.getMaxEdits());
            }
            case RegexpQuery r -> out.append(r.getField()).append(":/")
                    .append(r.getRegexp().text().replace("/", "\\/")).append('/');
            case TermRangeQuery r -> out.append(r.getField()).append(':').append(r.includesLower() ? '[' : '{')
                    .append(r.getLowerTerm() == null ? "*" : escape(r.getLowerTerm().utf8ToString())).append(" TO ")
                    .append(r.getUpperTerm() == null ? "*" : escape(r.getUpperTerm().utf8ToString()))
                    .append(r.includesUpper() ? ']' : '}');
            case PointRangeQuery r -> pointRange(r, out);
            case TermInSetQuery s -> termSet(s, out);
            case MatchAllDocsQuery m -> out.append("*:*");
            case MatchNoDocsQuery m -> out.append("(+*:* -*:*)");
            default -> throw new IllegalArgumentException("a " + q.getClass().getSimpleName()
                    + " cannot be sent to Solr: " + q);
        }
    }

    private static void anyOf(java.util.Collection<Query> clauses, StringBuilder out) {
        out.append('(');
        String sep = "";
        for (Query c : clauses) {
            out.append(sep);
            write(c, out);
            sep = " ";
        }
        out.append(')');
    }

    private static void bool(BooleanQuery b, StringBuilder out) {
        int mm = b.getMinimumNumberShouldMatch();
        List<BooleanClause> should = new ArrayList<>();
        List<BooleanClause> others = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            (c.occur() == BooleanClause.Occur.SHOULD ? should : others).add(c);
        }
        if (mm > 1) {
            throw new IllegalArgumentException("a query needing " + mm + " of its words cannot be sent to Solr");
        }
        out.append('(');
        String sep = "";
        for (BooleanClause c : others) {
            out.append(sep);
            switch (c.occur()) {
                case MUST -> out.append('+');
                case MUST_NOT -> out.append('-');
                case FILTER -> out.append("+filter(");
                default -> {
                }
            }
            write(c.query(), out);
            if (c.occur() == BooleanClause.Occur.FILTER) {
                out.append(')');
            }
            sep = " ";
        }
        if (mm == 1 && !others.isEmpty() && !should.isEmpty()) {
            // one of the optional clauses must match besides the required ones: they are one required group
            out.append(sep).append("+(");
            sep = "";
            for (BooleanClause c : should) {
                out.append(sep);
                write(c.query(), out);
                sep = " ";
            }
            out.append(')');
        } else {
            for (BooleanClause c : should) {
                out.append(sep);
                write(c.query(), out);
                sep = " ";
            }
        }
        if (b.clauses().isEmpty()) {
            out.append("+*:* -*:*");
        } else if (should.isEmpty() && others.stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            out.append(" *:*"); // only exclusions: of everything
        }
        out.append(')');
    }

    private static void term(Term t, StringBuilder out) {
        out.append(t.field()).append(':').append(escape(t.text()));
    }

    /** A phrase with its empty positions (a word the analysis removed) as {@code _}. */
    private static void phrase(PhraseQuery p, StringBuilder out) {
        Term[] terms = p.getTerms();
        int[] positions = p.getPositions();
        if (terms.length == 0) {
            out.append("(+*:* -*:*)");
            return;
        }
        if (terms.length == 1) {
            term(terms[0], out);
            return;
        }
        out.append(terms[0].field()).append(":\"");
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                for (int gap = positions[i] - positions[i - 1] - 1; gap > 0; gap--) {
                    out.append("_ ");
                }
                if (positions[i] == positions[i - 1]) {
                    throw new IllegalArgumentException("a phrase with two words at one place cannot be sent to Solr");
                }
            }
            out.append(quoted(terms[i].text())).append(i + 1 < terms.length ? " " : "");
        }
        out.append('"');
        if (p.getSlop() > 0) {
            out.append('~').append(p.getSlop());
        }
    }

    /** A phrase with alternatives at some positions: each phrase it stands for, any of them. */
    private static void multiPhrase(MultiPhraseQuery m, StringBuilder out) {
        Term[][] terms = m.getTermArrays();
        int[] positions = m.getPositions();
        List<List<Term>> phrases = new ArrayList<>();
        phrases.add(new ArrayList<>());
        for (Term[] alternatives : terms) {
            List<List<Term>> next = new ArrayList<>();
            for (List<Term> ph : phrases) {
                for (Term t : alternatives) {
                    List<Term> longer = new ArrayList<>(ph);
                    longer.add(t);
                    next.add(longer);
                }
            }
            if (next.size() > MAX_PHRASES) {
                throw new IllegalArgumentException("a phrase with too many alternatives cannot be sent to Solr");
            }
            phrases = next;
        }
        out.append('(');
        String sep = "";
        for (List<Term> ph : phrases) {
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(m.getSlop());
            for (int i = 0; i < ph.size(); i++) {
                b.add(ph.get(i), positions[i]);
            }
            out.append(sep);
            phrase(b.build(), out);
            sep = " ";
        }
        out.append(')');
    }

    /** Integer points (year, date, page): one dimension of four bytes. */
    private static void pointRange(PointRangeQuery r, StringBuilder out) {
        if (r.getNumDims() != 1 || r.getBytesPerDim() != Integer.BYTES) {
            throw new IllegalArgumentException("a range over " + r.getField() + " cannot be sent to Solr");
        }
        int from = IntPoint.decodeDimension(r.getLowerPoint(), 0);
        int to = IntPoint.decodeDimension(r.getUpperPoint(), 0);
        out.append(r.getField()).append(":[").append(from == Integer.MIN_VALUE ? "*" : Integer.toString(from))
                .append(" TO ").append(to == Integer.MAX_VALUE ? "*" : Integer.toString(to)).append(']');
    }

    private static void termSet(TermInSetQuery s, StringBuilder out) {
        out.append('(');
        String sep = "";
        try {
            var it = s.getBytesRefIterator();
            for (BytesRef b = it.next(); b != null; b = it.next()) {
                out.append(sep).append(s.getField()).append(':').append(escape(b.utf8ToString()));
                sep = " ";
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        out.append(sep.isEmpty() ? "+*:* -*:*" : "").append(")^=1");
    }

    /** A float as Solr reads it. */
    private static String number(float f) {
        return f == (long) f ? Long.toString((long) f) : String.format(Locale.ROOT, "%s", f);
    }

    /** A term escaped for the standard syntax: every character of the syntax and white space (SolrJ's escaping). */
    static String escape(String s) {
        String e = org.apache.solr.client.solrj.util.ClientUtils.escapeQueryChars(s);
        // the operators as words would be read as operators
        return e.equals("AND") || e.equals("OR") || e.equals("NOT") || e.equals("TO") ? "\\" + e : e;
    }

    /** A term inside a phrase: only the quote and the backslash. */
    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A wildcard pattern: its {@code *} and {@code ?} kept, everything else escaped. */
    private static String wildcard(String pattern) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                b.append(escape(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*' || c == '?') {
                b.append(c);
            } else {
                b.append(escape(String.valueOf(c)));
            }
        }
        return b.toString();
    }
}
