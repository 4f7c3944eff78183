package org.lexgraph.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Dutch legal citations in text: Kamerstukken, Handelingen, gazettes, publication ids, Tweede Kamer numbers,
 * BWB ids (with Juriconnect and wetten.overheid.nl forms), CVDR ids, ECLI, LJN and Akoma Ntoso ids. A cheap trigger
 * search finds where a citation may start; the grammar of each type is then tried only there, so scanning stays fast
 * on long texts. Immutable and thread-safe.
 */
public final class CitationScanner {

    /** How far after a trigger a citation may reach. */
    private static final int WINDOW = 400;

    private static final String YEARS = "\\d{4}\\s*[/\\u2013\\u2014-]\\s*(?:\\d{4}|\\d{2})";

    private static final Pattern KAMERSTUK = Pattern.compile(
            "(?<bijlage>Bijlage\\s+bij\\s+)?(?:Kamerstukken|Kamerstuk|(?<tkek>[TE])K)"
            + "(?:\\s+(?<kamer>II|I)\\b)?,?\\s*"
            + "(?:(?<years>" + YEARS + "(?:\\s*[\\u2013-]\\s*" + YEARS + ")?)(?:,\\s*" + YEARS + ")*,?\\s*)?"
            + "(?<dossier>\\d{2}\\s?\\d{3})(?![\\d])"
            + "(?:(?:\\s|-)(?<chapter>[IVXLC]{1,6}[A-Z]?|[A-Z]{1,2})(?![\\w]))?"
            + "(?:-(?<sub>\\d{1,4})(?![\\d]))?(?:-(?<subnr>\\d{1,4}[a-z]?)(?![\\w]))?"
            + "(?:\\s*\\((?<list>\\d{1,4}[a-z]?(?:,\\s*\\d{1,4}[a-z]?)*)\\)"
            + "|\\s*,?\\s*(?:nr\\.?|nummer)\\s*(?<nr>\\d{1,4}[a-z]?)(?![\\w])"
            + "|,\\s*(?<letter>[A-Z]{1,2})(?![\\w.]))?"
            + "(?:\\s*,\\s*p\\.\\s*(?<page>\\d{1,4}(?:\\s*[\\u2013-]\\s*\\d{1,4})?))?");

    private static final Pattern HANDELINGEN = Pattern.compile(
            "(?<aanh>Aanhangsel\\s+(?:van\\s+de\\s+)?)?Handelingen(?:\\s+(?<kamer>II|I)\\b)?,?\\s*(?:vergaderjaar\\s+)?"
            + "(?<years>" + YEARS + "),\\s*nr\\.?\\s*(?<nr>\\d{1,5})(?:,\\s*item\\s+(?<item>\\d{1,3}))?"
            + "(?:,\\s*p\\.\\s*(?<page>\\d{1,5}(?:\\s*[\\u2013-]\\s*\\d{1,5})?))?");

    /** Stb. 2022, 543; also written out (Staatsblad 2022, 543), without the dot (Stb 2019 45) or with a slash. */
    private static final Pattern GAZETTE = Pattern.compile(
            "(?<g>Stb|Stcrt|Trb|Gmb|Prb|Wsb|Bgr|Staatsblad|Staatscourant|Tractatenblad|Gemeenteblad|Provinciaal blad"
            + "|Waterschapsblad)(?:\\.\\s*|\\s+)(?:van\\s+)?(?<year>(?:1[89]|20)\\d{2})(?:,\\s*|\\s+|/)(?:nr\\.?\\s*)?"
            + "(?<number>\\d{1,7})(?![\\d/])");
    private static final Map<String, String> GAZETTE_NAMES = Map.of("Staatsblad", "Stb", "Staatscourant", "Stcrt",
            "Tractatenblad", "Trb", "Gemeenteblad", "Gmb", "Provinciaal blad", "Prb", "Waterschapsblad", "Wsb");

    private static final Pattern PUBLICATION = Pattern.compile(
            "(?<id>(?:kst|stcrt|gmb|stb|trb|prb|wsb|bgr|blg|h-tk|h-ek|ah-tk|ah-ek|kv-tk|kv-ek)"
            + "(?:-[0-9A-Za-z]+)+)(?![\\w-])");

    private static final Pattern TK_NUMBER = Pattern.compile("(?<year>(?:19|20)\\d{2})(?<kind>[DZ])(?<num>\\d{5})\\b");

    private static final Pattern BWB = Pattern.compile(
            "(?:jci1\\.\\d:(?<jkind>[cgvz]):|BWB://1\\.0:[a-z]:|wetten\\.overheid\\.nl/)?"
            + "(?<bwb>BWB[RV]\\d{7})(?![\\d])"
            + "(?<params>(?:&[a-z]+=[^&\\s,;)]+)*)(?:/(?<date>\\d{4}-\\d{2}-\\d{2}))?");

    private static final Pattern CVDR = Pattern.compile(
            "(?:1\\.1:)?CVDR(?:://)?(?<work>\\d{2,7})(?:[_/-](?<version>\\d{1,3}))?(?![\\d])");

    private static final Pattern ECLI = Pattern.compile(
            "ECLI:(?<country>[A-Z]{2}):(?<court>[A-Z0-9]{1,7}):(?<year>\\d{4}):(?<ordinal>[A-Z0-9.]{1,25})"
            + "(?::(?:DOC|INH))?");

    private static final Pattern LJN = Pattern.compile("LJN:?\\s+(?<ljn>[A-Z]{2}\\d{4})(?![\\w])");

    private static final Pattern AKN = Pattern.compile("/akn/(?<path>[a-z]{2}/[A-Za-z]+/[^\\s,;)\\]]+)");

    private static final String ORDINALS = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende"
            + "|elfde|twaalfde|dertiende|veertiende|vijftiende";
    private static final List<String> ORDINAL_LIST = List.of(ORDINALS.split("\\|"));

    /** The default law-name table, read once: immutable data. */
    private static final class Defaults {
        static final LawNames LAWS = LawNames.builtIn();
    }

    private final LawNames laws;
    /** Grammars bundles add (EU law, ...), asked where the scanner's own find nothing. */
    private final List<CitationGrammar> grammars;
    private final Pattern article;
    /** An article named without its law: "artikel 3 van deze verordening", "artikel 16 van de wet", "artikel 4". */
    private final Pattern articleInContext;
    /** One more member of a list of articles, with its parts: ", 8, tweede lid", " en 10". */
    private final Pattern item;
    /** An act named just before an opening bracket, the article inside it: "Participatiewet (artikel 10". */
    private final Pattern lawBefore;

