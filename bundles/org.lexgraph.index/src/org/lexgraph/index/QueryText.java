package org.lexgraph.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user typed, made into a query that always parses: the operators of the query syntax ({@code AND}, {@code OR},
 * {@code NOT}, quotes, {@code +}/{@code -}, {@code field:value}, ranges, wildcards, {@code ~}, {@code ^}) are kept where
 * they are well-formed; everything else ({@code Wmo/Jeugdwet}, a question's closing {@code ?}, a colon after an
 * ordinary word, stray brackets, {@code \}, {@code !}) is read as words. Where the user clearly meant syntax and it is
 * broken (an unclosed phrase or group, a dangling operator, an unknown field), {@link #notice()} says so in one line;
 * the words are searched all the same. Immutable.
 *
 * @param query the text to give the query parser; blank when nothing searchable was typed
 * @param notice one line for the user, or empty
 */
public record QueryText(String query, String notice) {

    /** The fields a user may name in a query ({@code municipality:Utrecht}). */
    public static final Set<String> FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.ANCHOR,
            IndexSchema.KIND, IndexSchema.YEAR, IndexSchema.DATE, IndexSchema.MUNICIPALITY, IndexSchema.DOSSIER,
            IndexSchema.COURT, IndexSchema.ACTOR, IndexSchema.THEME, IndexSchema.COLLECTION, IndexSchema.CITES,
            IndexSchema.IDENTIFIERS, IndexSchema.NOTE);

    /** Words searched at most: each is a clause in three fields, and Lucene allows 1,024 clauses in a query. */
    static final int MAX_WORDS = 64;

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
    /** {@code field:[a TO b]}, {@code field:{a TO b}} and mixed ends: kept whole. */
    private static final Pattern RANGE = Pattern.compile("\\b(\\w+):([\\[{])\\s*([^\\s\\]}]+)\\s+TO\\s+([^\\s\\]}]+)\\s*([\\]}])");
    /** A field name as typed: letters only, before a colon, with a value after it. */
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.+)");
    private static final Pattern FIELD_NAME = Pattern.compile("([A-Za-z]+):");
    private static final Pattern BOOST = Pattern.compile("\\^\\d+(\\.\\d+)?$");
    private static final Pattern FUZZY = Pattern.compile("~\\d*(\\.\\d+)?$");

    public QueryText {
        query = query == null ? "" : query;
        notice = notice == null ? "" : notice;
    }

    /** True when nothing searchable is left. */
    public boolean isBlank() {
        return query.isBlank();
    }

    /** Reads what the user typed. */
    public static QueryText read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new QueryText("", "");
        }
        List<String> notices = new ArrayList<>();
        String t = typed.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00A0', ' ')
                .replaceAll("\\p{Cntrl}", " ");
        t = balanceQuotes(t, notices);
        t = balanceParentheses(t, notices);
        List<String> tokens = tokens(t);
        List<String> out = new ArrayList<>();
        for (String token : tokens) {
            if (token.startsWith("\"")) {
                out.add(phrase(token));
            } else if (token.equals("(") || token.equals(")") || token.endsWith(":(")) {
                out.add(token);
            } else if (token.startsWith("\u0000")) {
                out.add(token.substring(1)); // a well-formed range
            } else {
                out.addAll(word(token, notices));
            }
        }
        out = atMost(MAX_WORDS, out, notices);
        out = operatorsInPlace(out, notices);
        out = withoutEmptyGroups(out);
        String query = String.join(" ", out).replace("( ", "(").replace(" )", ")").strip();
        if (!hasSearchable(query)) {
            return new QueryText("", "nothing to search for in \u201C" + typed.strip() + "\u201D: type a word");
        }
        return new QueryText(query, String.join("; ", new java.util.LinkedHashSet<>(notices)));
    }

    /** Only the words of what was typed, every character of the syntax read as a separator: the last resort. */
    public static QueryText wordsOf(String typed, String why) {
        if (typed == null) {
            return new QueryText("", why);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ',' || c == '\'' ? c : ' ');
        }
        List<String> words = new ArrayList<>();
        for (String w : b.toString().strip().split("\\s+")) {
            String stripped = w.replaceAll("^[-.,']+|[-.,']+$", "");
            if (!stripped.isEmpty() && !OPERATORS.contains(stripped) && words.size() < MAX_WORDS) {
                words.add(stripped);
            }
        }
        return new QueryText(String.join(" ", words), why);
    }

    private static final Pattern FIELD_CLAUSE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\w+:(\"[^\"]*\"|\\([^)]*\\)|\\[[^\\]]*\\]|\\{[^}]*\\}|\\S+)");
    private static final Pattern NEGATED = Pattern.compile("(?<!\\S)(-|NOT\\s+)(\"[^\"]*\"|\\([^)]*\\)|\\S+)");

    /**
     * The words of a query as read ({@link #read}) that say what it is about: without field clauses (filters),
     * negated words, operators, boosts and wildcards. For scoring whole sources.
     */
    public static String scoringWords(String query) {
        if (query == null) {
            return "";
        }
        String t = FIELD_CLAUSE.matcher(query).replaceAll(" ");
        t = NEGATED.matcher(t).replaceAll(" ");
        t = t.replaceAll("\\b(AND|OR|NOT)\\b", " ").replaceAll("[\\^~]\\d+(\\.\\d+)?", " ")
                .replaceAll("\\S*[*?]\\S*", " ");
        return wordsOf(t, "").query();
    }

    // --- quotes and groups ------------------------------------------------------------------------------------------

    private static String balanceQuotes(String t, List<String> notices) {
        long quotes = t.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 0) {
            return t;
        }
        int last = t.lastIndexOf('"');
        notices.add("unbalanced quotes: the words after the open \" were searched as words, not as a phrase");
        return t.substring(0, last) + " " + t.substring(last + 1);
    }

    private static String balanceParentheses(String t, List<String> notices) {
        int depth = 0;
        boolean inQuote = false;
        boolean broken = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                depth++;
            } else if (!inQuote && c == ')') {
                if (--depth < 0) {
                    broken = true;
                    break;
                }
            }
        }
        if (!broken && depth == 0) {
            return t;
        }
        notices.add("unbalanced parentheses: the query was read without its groups");
        StringBuilder b = new StringBuilder();
        inQuote = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            }
            b.append(!inQuote && (c == '(' || c == ')') ? ' ' : c);
        }
        return b.toString();
    }

    /**
     * Phrases (with a {@code ~N} after them), ranges (marked with a leading NUL), parentheses and whitespace-separated
     * words.
     */
    private static List<String> tokens(String t) {
        List<String> ranges = new ArrayList<>(); // well-formed ranges, replaced in the text by their index
        Matcher range = RANGE.matcher(t);
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (range.find()) {
            rest.append(t, at, range.start());
            if (FIELDS.contains(range.group(1))) {
                rest.append(" \u0001").append(ranges.size()).append("\u0001 ");
                ranges.add("\u0000" + range.group(1) + ":" + range.group(2) + clean(range.group(3)) + " TO "
                        + clean(range.group(4)) + range.group(5));
            } else {
                rest.append(range.group().replace('[', ' ').replace(']', ' ').replace('{', ' ').replace('}', ' '));
            }
            at = range.end();
        }
        rest.append(t.substring(at));
        List<String> tokens = new ArrayList<>();
        String s = rest.toString();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) { // a quote taken into a range end left this one alone
                    i++;
                    continue;
                }
                int stop = end + 1;
                while (stop < s.length() && !Character.isWhitespace(s.charAt(stop)) && s.charAt(stop) != ')'
                        && s.charAt(stop) != '(') {
                    stop++;
                }
                tokens.add(s.substring(i, stop));
                i = stop;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '\u0001') {
                int end = s.indexOf('\u0001', i + 1);
                tokens.add(ranges.get(Integer.parseInt(s.substring(i + 1, end))));
                i = end + 1;
            } else {
                int stop = i;
                while (stop < s.length() && !Character.isWhitespace(s.charAt(stop)) && s.charAt(stop) != '"'
                        && s.charAt(stop) != '(' && s.charAt(stop) != ')') {
                    stop++;
                }
                String token = s.substring(i, stop);
                Matcher named = FIELD_NAME.matcher(token);
                if (stop < s.length() && named.matches() && FIELDS.contains(named.group(1).toLowerCase(Locale.ROOT))) {
                    char next = s.charAt(stop);
                    int end = next == '"' ? s.indexOf('"', stop + 1) : -1;
                    if (end > 0) { // field:"a phrase"
                        tokens.add(token + s.substring(stop, end + 1));
                        i = end + 1;
                        continue;
                    }
                    if (next == '(') { // field:(a OR b): the group opens with the field
                        tokens.add(token.toLowerCase(Locale.ROOT) + "(");
                        i = stop + 1;
                        continue;
                    }
                }
                tokens.add(token);
                i = stop;
            }
        }
        return tokens;
    }

    /** A phrase with what may follow it: {@code "a b"~3} or {@code "a b"^2}; anything else after it is dropped. */
    private static String phrase(String token) {
        int end = token.indexOf('"', 1);
        String words = clean(token.substring(1, end)).strip();
        String after = token.substring(end + 1);
        if (words.isEmpty()) {
            return "";
        }
        if (after.matches("~\\d+") || after.matches("\\^\\d+(\\.\\d+)?")) {
            return "\"" + words + "\"" + after;
        }
        List<String> rest = term(after);
        return "\"" + words + "\"" + (rest.isEmpty() ? "" : " " + String.join(" ", rest));
    }

    /** Inside a phrase or a range end: what the parser would read as syntax becomes a space. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append("\\\"".indexOf(c) >= 0 ? ' ' : c);
        }
        return b.toString();
    }

    // --- words -------------------------------------------------------------------------------------------------------

    /** One whitespace-separated token outside phrases: an operator, {@code field:value}, or words. */
    private static List<String> word(String token, List<String> notices) {
        if (OPERATORS.contains(token)) {
            return List.of(token.equals("&&") ? "AND" : token.equals("||") ? "OR" : token);
        }
        String prefix = "";
        String core = token;
        if ((core.startsWith("+") || core.startsWith("-")) && core.length() > 1
                && Character.isLetterOrDigit(core.charAt(1))) {
            prefix = core.substring(0, 1);
            core = core.substring(1);
        }
        Matcher field = FIELD.matcher(core);
        if (field.matches() && field.group(2).startsWith("\"")
                && FIELDS.contains(field.group(1).toLowerCase(Locale.ROOT))) {
            String value = phrase(field.group(2));
            return value.isEmpty() ? List.of() : List.of(prefix + field.group(1).toLowerCase(Locale.ROOT) + ":" + value);
        }
        if (field.matches() && Character.isLetterOrDigit(field.group(2).charAt(0))) {
            String name = field.group(1);
            if (FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                List<String> value = term(field.group(2));
                if (!value.isEmpty()) {
                    List<String> out = new ArrayList<>();
                    out.add(prefix + name.toLowerCase(Locale.ROOT) + ":" + value.get(0));
                    out.addAll(value.subList(1, value.size()));
                    return out;
                }
            } else if (name.equals(name.toLowerCase(Locale.ROOT)) && !field.group(2).contains(":")) {
                notices.add("no field \u201C" + name + ":\u201D (fields: " + String.join(", ", new java.util.TreeSet<>(
                        Set.of("title", "kind", "year", "date", "municipality", "dossier", "court", "actor",
                                "theme", "collection", "note")))
                        + "); \u201C" + name + "\u201D was searched as a word");
            }
        }
        List<String> words = term(core);
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(words);
        out.set(0, prefix + out.get(0));
        return out;
    }

    /**
     * The words of one token without field: a trailing boost or fuzziness and inner or trailing wildcards are kept when
     * well-formed; a question's {@code ?}, leading wildcards and every other character of the syntax become spaces.
     */
    private static List<String> term(String core) {
        String suffix = "";
        Matcher boost = BOOST.matcher(core);
        Matcher fuzzy = FUZZY.matcher(core);
        if (boost.find() && boost.start() > 0 && Character.isLetterOrDigit(core.charAt(boost.start() - 1))) {
            suffix = boost.group();
            core = core.substring(0, boost.start());
        } else if (fuzzy.find() && fuzzy.start() > 0 && Character.isLetterOrDigit(core.charAt(fuzzy.start() - 1))) {
            suffix = fuzzy.group();
            core = core.substring(0, fuzzy.start());
        }
        // a question ends with ?, a sentence with punctuation: not wildcards
        core = core.replaceAll("[?:!]+$", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c == '*' || c == '?') {
                // a wildcard needs letters before it in the same word
                boolean lettersBefore = i > 0 && Character.isLetterOrDigit(core.charAt(i - 1));
                b.append(lettersBefore ? c : ' ');
            } else if ("\\/:!^~[]{}&|+\"".indexOf(c) >= 0) {
                b.append(' ');
            } else if (c == '-' && (i == 0 || i == core.length() - 1 || !Character.isLetterOrDigit(core.charAt(i - 1)))) {
                b.append(' '); // a hyphen between words joins them; anywhere else it would be an operator
            } else {
                b.append(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : b.toString().strip().split("\\s+")) {
            if (w.isEmpty() || w.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            if (OPERATORS.contains(w)) {
                w = w.toLowerCase(Locale.ROOT); // an operator inside a token is a word
            }
            out.add(w);
        }
        if (!out.isEmpty() && !suffix.isEmpty()) {
            int last = out.size() - 1;
            String w = out.get(last);
            if (!w.endsWith("*") && !w.endsWith("?")) {
                out.set(last, w + suffix);
            }
        }
        return out;
    }

    // --- operators and groups ---------------------------------------------------------------------------------------

    /** AND and OR need something on both sides, NOT something after it; elsewhere they are words. */
    private static List<String> operatorsInPlace(List<String> tokens, List<String> notices) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.isEmpty()) {
                continue;
            }
            if (!OPERATORS.contains(t)) {
                out.add(t);
                continue;
            }
            boolean before = !out.isEmpty() && !OPERATORS.contains(out.get(out.size() - 1))
                    && !out.get(out.size() - 1).endsWith("(");
            String next = nextNonEmpty(tokens, i + 1);
            boolean after = next != null && !next.equals(")")
                    && (!OPERATORS.contains(next) || (next.equals("NOT") && !t.equals("NOT")));
            boolean ok = t.equals("NOT") ? after : before && after;
            if (ok) {
                out.add(t);
            } else {
                notices.add("\u201C" + t + "\u201D needs words on both sides; it was searched as a word");
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The first {@code max} words (and the parentheses among them, balanced) of a long text pasted as a query. */
    private static List<String> atMost(int max, List<String> tokens, List<String> notices) {
        long words = tokens.stream().filter(t -> !t.isEmpty() && !t.equals(")") && !t.endsWith("(")).count();
        if (words <= max) {
            return tokens;
        }
        notices.add("a long query: its first " + max + " words were searched");
        List<String> out = new ArrayList<>();
        int n = 0;
        int depth = 0;
        for (String t : tokens) {
            boolean open = t.endsWith("(");
            boolean close = t.equals(")");
            if (!open && !close && !t.isEmpty() && ++n > max) {
                break;
            }
            depth += open ? 1 : close ? -1 : 0;
            out.add(t);
        }
        while (depth-- > 0) {
            out.add(")");
        }
        return out;
    }

    private static String nextNonEmpty(List<String> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).isEmpty()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** {@code ()} and groups holding only operators are dropped, with their parentheses. */
    private static List<String> withoutEmptyGroups(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                if (out.get(i).endsWith("(") && out.get(i + 1).equals(")")) {
                    out.remove(i + 1);
                    out.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean hasSearchable(String query) {
        String withoutOperators = query.replaceAll("\\b(AND|OR|NOT)\\b", " ");
        return withoutOperators.chars().anyMatch(Character::isLetterOrDigit);
    }
}
