package org.lexgraph.extract.recognise;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataBuilder;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * Recognises the metadata of documents whose format carries little (PDF, Word, HTML and text copies of official
 * papers): kind, date, language and identifiers (kst id, dossier and ondernummer, vergaderjaar, ECLI, CVDR id,
 * Gemeenteblad/Staatscourant number, BWB id), chamber, municipality or ministry, from the first pages and the file
 * name. Each value records where it was found. The format's own metadata always wins. Stateless and thread-safe.
 */
public final class PlainMetadataRecogniser implements org.lexgraph.extract.MetadataRecogniser {

    /** How much of the document's beginning is read: the first pages hold the header of a paper. */
    private static final int HEAD_CHARS = 6000;
    private static final int HEAD_PAGES = 2;
    /** The header of a document: its first blocks on page 1 that are short lines, not body paragraphs. */
    private static final int HEADER_BLOCKS = 8;
    private static final int HEADER_LINE_CHARS = 120;

    private static final Pattern KST_ID = Pattern.compile(
            "\\bkst-(\\d{5})((?:-[A-Z]{1,4}|-[IVXL]+|-\\d{1,3}(?=-))*)-(\\d{1,4}[a-z]?|[A-Z]{1,2})(?:-[a-z]\\d+)?\\b");
    private static final Pattern GAZETTE_ID = Pattern.compile("\\b(gmb|stcrt|stb|prb|wsb)-(\\d{4})-(\\d{1,7})\\b");
    private static final Pattern ECLI = Pattern.compile("\\bECLI[:.]([A-Z]{2})[:.]([A-Z0-9]{1,7})[:.](\\d{4})[:.]([A-Z0-9.]{1,25}?)(?=[.,;)]?(?:\\s|$|\\.xml|\\.pdf|\\.html?|\\.docx?))");
    private static final Pattern CVDR = Pattern.compile("\\bCVDR(\\d{3,7})(?:[_/](\\d{1,3}))?\\b");
    private static final Pattern BWB = Pattern.compile("\\bBWB[RV]\\d{7}\\b");
    private static final Pattern VERGADERJAAR = Pattern.compile("(?i)\\bvergaderjaar\\s+(\\d{4})\\s*[–—/-]\\s*(\\d{2,4})");
    private static final Pattern CHAMBER = Pattern.compile("\\b(Tweede|Eerste) Kamer der Staten-Generaal");
    /** "36 600 XVI [dossier title] Nr. 161" after the chamber: dossier, optional chapter, ondernummer. */
    private static final Pattern DOSSIER_NR = Pattern.compile(
            "(?<![\\d/])(\\d{2}) ?(\\d{3})(?:[ -]([IVXL]{1,5}|[A-Z]{1,2}))?\\b(?s:.{0,300}?)\\b[Nn]r\\.\\s*(\\d{1,4}[a-z]?)\\b");
    private static final Pattern GAZETTE_HEADER = Pattern.compile(
            "(?i)\\b(GEMEENTEBLAD|STAATSCOURANT|STAATSBLAD|PROVINCIAAL BLAD)\\b.{0,120}?\\bNr\\.?\\s*(\\d{1,7})");
    /** "gemeente Alphen aan den Rijn", "burgemeester en wethouders van 's-Hertogenbosch". */
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?:\\bgemeenteraad van|\\bburgemeester en wethouders van(?: de gemeente)?|\\b[Gg]emeente)\\s+"
                    + "((?:'s-)?[A-Z][\\p{L}\\p{M}'-]+(?:(?: (?:aan|op|in|bij|de|den|het|van))* [A-Z][\\p{L}\\p{M}'-]+)*)");
    /** Words that follow a municipality's name in a header, never part of it: "gemeente Utrecht Nr. 12". */
    private static final java.util.Set<String> AFTER_MUNICIPALITY = java.util.Set.of("Nr", "Nr.", "Datum",
            "Jaargang", "Gemeenteblad", "Officiële", "Artikel", "Besluit", "Verordening", "Regeling", "Raad", "College",
            "Burgemeester", "Het", "De", "Dit", "Deze", "Postbus", "Organisatietype", "Onderwerp", "Citeertitel");
    /** The fields of a ruling's page on uitspraken.rechtspraak.nl, as saved or printed. */
    private static final Pattern RULING_COURT = Pattern.compile(
            "\\bInstantie:?\\s+((?:Rechtbank|Gerechtshof|Hoge Raad|Raad van State|Centrale Raad van Beroep|College van"
                    + " Beroep)[\\p{L}\\p{M}' -]{0,40}?)(?=\\s+Datum\\b|\\s*\\n|\\s*$)");
    private static final Pattern RULING_DATE = Pattern.compile(
            "\\bDatum uitspraak:?\\s+(\\d{2})-(\\d{2})-(\\d{4})\\b");
    /** The metadata table of a regulation's page on lokaleregelgeving.overheid.nl, as saved or printed. */
    private static final Pattern CVDR_ORGANISATION = Pattern.compile(
            "\\bOrganisatie:?\\s+((?:'s-)?[A-Z][\\p{L}\\p{M}' -]{1,40}?)\\s+Organisatietype:?\\s+Gemeente\\b");
    private static final Pattern CVDR_IDENTIFICATION = Pattern.compile(
            "\\b(?:Identificatie|CVDR-id|Regeling-id):?\\s*CVDR(\\d{3,7})(?:[_/-](\\d{1,3}))?\\b");
    private static final Pattern CVDR_IN_FORCE = Pattern.compile(
            "\\bDatum inwerkingtreding:?\\s+(\\d{2})-(\\d{2})-(\\d{4})\\b");
    /** A gazette's date under its number: "GEMEENTEBLAD … Nr. 66747 11 februari 2022". */
    private static final Pattern GAZETTE_DATE = Pattern.compile(
            "(?i)\\bNr\\.?\\s*\\d{1,7}\\s+(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september"
                    + "|oktober|november|december)\\s+(\\d{4})\\b");
    private static final Pattern MINISTRY = Pattern.compile("\\bMinisterie van ([A-Z][\\p{L} ,]{3,80}?)(?=[\\n.,;]|$| {2})");
    /**
     * A document's own date: a date ("3 maart 2021") right after the words that introduce one ("datum", "Den Haag,",
     * "vastgesteld in de vergadering van", ...). Found as dates first, each then checked for those words before it:
     * trying the words' alternatives at every position of the head was the recogniser's largest cost.
     */
    static final Pattern DATE_PHRASE = Pattern.compile(
            "(?i)(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"
                    + "\\s+(\\d{4})");
    static final Pattern DATE_LEAD = Pattern.compile(
            "(?i)(?:\\bdatum\\b:?|\\bDen Haag,|\\b's-Gravenhage,|\\bd\\.d\\.|\\bvastgesteld (?:in de (?:openbare )?vergadering )?van|(?-i:\\b(?:Vastgesteld|Voorgesteld))|\\bgedaan te [A-Z][a-z]+,?|\\bUitspraakdatum:?)\\s*$");
    /** How far before a date its introducing words are looked for (after the white space before it). */
    private static final int DATE_LEAD_CHARS = 80;
    /**
     * The opening words of an act, decree or ministerial regulation, with its date: "Wet van 1 maart 2014",
     * "Besluit van 27 april 1998", "Regeling van de Minister van … van 12 december 2014", "Beleidsregel van de
     * Minister van … van 17 december 2009". At the start of a text it names what the text is and when it was made.
     */
    private static final Pattern ENACTMENT = Pattern.compile(
            "^\\W{0,4}(Rijkswet|Wet|Besluit|Regeling|Beschikking|Beleidsregel|Aanwijzing|Circulaire|Verordening)\\s+van\\s+"
                    + "(?:de\\s+[^\\n]{0,300}?\\s+van\\s+)?(\\d{1,2})\\s+(januari|februari|maart|april|mei|juni|juli|augustus|"
                    + "september|oktober|november|december)\\s+(\\d{4})\\b");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final java.util.Set<String> NL = java.util.Set.of("de", "het", "een", "van", "en", "in", "is", "op",
            "dat", "voor", "met", "niet", "zijn", "te", "worden", "bij", "aan", "als", "door", "wordt");
    private static final java.util.Set<String> EN = java.util.Set.of("the", "of", "and", "to", "in", "is", "that",
            "for", "with", "not", "are", "be", "by", "on", "as", "this", "which", "from", "or", "an");

    /** The document with what was recognised added to its metadata (never replacing the format's own values). */
    @Override
    public ExtractedDocument recognise(Path file, ExtractedDocument doc) {
        MetadataBuilder md = new MetadataBuilder();
        String name = file.getFileName().toString().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        String head = head(doc.blocks());
        String firstPage = "text of " + (doc.pageCount() > 0 ? "page 1" : "the first paragraphs");

        fromIdentifiers(name, "file name", md);
        fromIdentifiers(headerLines(doc.blocks()), firstPage, md);
        String lower = head.toLowerCase(Locale.ROOT);
        chamberAndDossier(head, firstPage, md);
        Matcher m = findIf(VERGADERJAAR, head, lower.contains("vergaderjaar"));
        if (m != null) {
            String end = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
            md.put(MetadataKeys.VERGADERJAAR, m.group(1) + "-" + end, firstPage);
        }
        Matcher gazette = findIf(GAZETTE_HEADER, head, lower.contains("gemeenteblad") || lower.contains("staatscourant")
                || lower.contains("staatsblad") || lower.contains("provinciaal blad"));
        m = gazette;
        if (m != null && !m.group(1).equalsIgnoreCase("STAATSBLAD")) {
            String prefix = switch (m.group(1).toUpperCase(Locale.ROOT)) {
                case "GEMEENTEBLAD" -> "gmb";
                case "STAATSCOURANT" -> "stcrt";
                default -> "prb";
            };
            Matcher y = Pattern.compile("\\b(20\\d{2}|19\\d{2})\\b").matcher(head);
            if (y.find()) {
                md.put(MetadataKeys.PUBLICATION_ID, prefix + "-" + y.group(1) + "-" + m.group(2), firstPage);
            }
            md.put(MetadataKeys.DOCUMENT_TYPE, capitalise(m.group(1)), firstPage);
        }
        m = findIf(RULING_COURT, head, head.contains("Instantie"));
        if (m != null) {
            md.put(MetadataKeys.COURT, m.group(1).strip(), firstPage + " (Instantie)");
        }
        m = findIf(RULING_DATE, head, head.contains("Datum uitspraak"));
        if (m != null) {
            md.put(MetadataKeys.DATE, m.group(3) + "-" + m.group(2) + "-" + m.group(1), firstPage + " (Datum uitspraak)");
        }
        m = findIf(CVDR_ORGANISATION, head, head.contains("Organisatietype"));
        if (m != null) {
            md.put(MetadataKeys.MUNICIPALITY, m.group(1).strip(), firstPage + " (Organisatie, Organisatietype Gemeente)");
        }
        m = findIf(CVDR_IDENTIFICATION, head, head.contains("CVDR"));
        if (m != null) {
            md.put(MetadataKeys.WORK_ID, "CVDR" + m.group(1), firstPage + " (Identificatie)");
            if (m.group(2) != null) {
                md.put(MetadataKeys.VERSION_ID, "CVDR" + m.group(1) + "_" + m.group(2), firstPage + " (Identificatie)");
            }
        }
        m = findIf(CVDR_IN_FORCE, head, head.contains("Datum inwerkingtreding"));
        if (m != null) {
            md.put(MetadataKeys.VALID_FROM, m.group(3) + "-" + m.group(2) + "-" + m.group(1),
                    firstPage + " (Datum inwerkingtreding)");
        }
        m = MUNICIPALITY.matcher(head);
        while ((head.contains("emeente") || head.contains("burgemeester en wethouders van")) && m.find()) {
            String municipality = municipalityName(m.group(1));
            if (municipality != null) {
                md.put(MetadataKeys.MUNICIPALITY, municipality, firstPage);
                break;
            }
        }
        m = findIf(MINISTRY, head, head.contains("Ministerie van "));
        if (m != null) {
            md.put(MetadataKeys.MINISTRY, "Ministerie van " + m.group(1).strip(), firstPage);
        }
        m = ENACTMENT.matcher(firstLine(doc.blocks()));
        if (m.find()) {
            int month = MONTHS.indexOf(m.group(3)) + 1;
            String origin = firstPage + " (\u201C" + m.group(1) + " van \u2026 " + m.group(2) + " " + m.group(3) + " "
                    + m.group(4) + "\u201D)";
            md.put(MetadataKeys.DATE, String.format("%s-%02d-%02d", m.group(4), month, Integer.parseInt(m.group(2))),
                    origin);
            md.put(MetadataKeys.KIND, "regulation", origin);
        }
        m = ownDate(head);
        if (m != null) {
            int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            md.put(MetadataKeys.DATE, String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(1))),
                    firstPage);
        }
        m = gazette;
        if (m != null) {
            Matcher d = GAZETTE_DATE.matcher(head.substring(m.start(), Math.min(head.length(), m.end() + 40)));
            if (d.find()) {
                int month = MONTHS.indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
                md.put(MetadataKeys.DATE, String.format("%s-%02d-%02d", d.group(3), month,
                        Integer.parseInt(d.group(1))), firstPage + " (the gazette's date)");
            }
        }
        md.put(MetadataKeys.LANGUAGE, language(head), firstPage + " (word counts)");
        kind(md, head, firstPage);
        return doc.withMetadata(md.values(), md.origins());
    }

    /**
     * The pattern's first match in the text, looked for only when {@code possible} (the text holds a word the pattern
     * cannot match without: a quick scan, where trying the pattern at every position of the head is not); else null.
     */
    private static Matcher findIf(Pattern pattern, String text, boolean possible) {
        if (!possible) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    /**
     * The first date in the head with the words that introduce a document's date right before it (see {@link
     * #DATE_PHRASE}): its groups are the day, the month and the year; null when there is none.
     */
    static Matcher ownDate(String head) {
        Matcher date = DATE_PHRASE.matcher(head);
        Matcher lead = DATE_LEAD.matcher(head).useTransparentBounds(true);
        int from = 0;
        while (from < head.length() && date.find(from)) {
            int end = date.start();
            int start = end;
            while (start > 0 && Character.isWhitespace(head.charAt(start - 1))) {
                start--;
            }
            lead.region(Math.max(0, start - DATE_LEAD_CHARS), end);
            if (lead.find()) {
                return date;
            }
            from = date.start() + 1;
        }
        return null;
    }

    /** A municipality's name without the header words after it; null when what follows "gemeente" is no name. */
    static String municipalityName(String found) {
        List<String> words = new java.util.ArrayList<>(List.of(found.strip().split(" ")));
        int cut = 0;
        // "De" and "Het" begin names (De Bilt, Het Hogeland); after the first word they begin the sentence
        while (cut < words.size() && !(AFTER_MUNICIPALITY.contains(words.get(cut))
                && (cut > 0 || !words.get(cut).matches("De|Het")))) {
            cut++;
        }
        words = words.subList(0, cut);
        while (!words.isEmpty() && words.get(words.size() - 1).matches("aan|op|in|bij|de|den|het|van")) {
            words = words.subList(0, words.size() - 1);
        }
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /**
     * Identifiers in the file name, or at the very top of the text (where official copies print their own); further
     * down they are citations of other documents, not this document's identity.
     */
    private static void fromIdentifiers(String text, String origin, MetadataBuilder md) {
        Matcher m = KST_ID.matcher(text);
        if (m.find()) {
            md.put(MetadataKeys.PUBLICATION_ID, m.group(), origin);
            md.put(MetadataKeys.DOSSIER, m.group(1), origin);
            String chapter = m.group(2).isEmpty() ? null : m.group(2).substring(1);
            md.put(MetadataKeys.DOSSIER_CHAPTER, chapter, origin);
            md.put(MetadataKeys.ONDERNUMMER, m.group(3), origin);
            md.put(MetadataKeys.KIND, "parliamentary-paper", origin + " (kst id)");
        }
        m = GAZETTE_ID.matcher(text);
        if (m.find()) {
            md.put(MetadataKeys.PUBLICATION_ID, m.group(), origin);
        }
        m = ECLI.matcher(text);
        if (m.find()) {
            String ecli = "ECLI:" + m.group(1) + ":" + m.group(2) + ":" + m.group(3) + ":" + m.group(4);
            md.put(MetadataKeys.ECLI, ecli, origin);
            md.put(MetadataKeys.COURT, Courts.ofEcliCode(m.group(1), m.group(2)), origin + " (the ECLI's court code)");
            md.put(MetadataKeys.KIND, "ruling", origin + " (ECLI)");
        }
        m = CVDR.matcher(text);
        if (m.find()) {
            md.put(MetadataKeys.WORK_ID, "CVDR" + m.group(1), origin);
            if (m.group(2) != null) {
                md.put(MetadataKeys.VERSION_ID, "CVDR" + m.group(1) + "_" + m.group(2), origin);
            }
        }
        m = BWB.matcher(text);
        if (m.find() && origin.equals("file name")) {
            md.put(MetadataKeys.WORK_ID, m.group(), origin);
            md.put(MetadataKeys.KIND, "regulation", origin + " (BWB id)");
        }
    }

    /**
     * The header of a Kamerstuk: the chamber, then the dossier number (with its budget chapter), then "Nr. 161", within
     * a few lines of each other; layout (line breaks, columns) varies, so the text is read as a whole.
     */
    private static void chamberAndDossier(String head, String origin, MetadataBuilder md) {
        Matcher c = CHAMBER.matcher(head);
        if (!c.find()) {
            return;
        }
        String chamber = c.group(1).equals("Tweede") ? "II" : "I";
        md.put(MetadataKeys.CHAMBER, chamber, origin);
        String after = head.substring(c.end(), Math.min(head.length(), c.end() + 600));
        Matcher d = DOSSIER_NR.matcher(after);
        if (d.find()) {
            md.put(MetadataKeys.DOSSIER, d.group(1) + d.group(2), origin + " (Kamerstuk header)");
            md.put(MetadataKeys.DOSSIER_CHAPTER, d.group(3), origin + " (Kamerstuk header)");
            md.put(MetadataKeys.ONDERNUMMER, d.group(4), origin + " (Kamerstuk header)");
            md.put(MetadataKeys.KIND, "parliamentary-paper", origin + " (Kamerstuk header)");
        }
    }

    /** A letter to parliament: "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal". */
    private static final Pattern TO_PARLIAMENT = Pattern.compile(
            "\\bAan de [Vv]oorzitter\\s+van\\s+de\\s+(Tweede|Eerste)\\s+Kamer\\b");
    /** A circular or an instruction to the public prosecutor, published as a policy rule: "Circulaire aan …". */
    private static final Pattern POLICY_RULE = Pattern.compile("(?m)^\\W{0,4}(?:Circulaire|Aanwijzing)\\b");

    private static void kind(MetadataBuilder md, String head, String origin) {
        Matcher letter = TO_PARLIAMENT.matcher(head);
        if (letter.find()) {
            md.put(MetadataKeys.CHAMBER, letter.group(1).equalsIgnoreCase("tweede") ? "II" : "I", origin);
            md.put(MetadataKeys.KIND, "parliamentary-paper", origin + " (letter to the chamber)");
        }
        if (md.get(MetadataKeys.PUBLICATION_ID) != null && md.get(MetadataKeys.PUBLICATION_ID).startsWith("gmb-")
                && head.contains("Artikel")) {
            md.put(MetadataKeys.KIND, "regulation", origin + " (Gemeenteblad with articles)");
        }
        String start = head.length() > 400 ? head.substring(0, 400) : head;
        if (Pattern.compile("(?m)^(Verordening|Regeling|Beleidsregels?|Nadere regels|Algemene plaatselijke verordening)\\b")
                .matcher(start).find() && head.contains("Artikel 1")) {
            md.put(MetadataKeys.KIND, "regulation", origin + " (title and articles)");
        }
        if (POLICY_RULE.matcher(start).find()) {
            md.put(MetadataKeys.KIND, "regulation", origin + " (circular or instruction: a policy rule)");
        }
        if (Pattern.compile("(?i)\\b(RECHTBANK|GERECHTSHOF|RAAD VAN STATE|CENTRALE RAAD VAN BEROEP|HOGE RAAD)\\b")
                .matcher(start).find() && Pattern.compile("(?i)\\buitspraak\\b").matcher(head).find()) {
            md.put(MetadataKeys.KIND, "ruling", origin + " (court and uitspraak)");
        }
    }

    /**
     * The short lines at the top of page 1, where official copies print their own identifiers (ECLI, kst id, CVDR
     * id); an identifier in a body paragraph is a citation of another document, not this one's identity.
     */
    private static String headerLines(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (TextBlock b : blocks) {
            if (n++ >= HEADER_BLOCKS || b.page() > 1) {
                break;
            }
            for (String line : b.text().split("\n")) {
                if (line.length() <= HEADER_LINE_CHARS) {
                    sb.append(line).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** The first line of text that is not markup (a Markdown copy may start with an HTML meta line). */
    private static String firstLine(List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            for (String line : b.text().split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("<")) {
                    return l;
                }
            }
        }
        return "";
    }

    private static String head(List<TextBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : blocks) {
            if (b.page() > HEAD_PAGES || sb.length() > HEAD_CHARS) {
                break;
            }
            sb.append(b.text()).append('\n');
        }
        return sb.toString();
    }

    /** nl or en by counting function words; null when the text is too short to tell. */
    static String language(String text) {
        int nl = 0;
        int en = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (NL.contains(w)) {
                nl++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        if (nl + en < 8) {
            return null;
        }
        return nl >= en ? "nl" : "en";
    }

    private static String capitalise(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }
}