    /** An article's number: 8, 122a, 6:80, 3.107, and treaty articles such as 1(F). */
    private static final String NUM = "\\d{1,4}[a-z]{0,2}(?::\\d{1,4}[a-z]{0,2})?(?:\\.\\d{1,3}[a-z]{0,2})*"
            + "(?:\\([A-Z0-9]{1,2}\\))?(?![\\d])";
    /** What joins the members of a list: ", ", " en ", ", en ", " of ", " tot en met ", " dan wel ". */
    private static final String LIST_SEPARATOR = "(?:\\s*,\\s*(?:(?:en|of|dan\\s+wel)\\s+)?"
            + "|\\s+(?:en|of|tot\\s+en\\s+met|dan\\s+wel)\\s+)";
    /** Ordinals of lids, alone or listed: "tweede", "eerste en tweede", "tweede tot en met vijfde". */
    private static final String LIDS = "(?:" + ORDINALS + ")(?:" + LIST_SEPARATOR + "(?:" + ORDINALS + "))*";
    /** Onderdelen, alone or listed: "a", "f, g, h, j of k", "a tot en met e, of l" (never a word such as "de"). */
    private static final String LETTER = "(?:[a-z]{1,2}|\\d{1,2}°?)(?![\\w])";
    private static final String LETTERS = LETTER + "(?:" + LIST_SEPARATOR
            + "(?!(?:de|en|in|op|te|of|om|na|is|al|zo)(?![\\w]))" + LETTER + ")*";
    /** The parts of an article named after its number: lids, onderdelen, "aanhef en", a joined article. */
    private static final String PARTS = "(?:,?\\s*(?:en\\s+)?(?:" + LIDS + ")\\s+(?:lid|leden)(?![\\w])"
            + "|,?\\s*(?:lid|leden)\\s+\\d{1,2}(?:\\.\\d{1,2})*(?![\\w])|,?\\s*aanhef(?:\\s+en)?(?![\\w])"
            + "|,?\\s*(?:onder|sub)\\s+" + LETTERS + "|,?\\s*onderde(?:el|len)\\s+" + LETTERS
            + "|,?\\s*(?:jo\\.?|juncto|in\\s+verbinding\\s+met)\\s+(?:(?:" + ORDINALS + ")\\s+lid|lid\\s+\\d{1,2}"
            + "|artikel\\s+" + NUM + "))*";

    /** What an act calls itself or another act it has named: "deze verordening", "de wet", "die wet". */
    private static final String KINDS_OF_ACT = "wet|besluit|regeling|verordening|beleidsregels?|circulaire|reglement"
            + "|planregels|algemene maatregel van bestuur|richtlijn|wetboek";
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
            + "|november|december";

    /**
     * A law the table does not know, written out: any capitalised name whose last word makes it an act, decree or
     * regulation ({@code Les- en cursusgeldwet}, {@code Comptabiliteitswet 2001}, {@code Algemene bijstandswet}), a
     * name with its year ({@code Regeling verstrekkingen asielzoekers 2005}), or an abbreviation in capitals ({@code WSF
     * 2000}, {@code APV}) or with its year ({@code Rva 1997}). Within one line; the shortest name that ends so.
     */
    private static final String OPEN_LAW = "[A-Z][\\p{L}'-]*(?:[ \\t]+[\\p{L}'-]+){0,7}?[ \\t]+(?:19|20)\\d{2}"
            + "|[A-Z][\\p{L}'-]*(?:[ \\t]+[\\p{L}'-]+){0,7}?(?<=(?i:wet|besluit|regeling|verordening|wetboek|code))"
            + "(?:[ \\t]+(?:19|20)\\d{2})?"
            + "|[A-Z]{2,6}(?:[ \\t]+(?:19|20)\\d{2})?|[A-Z][a-z]{1,3}[ \\t]+(?:19|20)\\d{2}";

    /** A scanner with the law-name table that ships with Lexgraph and its own grammars only. */
    public CitationScanner() {
        this(Defaults.LAWS);
    }

    /** A scanner with the given law-name table, for article references in prose. */
    public CitationScanner(LawNames laws) {
        this(laws, List.of());
    }

    /** A scanner with the given law-name table and the grammars bundles add. */
    public CitationScanner(LawNames laws, List<CitationGrammar> grammars) {
        this.laws = laws;
        this.grammars = List.copyOf(grammars);
        this.lawBefore = Pattern.compile("(?<![\\p{L}])(" + laws.pattern() + "|[A-Z][\\p{L}'-]*(?:wet|besluit|regeling"
                + "|verordening|wetboek)(?:[ \\t]+(?:19|20)\\d{2})?|[A-Z]{2,6}(?:[ \\t]+(?:19|20)\\d{2})?)\\s*\\(\\s*$");
        this.item = Pattern.compile(LIST_SEPARATOR + "(?:[Aa]rtikel\\s+)?(?<n>" + NUM + ")(?<p>" + PARTS + ")");
        String head = "(?:[Aa]rtikel(?:en)?|[Aa]rt\\.)\\s*(?<num>" + NUM + ")(?<parts>" + PARTS + ")"
                + "(?<more>(?:" + LIST_SEPARATOR + "(?:[Aa]rtikel\\s+)?" + NUM + PARTS + ")*)";
        this.article = Pattern.compile(head
                + ",?\\s*(?<van>van\\s+(?:de|het)\\s+)?(?:(?<law>" + laws.pattern() + ")|(?<open>" + OPEN_LAW
                + "|(?<=van[ \\t](?:de|het)[ \\t])(?!(?:Raad|Hof|Rijk|Unie|Staat|Kamer)(?![\\p{L}]))"
                + "[A-Z][A-Za-z]{1,4}))(?![\\p{L}\\d])");
        this.articleInContext = Pattern.compile(head
                + "(?:,?\\s*van\\s+(?<det>deze|dit|de|het|die|dat)\\s+(?<kind>" + KINDS_OF_ACT + ")"
                + "(?<of>\\s+van\\s+\\d{1,2}\\s+(?:" + MONTHS + ")\\s+\\d{4})?)?(?![\\p{L}\\d])");
    }

