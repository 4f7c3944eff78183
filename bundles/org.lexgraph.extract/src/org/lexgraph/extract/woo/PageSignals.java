package org.lexgraph.extract.woo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one page of a bundle says about where it stands in a document: an e-mail header, a letterhead, a memo's or a
 * decision's opening at its top; "pagina 3 van 5"; the document number Woo processing stamps on every page; a
 * closing formula at its end; and the shape of its lines. Read from the page's text, tolerant of OCR (a missing colon,
 * an l read as 1).
 */
record PageSignals(int emailLabels, boolean emailStart, boolean letterhead, boolean memo, boolean decision,
        int pageNumber, int pageTotal, String documentNumber, boolean closing, double meanLineLength, int lines,
        String date, String subject) {

    /** How many of the first lines are looked at for an opening, and of the last for a closing or a stamp. */
    private static final int TOP = 18;
    private static final int BOTTOM = 6;

    private static final Pattern EMAIL_LABEL = Pattern.compile(
            "^\\s*(van|aan|cc|bcc|onderwerp|verzonden|datum|from|to|subject|sent|date)\\s*[:;.]?\\s+\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENDER = Pattern.compile("^\\s*(van|from)\\s*[:;.]?\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(onderwerp|subject)\\s*[:;.]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_OF = Pattern.compile(
            "(?i)\\b(?:pagina|page|blad|bladzijde|p\\.)\\s*([0-9lIO]{1,3})\\s*(?:van|of|/|v\\.)\\s*([0-9lIO]{1,3})\\b");
    /** A stamp is a short line of its own: "Document 12", "Documentnummer: 12", "Inv.nr. 12". */
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "(?i)^\\s*(?:document(?:nummer|nr\\.?)?|doc\\.?\\s*nr\\.?|inventarisnummer|inv\\.?\\s*nr\\.?)\\s*[:.]?\\s*"
                    + "([0-9lIO]{1,5})\\b.{0,30}$");
    private static final Pattern LETTER_MARK = Pattern.compile(
            "(?i)^\\s*(ons kenmerk|uw kenmerk|kenmerk|uw brief van|bijlage\\(n\\)|contactpersoon|doorkiesnummer)\\b");
    private static final Pattern SALUTATION = Pattern.compile("(?i)^\\s*(geachte|beste|l\\.s\\.|aan de)\\b");
    private static final Pattern MEMO = Pattern.compile("(?i)^\\s*(nota|memo|notitie|memorandum)\\b\\s*$|"
            + "(?i)^\\s*(nota|memo|notitie)\\s+(aan|voor|van)\\b");
    private static final Pattern DECISION = Pattern.compile("(?i)^\\s*(besluit|beschikking)\\b");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)\\b(met vriendelijke groet|hoogachtend|met vriendelijke groeten|groet,|kind regards|"
                    + "namens (deze|dezen)|de minister van|de staatssecretaris van|het college van)\\b");
    private static final Pattern DATE = Pattern.compile("(?i)\\b([0-3]?[0-9lI])\\s+(januari|februari|maart|april|mei|"
            + "juni|juli|augustus|september|oktober|november|december)\\s+((?:19|20)[0-9]{2})\\b");

    static PageSignals of(String text) {
        List<String> all = new ArrayList<>();
        for (String l : text.split("\\R")) {
            if (!l.isBlank()) {
                all.add(l.strip());
            }
        }
        List<String> top = all.subList(0, Math.min(TOP, all.size()));
        List<String> bottom = all.subList(Math.max(0, all.size() - BOTTOM), all.size());
        int labels = 0;
        boolean sender = false;
        String subject = null;
        for (String l : top) {
            if (EMAIL_LABEL.matcher(l).find()) {
                labels++;
            }
            sender |= SENDER.matcher(l).find();
            Matcher s = SUBJECT.matcher(l);
            if (subject == null && s.find()) {
                subject = s.group(2).strip();
            }
        }
        boolean letter = false;
        boolean salutation = false;
        boolean subjectLine = false;
        boolean memo = false;
        boolean decision = false;
        for (int i = 0; i < top.size(); i++) {
            String l = top.get(i);
            letter |= LETTER_MARK.matcher(l).find();
            salutation |= SALUTATION.matcher(l).find();
            subjectLine |= l.regionMatches(true, 0, "onderwerp", 0, 9);
            if (i < 4) {
                memo |= MEMO.matcher(l).find();
                decision |= DECISION.matcher(l).find();
            }
        }
        int number = 0;
        int total = 0;
        for (List<String> part : List.of(bottom, top.subList(0, Math.min(4, top.size())))) {
            for (String l : part) {
                Matcher m = PAGE_OF.matcher(l);
                if (m.find()) {
                    number = digits(m.group(1));
                    total = digits(m.group(2));
                    break;
                }
            }
            if (number > 0) {
                break;
            }
        }
        String docNumber = null;
        List<String> edges = new ArrayList<>(top.subList(0, Math.min(3, top.size())));
        edges.addAll(bottom);
        for (String l : edges) {
            Matcher m = DOC_NUMBER.matcher(l);
            if (m.find()) {
                docNumber = Integer.toString(digits(m.group(1)));
                break;
            }
        }
        boolean closing = false;
        for (String l : all.subList(Math.max(0, all.size() - 12), all.size())) {
            closing |= CLOSING.matcher(l).find();
        }
        String date = null;
        for (String l : top) {
            Matcher d = DATE.matcher(l);
            if (d.find()) {
                date = digits(d.group(1)) + " " + d.group(2).toLowerCase(Locale.ROOT) + " " + d.group(3);
                break;
            }
        }
        double mean = all.isEmpty() ? 0 : all.stream().mapToInt(String::length).average().orElse(0);
        // a letter's first page: its salutation, or its reference, subject and date (a later page of a letter in the
        // government's style repeats date and reference, with its page number)
        boolean letterhead = salutation && (letter || date != null)
                || letter && subjectLine && date != null && number <= 1 && labels <= 2;
        return new PageSignals(labels, labels >= 2 && sender, letterhead, memo, decision,
                number, total, docNumber, closing, mean, all.size(), date, subject);
    }

    /** A number as OCR may have read it (l and I for 1, O for 0). */
    private static int digits(String s) {
        String d = s.replace('l', '1').replace('I', '1').replace('O', '0');
        try {
            return Integer.parseInt(d);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the page opens a document by its own look (a header, a letterhead, a memo or decision heading). */
    boolean opens() {
        return emailStart || letterhead || memo || decision;
    }

    /** The kind of document a page opening it suggests. */
    String kind() {
        return memo ? "nota" : decision ? "besluit" : emailStart ? "e-mail" : letterhead ? "brief" : "document";
    }
}