    /** All citations in the text, in order, without overlaps. */
    public List<Citation> scan(CharSequence text) {
        List<Citation> out = new ArrayList<>();
        int covered = 0;
        for (int pos = next(text, 0); pos >= 0; pos = next(text, pos + 1)) {
            if (pos < covered) {
                continue;
            }
            Citation c = at(text, pos);
            if (c != null) {
                List<Citation> more = continuation(text, c);
                out.add(more.isEmpty() ? c : cutBefore(text, c, more));
                covered = c.end();
                for (Citation m : more) {
                    out.add(m);
                    covered = Math.max(covered, m.end());
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Citation::start));
        return out;
    }

    /**
     * The next position at or after {@code from} where a citation may start, or -1: a hand-written search for the
     * literal starts of the grammars (a regular expression with this many alternatives was the slowest part).
     */
    static int nextTrigger(CharSequence t, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            char c = t.charAt(i);
            boolean start = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            if (start && Character.isDigit(c) && caseNumberAt(t, i)) {
                return i;
            }
            switch (c) {
                case 'K':
                    if (starts(t, i, "Kamerstuk")) {
                        return i;
                    }
                    break;
                case 'B':
                    if (starts(t, i, "Bijlage bij") || starts(t, i, "BWB") || (start && starts(t, i, "Bgr."))) {
                        return i;
                    }
                    break;
                case 'A':
                    if (starts(t, i, "Aanhangsel") || (start && (starts(t, i, "Artikel") || starts(t, i, "Art.")))) {
                        return i;
                    }
                    break;
                case 'H':
                    if (starts(t, i, "Handelingen")) {
                        return i;
                    }
                    break;
                case 'E':
                    if (starts(t, i, "ECLI:") || (start && starts(t, i, "EK") && space(t, i + 2))) {
                        return i;
                    }
                    break;
                case 'T':
                    if (start && ((starts(t, i, "TK") && space(t, i + 2)) || starts(t, i, "Trb")
                            || starts(t, i, "Tractatenblad"))) {
                        return i;
                    }
                    break;
                case 'L':
                    if (start && starts(t, i, "LJN") && !letterOrDigit(t, i + 3)) {
                        return i;
                    }
                    break;
                case 'j':
                    if (starts(t, i, "jci1")) {
                        return i;
                    }
                    break;
                case 'C':
                    if (starts(t, i, "CVDR")) {
                        return i;
                    }
                    break;
                case 'w':
                    if (starts(t, i, "wetten.overheid.nl")) {
                        return i;
                    }
                    break;
                case '/':
                    if (starts(t, i, "/akn/")) {
                        return i;
                    }
                    break;
                case 'S':
                    if (start && (starts(t, i, "Stb") || starts(t, i, "Stcrt") || starts(t, i, "Staats"))) {
                        return i;
                    }
                    break;
                case 'G':
                case 'P':
                case 'W':
                    if (start && (starts(t, i, "Gmb") || starts(t, i, "Prb") || starts(t, i, "Wsb")
                            || starts(t, i, "Gemeenteblad") || starts(t, i, "Provinciaal blad")
                            || starts(t, i, "Waterschapsblad"))) {
                        return i;
                    }
                    break;
                case 'a':
                    if (start && (starts(t, i, "artikel") || starts(t, i, "art.") || publicationStart(t, i))) {
                        return i;
                    }
                    break;
                case 'n':
                    if (start && starts(t, i, "nr.") && numberBeforeDossierAt(t, i)) {
                        return i;
                    }
                    break;
                case 'k':
                case 's':
                case 'g':
                case 't':
                case 'p':
                case 'b':
                case 'h':
                    if (start && publicationStart(t, i)) {
                        return i;
                    }
                    break;
                case '1':
                case '2':
                    if (start && (tkNumberAt(t, i) || bareKamerstukAt(t, i))) {
                        return i;
                    }
                    break;
                case '3':
                    if (start && bareKamerstukAt(t, i)) {
                        return i;
                    }
                    break;
                default:
                    break;
            }
        }
        return -1;
    }

    private static boolean publicationStart(CharSequence t, int i) {
        for (String prefix : new String[] {"kst-", "stcrt-", "stb-", "gmb-", "trb-", "prb-", "bgr-", "blg-", "h-tk-",
                "h-ek-", "ah-tk-", "ah-ek-", "kv-tk-", "kv-ek-"}) {
            if (prefix.charAt(0) == t.charAt(i) && starts(t, i, prefix)) {
                return true;
            }
        }
        return starts(t, i, "wsb-");
    }

    /** Five digits of a dossier (10000–39999), a hyphen and a digit or a budget chapter: {@code 21501-02-1855}. */
    private static boolean bareKamerstukAt(CharSequence t, int i) {
        if (i + 7 > t.length() || (i > 0 && "-/.,".indexOf(t.charAt(i - 1)) >= 0)) {
            return false;
        }
        if (Character.isDigit(t.charAt(i + 1)) && t.charAt(i + 2) == ' ' && Character.isDigit(t.charAt(i + 3))
                && Character.isDigit(t.charAt(i + 4)) && Character.isDigit(t.charAt(i + 5))) {
            return true; // 32 545, nr. 143
        }
        for (int k = 0; k < 5; k++) {
            if (!Character.isDigit(t.charAt(i + k))) {
                return false;
            }
        }
        char next = t.charAt(i + 6);
        return t.charAt(i + 5) == '-' && (Character.isDigit(next) || "IVXLC".indexOf(next) >= 0);
    }

    private static boolean tkNumberAt(CharSequence t, int i) {
        if (i + 10 > t.length() || !(starts(t, i, "19") || starts(t, i, "20"))) {
            return false;
        }
        char k = t.charAt(i + 4);
        if (k != 'D' && k != 'Z') {
            return false;
        }
        for (int j : new int[] {2, 3, 5, 6, 7, 8, 9}) {
            if (!Character.isDigit(t.charAt(i + j))) {
                return false;
            }
        }
        return !letterOrDigit(t, i + 10);
    }

    private static boolean starts(CharSequence t, int i, String s) {
        return CitationGrammar.startsWith(t, i, s);
    }

    private static boolean space(CharSequence t, int i) {
        return i < t.length() && Character.isWhitespace(t.charAt(i));
    }

    private static boolean letterOrDigit(CharSequence t, int i) {
        return i < t.length() && Character.isLetterOrDigit(t.charAt(i));
    }

    /** The citation at {@code pos}: the scanner's own grammars first, then those added to it. */
    private Citation at(CharSequence text, int pos) {
        Citation c = builtInAt(text, pos);
        if (c == null) {
            int end = Math.min(text.length(), pos + WINDOW);
            for (CitationGrammar g : grammars) {
                if (g.startsAt(text, pos) && (c = g.parse(text, pos, end)) != null) {
                    return c;
                }
            }
        }
        return c;
    }

    /** Where the next citation may start: the scanner's own triggers, or a position an added grammar claims. */
    private int next(CharSequence t, int from) {
        int own = nextTrigger(t, from);
        if (grammars.isEmpty()) {
            return own;
        }
        int limit = own < 0 ? t.length() : own;
        for (int i = from; i < limit; i++) {
            for (CitationGrammar g : grammars) {
                if (g.startsAt(t, i)) {
                    return i;
                }
            }
        }
        return own;
    }

    private Citation builtInAt(CharSequence text, int pos) {
        int end = Math.min(text.length(), pos + WINDOW);
        char first = text.charAt(pos);
        Citation c;
        if (first == 'B' || first == 'K' || first == 'T' || first == 'E') {
            if ((c = kamerstuk(text, pos, end)) != null) {
                return c;
            }
        }
        if ((first == 'a' || first == 'A') && (c = article(text, pos, end)) != null) {
            return c;
        }
        if ((first == 'A' || first == 'H') && (c = handelingen(text, pos, end)) != null) {
            return c;
        }
        if (first == 'E' && (c = ecli(text, pos, end)) != null) {
            return c;
        }
        if (first == 'L' && (c = ljn(text, pos, end)) != null) {
            return c;
        }
        if ((first == 'B' || first == 'j' || first == 'w') && (c = bwb(text, pos, end)) != null) {
            return c;
        }
        if (first == 'C' && (c = cvdr(text, pos, end)) != null) {
            return c;
        }
        if (first == '/' && (c = akn(text, pos, end)) != null) {
            return c;
        }
        if (Character.isUpperCase(first) && (c = gazette(text, pos, end)) != null) {
            return c;
        }
        if (first == 'n' && (c = numberBeforeDossier(text, pos, end)) != null) {
            return c;
        }
        if (Character.isLowerCase(first) && (c = publication(text, pos, end)) != null) {
            return c;
        }
        if (Character.isDigit(first)) {
            c = tkNumber(text, pos, end);
            if (c == null) {
                c = bareKamerstuk(text, pos, end);
            }
            return c != null ? c : caseNumber(text, pos, end);
        }
        return null;
    }

    /**
     * A court's case number: two digits of the year, a slash and the number, with the kind of case after it ({@code
     * 14/3462 WWB-VV}, {@code 14/ 2378 WWB}, {@code 07/3773}); the Raad van State's {@code 200808149/1/H2}.
     */
    private static final Pattern CASE = Pattern.compile(
            "(?<nr>\\d{2}\\s?/\\s?\\d{3,6})(?![\\d/])(?:\\s(?<kind>[A-Z]{2,6}(?:-[A-Z]{1,4}){0,3})(?![\\w]))?"
            + "|(?<rvs>\\d{9}/\\d{1,2}/[A-Z]\\d{1,2})(?![\\w])");

    private static boolean caseNumberAt(CharSequence t, int i) {
        if (i > 0 && "/.,-".indexOf(t.charAt(i - 1)) >= 0) {
            return false;
        }
        if (i + 6 <= t.length() && Character.isDigit(t.charAt(i + 1)) && (t.charAt(i + 2) == '/'
                || (t.charAt(i + 2) == ' ' && t.charAt(i + 3) == '/'))) {
            return true;
        }
        if (i + 12 > t.length()) {
            return false;
        }
        for (int k = 0; k < 9; k++) {
            if (!Character.isDigit(t.charAt(i + k))) {
                return false;
            }
        }
        return t.charAt(i + 9) == '/';
    }

    private Citation caseNumber(CharSequence text, int pos, int end) {
        Matcher m = look(CASE, text, pos, end);
        if (m == null) {
            return null;
        }
        Map<String, String> f = new HashMap<>();
        String nr = m.group("rvs") != null ? m.group("rvs") : m.group("nr").replaceAll("\\s", "");
        if (nr.matches("(0[1-9]|1[0-2])/(19|20)\\d{2}")) {
            return null; // 03/2014 is a month
        }
        f.put("number", nr);
        put(f, "kind", m.group("kind"));
        return citation(text, pos, m.end(), CitationType.CASE_NUMBER, f, "case:" + nr);
    }

    /**
     * A Kamerstuk written as its number alone, as lists of incoming papers and agendas do: {@code 21501-02-1855}
     * (dossier 21501-02, nr. 1855), {@code 22112-2531}, {@code 34775-XVI-129}. Nothing may join it on either side.
     */
    private static final Pattern BARE_KAMERSTUK = Pattern.compile(
            "(?<dossier>[123]\\d{4})-(?:(?<sub>\\d{2})-|(?<chapter>[IVXLC]{1,6})-)?(?<nr>\\d{1,4}[a-z]?)(?![\\w/-]|\\.\\d)");

    /** A dossier written with its space and a number after it: {@code 32 545, nr. 143}. */
    private static final Pattern SPACED_KAMERSTUK = Pattern.compile(
            "(?<d1>[123]\\d) (?<d2>\\d{3})(?:[ -](?<chapter>[IVXLC]{1,6}))?,?\\s*nr\\.\\s*(?<nr>\\d{1,4}[a-z]?)(?![\\w])");

    private Citation bareKamerstuk(CharSequence text, int pos, int end) {
        Matcher spaced = look(SPACED_KAMERSTUK, text, pos, end);
        if (spaced != null) {
            String dossier = spaced.group("d1") + spaced.group("d2");
            String chapter = spaced.group("chapter");
            Map<String, String> f = new HashMap<>();
            f.put("dossier", dossier);
            put(f, "chapter", chapter);
            f.put("ondernummer", spaced.group("nr"));
            return citation(text, pos, spaced.end(), CitationType.KAMERSTUK, f,
                    "kst:" + dossier + (chapter == null ? "" : "-" + chapter) + ":" + spaced.group("nr"));
        }
        Matcher m = look(BARE_KAMERSTUK, text, pos, end);
        if (m == null) {
            return null;
        }
        String dossier = m.group("dossier") + (m.group("sub") == null ? "" : "-" + m.group("sub"));
        String chapter = m.group("chapter");
        Map<String, String> f = new HashMap<>();
        f.put("dossier", dossier);
        put(f, "chapter", chapter);
        f.put("ondernummer", m.group("nr"));
        String key = "kst:" + dossier + (chapter == null ? "" : "-" + chapter) + ":" + m.group("nr");
        return citation(text, pos, m.end(), CitationType.KAMERSTUK, f, key);
    }

    /** A paper's number with its dossier after it in brackets, as lists of motions write it: nr. 253 ( 29538 ). */
    private static final Pattern NUMBER_BEFORE_DOSSIER = Pattern.compile(
            "nr\\.\\s*(?<nr>\\d{1,4}[a-z]?)\\s*\\(\\s*(?<dossier>[123]\\d{4})(?:[ -](?<chapter>[IVXLC]{1,6}))?\\s*\\)");

    private static boolean numberBeforeDossierAt(CharSequence t, int i) {
        Matcher m = look(NUMBER_BEFORE_DOSSIER, t, i, Math.min(t.length(), i + 40));
        return m != null;
    }

    private Citation numberBeforeDossier(CharSequence text, int pos, int end) {
        Matcher m = look(NUMBER_BEFORE_DOSSIER, text, pos, end);
        if (m == null) {
            return null;
        }
        String dossier = m.group("dossier");
        String chapter = m.group("chapter");
        Map<String, String> f = new HashMap<>();
        f.put("dossier", dossier);
        put(f, "chapter", chapter);
        f.put("ondernummer", m.group("nr"));
        return citation(text, pos, m.end(), CitationType.KAMERSTUK, f,
                "kst:" + dossier + (chapter == null ? "" : "-" + chapter) + ":" + m.group("nr"));
    }

    private static Matcher look(Pattern p, CharSequence text, int pos, int end) {
        return CitationGrammar.lookingAt(p, text, pos, end);
    }

    private static Citation citation(CharSequence text, int start, int end, CitationType type,
            Map<String, String> fields, String key) {
        return new Citation(start, end, text.subSequence(start, end).toString(), type, fields, key);
    }

    private Citation kamerstuk(CharSequence text, int pos, int end) {
        Matcher m = look(KAMERSTUK, text, pos, end);
        if (m == null) {
            return null;
        }
        boolean tkek = m.group("tkek") != null;
        if (tkek && m.group("years") == null) {
            return null; // "TK 12345" without a year is too weak a signal
        }
        Map<String, String> f = new HashMap<>();
        String kamer = tkek ? (m.group("tkek").equals("T") ? "II" : "I") : m.group("kamer");
        put(f, "kamer", kamer);
        String years = m.group("years");
        if (years != null) {
            f.put("vergaderjaar", vergaderjaar(years));
        }
        String dossier = m.group("dossier").replace(" ", "").replace("\u00a0", "");
        String chapter = m.group("chapter");
        String sub = m.group("sub");
        String nr = m.group("subnr") != null ? m.group("subnr") : m.group("nr"); // 21501-02-1855: nr. 1855
        String letter = m.group("letter");
        String list = m.group("list");
        if (sub != null && nr == null && letter == null && list == null) {
            nr = sub; // "Kamerstuk 29689-1128": dossier 29689, nr. 1128
            sub = null;
        }
        String fullDossier = dossier + (sub == null ? "" : "-" + sub);
        f.put("dossier", fullDossier);
        put(f, "chapter", chapter);
        if (list != null) {
            f.put("numbers", list.replaceAll("\\s+", ""));
            nr = list.split(",")[0].strip();
        }
        String number = nr != null ? nr : letter;
        put(f, "ondernummer", number);
        put(f, "page", m.group("page") == null ? null : m.group("page").replaceAll("\\s+", "").replace('\u2013', '-'));
        if (m.group("bijlage") != null) {
            f.put("bijlage", "true");
        }
        String key = "kst:" + fullDossier + (chapter == null ? "" : "-" + chapter) + (number == null ? "" : ":" + number);
        return citation(text, pos, trimEnd(text, pos, m.end()), CitationType.KAMERSTUK, f, key);
    }

    private Citation article(CharSequence text, int pos, int end) {
        Citation c = articleWithoutLidBefore(text, pos, end);
        if (c == null) {
            return null;
        }
        // "het tweede lid van artikel 20 van de wet": the lid named before its article
        Matcher lid = LID_BEFORE.matcher(text);
        lid.region(Math.max(0, pos - 80), pos);
        if (lid.find()) {
            Map<String, String> f = new HashMap<>(c.fields());
            partsOf(lid.group(1) + " lid", f);
            return citation(text, lid.start(), c.end(), c.type(), f, c.key());
        }
        return c;
    }

    /** "het tweede lid van ", "de eerste en tweede leden van " just before an article. */
    private static final Pattern LID_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[Hh]et|[Dd]e)\\s+(" + LIDS
            + ")\\s+(?:lid|leden)\\s+van\\s+$");

    private Citation articleWithoutLidBefore(CharSequence text, int pos, int end) {
        Matcher m = look(article, text, pos, end);
        if (m == null) {
            return articleInContext(text, pos, end);
        }
        String num = m.group("num");
        String law = m.group("law") != null ? m.group("law") : m.group("open");
        if (m.group("law") == null && m.group("van") == null && text.charAt(pos) == 'A') {
            return null; // "Artikel 3 Overgangsregeling" is an article's heading, not a reference to another law
        }
        int until = m.end();
        if (m.group("law") == null && GENERIC_HEAD.matcher(law).matches()) {
            // "Wet op de jeugdzorg", "Besluit ruimtelijke ordening": the words after a bare "Wet" are its name
            until = nameEnd(text, m.end("open"), end);
            law = text.subSequence(m.start("open"), until).toString();
        }
        Map<String, String> f = new HashMap<>();
        f.put("artikel", num);
        f.put("law", law);
        partsOf(m.group("parts"), f);
        String bwb = laws.bwb(law, num);
        put(f, "bwb", bwb);
        String key = laws.lawKey(law, num) + ":art:" + num;
        return citation(text, pos, until, CitationType.ARTICLE, f, key);
    }

    /**
     * An article whose act the text around it names: its own ("artikel 3, vijfde lid, van deze beleidsregel": key
     * {@code self:art:3}), one it defined or named before ("artikel 16 van de wet", "artikel 8 van die wet": {@code
     * ref:wet:art:16}), or none at all ("bedoeld in artikel 4": {@code ref:art:4}), which the caller resolves with
     * the document in hand. A capitalised "Artikel 3" alone is an article's heading, not a reference.
     */
    private Citation articleInContext(CharSequence text, int pos, int end) {
        Matcher m = look(articleInContext, text, pos, end);
        if (m == null) {
            return null;
        }
        String det = m.group("det");
        String parts = m.group("parts");
        if (det == null && text.charAt(pos) == 'A' && parts.isBlank()) {
            return null;
        }
        String num = m.group("num");
        Map<String, String> f = new HashMap<>();
        f.put("artikel", num);
        String key;
        Matcher before = det == null ? lawBefore.matcher(text) : null;
        if (before != null) {
            before.region(Math.max(0, pos - 120), pos);
        }
        if (before != null && before.find()) {
            // "de Participatiewet (artikel 10 en 11)": the act named just before, the article in brackets
            String law = before.group(1);
            f.put("law", law);
            put(f, "bwb", laws.bwb(law, num));
            key = laws.lawKey(law, num) + ":art:" + num;
        } else if (det == null) {
            key = "ref:art:" + num;
        } else {
            String kind = m.group("kind").toLowerCase(java.util.Locale.ROOT);
            f.put("law", det + " " + kind + (m.group("of") == null ? "" : m.group("of")));
            boolean own = det.equals("deze") || det.equals("dit");
            f.put(own ? "self" : "ref", kind);
            key = (own ? "self" : "ref:" + kind.replace(' ', '-')) + ":art:" + num;
        }
        partsOf(parts, f);
        return citation(text, pos, trimEnd(text, pos, m.end()), CitationType.ARTICLE, f, key);
    }

    /** The lid and onderdeel of an article's parts ("tweede lid, onder b"), into {@code f}. */
    private static void partsOf(String parts, Map<String, String> f) {
        Matcher lid = LID.matcher(parts);
        if (lid.find() && !parts.substring(0, lid.start()).contains("jo")) {
            // the first of listed lids ("vijfde, zesde en zevende lid": 5)
            String first = lid.group(1) == null ? null : lid.group(1).split("[\\s,]+")[0];
            f.put("lid", first != null ? Integer.toString(ORDINAL_LIST.indexOf(first) + 1) : lid.group(2));
        }
        Matcher onder = ONDER.matcher(parts);
        if (onder.find()) {
            f.put("onder", onder.group(1));
        }
    }

    private static final Pattern LID = Pattern.compile("(?:^|[,\\s])(?:(" + LIDS + ")\\s+(?:lid|leden)"
            + "|(?:lid|leden)\\s+(\\d{1,2}))");
    private static final Pattern ONDER = Pattern.compile("(?:onder|sub|onderde(?:el|len))\\s+([a-z]{1,2}|\\d{1,2}°?)");

    /** A name that is only the kind of act: its name follows it. */
    private static final Pattern GENERIC_HEAD = Pattern.compile(
            "(?i)(?:algemene\\s+|tijdelijke\\s+)?(?:wet|besluit|regeling|verordening|wetboek|rijkswet|kaderwet)");
    /** Words that end a law's name when it is written out: a verb or a connective of the sentence around it. */
    private static final java.util.Set<String> AFTER_NAME = java.util.Set.of("is", "zijn", "wordt", "worden", "kan",
            "kunnen", "bedoeld", "genoemd", "voor", "dan", "of", "dat", "die", "niet", "als", "en", "wel", "moet",
            "geldt", "gelden", "heeft", "hebben", "was", "werd", "zoals", "waarin", "waarbij", "indien", "bij", "in");

    /** Where a written-out law name after a bare "Wet" ends: at punctuation, a number or the sentence's own words. */
    private static int nameEnd(CharSequence text, int from, int limit) {
        int at = from;
        int words = 0;
        Matcher w = Pattern.compile("\\G[ \\t]+([\\p{L}'-]+)").matcher(text);
        w.region(from, limit);
        while (words < 7 && w.find()) {
            if (AFTER_NAME.contains(w.group(1).toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            at = w.end();
            words++;
        }
        // a name does not end with its connecting words ("Wet op de")
        String name = text.subSequence(from, at).toString();
        while (name.matches("(?s).*[ \\t](?:op|de|het|van|der|tot|inzake)")) {
            name = name.substring(0, name.lastIndexOf(' ') >= 0 ? Math.max(name.lastIndexOf(' '),
                    name.lastIndexOf('\t')) : name.length()).stripTrailing();
        }
        return from + name.length();
    }

    private static final Pattern JOINED_ARTICLE = Pattern.compile(
            "(?:jo\\.?|juncto|in\\s+verbinding\\s+met)\\s+(artikel\\s+(\\d{1,4}[a-z]{0,2}(?::\\d{1,4}[a-z]{0,2})?"
            + "(?:\\.\\d{1,3}[a-z]{0,2})*))");
    private static final Pattern MORE_ECLI = Pattern.compile("\\s*(?:,|en)\\s*(\\d{1,6})(?![\\w:])");
    private static final Pattern MORE_NUMBERS = Pattern.compile("\\d{1,4}[a-z]?");

    /**
     * The citations a list adds after the one found: the other articles of "de artikelen 6:18 en 6:19 ... Awb" and
     * of "in verbinding met artikel 6:24", the numbers of "ECLI:NL:CRVB:2015:2551 en 2552" and of "26 855 (250,
     * 250a)". Each gets the span of its own number, so spans never overlap.
     */
    private List<Citation> continuation(CharSequence text, Citation first) {
        List<Citation> more = new ArrayList<>();
        switch (first.type()) {
            case ARTICLE -> {
                // match again to see the list and the joined articles of the same law
                // where the article itself starts ("het tweede lid van artikel 20": at "artikel")
                Matcher word = ARTICLE_WORD.matcher(first.text());
                int at = first.start() + (word.find() ? word.start() : 0);
                int until = Math.min(text.length(), at + WINDOW);
                Matcher m = look(article, text, at, until);
                if (m == null) {
                    m = look(articleInContext, text, at, until);
                }
                if (m == null) {
                    break;
                }
                Matcher n = item.matcher(text);
                n.useTransparentBounds(true);
                n.region(m.start("more"), m.end("more"));
                List<Citation> listed = new ArrayList<>();
                while (n.lookingAt()) {
                    // each member spans its number and its parts; the last one the act's name after it as well
                    int itemEnd = n.end() == m.end("more") ? trimEnd(text, n.start("n"), m.end())
                            : trimEnd(text, n.start("n"), n.end());
                    listed.add(articleAt(text, n.start("n"), itemEnd, n.group("n"), n.group("p"), first));
                    n.region(n.end(), m.end("more"));
                }
                List<Citation> joined = new ArrayList<>();
                Matcher j = JOINED_ARTICLE.matcher(text);
                j.region(m.start("parts"), m.end("more"));
                while (j.find()) {
                    joined.add(articleAt(text, j.start(1), j.end(1), j.group(2), "", first));
                }
                // a member's span stops where an article joined to it ("in verbinding met artikel 6:24") begins
                for (Citation c : listed) {
                    more.add(joined.isEmpty() ? c : cutBefore(text, c, joined));
                }
                more.addAll(joined);
            }
            case ECLI -> {
                String ordinal = first.field("ordinal");
                if (ordinal.chars().allMatch(Character::isDigit)) {
                    Matcher m = MORE_ECLI.matcher(text);
                    int at = first.end();
                    m.region(at, Math.min(text.length(), at + 200));
                    while (m.lookingAt()) {
                        String ecli = "ECLI:" + first.field("country") + ":" + first.field("court") + ":"
                                + first.field("year") + ":" + m.group(1);
                        more.add(citation(text, m.start(1), m.end(1), CitationType.ECLI, Map.of("country",
                                first.field("country"), "court", first.field("court"), "year", first.field("year"),
                                "ordinal", m.group(1), "ecli", ecli), "ecli:" + ecli));
                        m.region(m.end(), Math.min(text.length(), m.end() + 200));
                    }
                }
            }
            case KAMERSTUK -> {
                if (first.field("numbers") != null) {
                    Matcher m = look(KAMERSTUK, text, first.start(), Math.min(text.length(), first.start() + WINDOW));
                    Matcher n = MORE_NUMBERS.matcher(text);
                    n.region(m.start("list"), m.end("list"));
                    boolean firstNumber = true;
                    while (n.find()) {
                        if (firstNumber) {
                            firstNumber = false;
                            continue;
                        }
                        Map<String, String> f = new HashMap<>(first.fields());
                        f.put("ondernummer", n.group());
                        String key = "kst:" + first.field("dossier") + (first.field("chapter") == null ? ""
                                : "-" + first.field("chapter")) + ":" + n.group();
                        more.add(citation(text, n.start(), n.end(), CitationType.KAMERSTUK, f, key));
                    }
                }
            }
            default -> {
            }
        }
        return more;
    }

    private static final Pattern ARTICLE_WORD = Pattern.compile("(?<![\\p{L}])(?:[Aa]rtikel|[Aa]rt\\.)");
    private static final Pattern JOINING_WORDS = Pattern.compile(
            ",?\\s*(?<![\\p{L}])(?:jo\\.?|juncto|in\\s+verbinding\\s+met|tot\\s+en\\s+met|dan\\s+wel|of)\\s*$");

    /** The first citation of a list ends where the next one starts, less the words and marks between them. */
    private static Citation cutBefore(CharSequence text, Citation first, List<Citation> more) {
        int cut = first.end();
        for (Citation m : more) {
            if (m.start() > first.start()) {
                cut = Math.min(cut, m.start());
            }
        }
        int e = cut;
        // the words that joined the next one: "jo.", "juncto", "in verbinding met", "tot en met", "of"
        Matcher join = JOINING_WORDS.matcher(text.subSequence(first.start(), cut));
        if (join.find()) {
            e = first.start() + join.start();
        }
        while (e > first.start()) {
            char ch = text.charAt(e - 1);
            if (Character.isWhitespace(ch) || ch == ',' || ch == '(') {
                e--;
            } else if (e - 2 > first.start() && text.charAt(e - 1) == 'n' && text.charAt(e - 2) == 'e'
                    && Character.isWhitespace(text.charAt(e - 3))) {
                e -= 2; // " en "
            } else {
                break;
            }
        }
        return e == first.end() ? first : new Citation(first.start(), e, text.subSequence(first.start(), e).toString(),
                first.type(), first.fields(), first.key());
    }

    /** Another article of the same act as {@code first}, in a list or joined to it. */
    private Citation articleAt(CharSequence text, int start, int end, String num, String parts, Citation first) {
        Map<String, String> f = new HashMap<>();
        f.put("artikel", num);
        partsOf(parts, f);
        put(f, "law", first.field("law"));
        put(f, "self", first.field("self"));
        put(f, "ref", first.field("ref"));
        String law = first.field("law");
        String bwb = law == null || first.field("self") != null || first.field("ref") != null ? null
                : laws.bwb(law, num);
        put(f, "bwb", bwb);
        String key = (bwb != null || first.field("bwb") != null ? laws.lawKey(law, num)
                : first.key().substring(0, first.key().indexOf(":art:"))) + ":art:" + num;
        return citation(text, start, end, CitationType.ARTICLE, f, key);
    }

    private Citation handelingen(CharSequence text, int pos, int end) {
        Matcher m = look(HANDELINGEN, text, pos, end);
        if (m == null) {
            return null;
        }
        Map<String, String> f = new HashMap<>();
        put(f, "kamer", m.group("kamer"));
        String years = vergaderjaar(m.group("years"));
        f.put("vergaderjaar", years);
        f.put("number", m.group("nr"));
        put(f, "item", m.group("item"));
        put(f, "page", m.group("page") == null ? null : m.group("page").replaceAll("\\s+", "").replace('\u2013', '-'));
        boolean aanhangsel = m.group("aanh") != null;
        String key = (aanhangsel ? "ah:" : "hand:") + (m.group("kamer") == null ? "II" : m.group("kamer")) + ":"
                + years + ":" + m.group("nr") + (m.group("item") == null ? "" : ":" + m.group("item"));
        return citation(text, pos, m.end(), aanhangsel ? CitationType.AANHANGSEL : CitationType.HANDELINGEN, f, key);
    }

    private Citation gazette(CharSequence text, int pos, int end) {
        Matcher m = look(GAZETTE, text, pos, end);
        if (m == null) {
            return null;
        }
        String name = GAZETTE_NAMES.getOrDefault(m.group("g"), m.group("g"));
        String g = name.toLowerCase(Locale.ROOT);
        Map<String, String> f = Map.of("gazette", name, "year", m.group("year"), "number", m.group("number"));
        return citation(text, pos, m.end(), CitationType.GAZETTE, f, g + ":" + m.group("year") + ":" + m.group("number"));
    }

    private Citation publication(CharSequence text, int pos, int end) {
        if (pos > 0 && (Character.isLetterOrDigit(text.charAt(pos - 1)) || text.charAt(pos - 1) == '-')) {
            return null;
        }
        Matcher m = look(PUBLICATION, text, pos, end);
        if (m == null) {
            return null;
        }
        String id = m.group("id");
        String[] parts = id.split("-");
        Map<String, String> f = new HashMap<>();
        f.put("id", id);
        String key;
        if (parts[0].equals("kst") && parts.length >= 3 && parts[1].matches("\\d{5}")) {
            int last = parts.length - 1;
            if (parts[last].matches("[hb]\\d+") && last >= 3) {
                f.put(parts[last].startsWith("h") ? "herdruk" : "bijlage", parts[last].substring(1));
                last--;
            }
            StringBuilder dossier = new StringBuilder(parts[1]);
            for (int i = 2; i < last; i++) {
                dossier.append('-').append(parts[i]);
            }
            f.put("dossier", dossier.toString());
            f.put("ondernummer", parts[last]);
            key = "kst:" + dossier + ":" + parts[last];
        } else if (parts.length == 3 && parts[1].matches("\\d{4}") && parts[2].matches("\\d+")
                && List.of("stcrt", "gmb", "stb", "trb", "prb", "wsb", "bgr").contains(parts[0])) {
            f.put("year", parts[1]);
            f.put("number", parts[2]);
            key = parts[0] + ":" + parts[1] + ":" + parts[2];
        } else if (parts.length < 2 || !parts[parts.length - 1].matches(".*\\d.*")) {
            return null;
        } else {
            key = "pub:" + id;
        }
        return citation(text, pos, m.end(), CitationType.PUBLICATION_ID, f, key);
    }

    private Citation tkNumber(CharSequence text, int pos, int end) {
        Matcher m = look(TK_NUMBER, text, pos, end);
        if (m == null) {
            return null;
        }
        String id = m.group();
        Map<String, String> f = Map.of("kind", m.group("kind").equals("D") ? "document" : "zaak", "id", id);
        return citation(text, pos, m.end(), CitationType.TK_NUMBER, f, "tk:" + id);
    }

    private Citation bwb(CharSequence text, int pos, int end) {
        Matcher m = look(BWB, text, pos, end);
        if (m == null) {
            return null;
        }
        int start = pos;
        for (String scheme : new String[] {"https://", "http://"}) {
            if (pos >= scheme.length() && text.subSequence(pos - scheme.length(), pos).toString().equals(scheme)) {
                start = pos - scheme.length(); // the link as written, scheme included
            }
        }
        Map<String, String> f = new HashMap<>();
        String id = m.group("bwb");
        f.put("bwb", id);
        put(f, "date", m.group("date"));
        String article = null;
        for (String param : m.group("params").split("&")) {
            int eq = param.indexOf('=');
            if (eq > 0) {
                String name = param.substring(0, eq);
                String value = param.substring(eq + 1);
                f.put(name, value);
                if (name.equals("artikel")) {
                    article = value;
                }
                if (name.equals("g") || name.equals("z")) {
                    f.put("date", value);
                }
            }
        }
        return citation(text, start, trimEnd(text, pos, m.end()), CitationType.BWB, f,
                "bwb:" + id + (article == null ? "" : ":art:" + article));
    }

    private Citation cvdr(CharSequence text, int pos, int end) {
        int start = pos >= 4 && text.subSequence(pos - 4, pos).toString().equals("1.1:") ? pos - 4 : pos;
        Matcher m = look(CVDR, text, start, end);
        if (m == null) {
            return null;
        }
        Map<String, String> f = new HashMap<>();
        f.put("work", m.group("work"));
        put(f, "version", m.group("version"));
        String key = "cvdr:" + m.group("work") + (m.group("version") == null ? "" : "/" + m.group("version"));
        return citation(text, start, m.end(), CitationType.CVDR, f, key);
    }

    private Citation ecli(CharSequence text, int pos, int end) {
        Matcher m = look(ECLI, text, pos, end);
        if (m == null) {
            return null;
        }
        int stop = m.end();
        String ordinal = m.group("ordinal");
        boolean suffix = m.end() > m.end("ordinal");
        while (!suffix && ordinal.endsWith(".")) {
            ordinal = ordinal.substring(0, ordinal.length() - 1); // the sentence's full stop, not the ordinal's
            stop--;
        }
        if (ordinal.isEmpty()) {
            return null;
        }
        String ecli = "ECLI:" + m.group("country") + ":" + m.group("court") + ":" + m.group("year") + ":" + ordinal;
        Map<String, String> f = Map.of("country", m.group("country"), "court", m.group("court"), "year",
                m.group("year"), "ordinal", ordinal, "ecli", ecli);
        return citation(text, pos, stop, CitationType.ECLI, f, "ecli:" + ecli);
    }

    private Citation ljn(CharSequence text, int pos, int end) {
        Matcher m = look(LJN, text, pos, end);
        if (m == null) {
            return null;
        }
        return citation(text, pos, m.end(), CitationType.LJN, Map.of("ljn", m.group("ljn")), "ljn:" + m.group("ljn"));
    }

    private Citation akn(CharSequence text, int pos, int end) {
        Matcher m = look(AKN, text, pos, end);
        if (m == null) {
            return null;
        }
        String path = m.group("path");
        int stop = m.end();
        while (path.endsWith(".")) {
            path = path.substring(0, path.length() - 1);
            stop--;
        }
        return citation(text, pos, stop, CitationType.AKN, Map.of("path", "/akn/" + path), "akn:/akn/" + path);
    }

    /** "2024–2025", "2015/16", "1999/2000" as metadata writes them: 2024-2025. */
    static String vergaderjaar(String years) {
        String first = years.replaceAll("[^\\d]+.*$", "");
        if (first.length() != 4) {
            return years;
        }
        int y = Integer.parseInt(first);
        return y + "-" + (y + 1);
    }

    private static int trimEnd(CharSequence text, int start, int end) {
        int e = end;
        while (e > start && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null) {
            f.put(key, value);
        }
    }
}
