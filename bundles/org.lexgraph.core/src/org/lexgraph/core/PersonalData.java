package org.lexgraph.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal data in text about to leave the knowledge base: names after "de heer" or "mevrouw", numbers
 * that pass the eleven test of a burgerservicenummer, dates of birth, street addresses and postcodes, and V-numbers
 * of the immigration service. Sources about people without a residence permit can endanger them when shared
 * carelessly, so exports warn and offer to blank these. Plain legal text (article numbers, gazette numbers, dates of
 * laws) does not trigger it. Stateless.
 */
public final class PersonalData {

    /** What was found: its kind ({@code name}, {@code bsn}, {@code birth-date}, {@code address}, {@code v-number}). */
    public record Finding(String kind, int start, int end, String text) {
    }

    private static final Pattern NAME = Pattern.compile(
            "\\b(?:[Dd]e [Hh]eer|[Mm]evrouw|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.|[Mm]eneer)\\s+((?:\\p{Lu}\\.\\s?)*(?:(?:van|de|der|den|ter|ten|van der|van den)\\s+)?\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+)?)");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\d.,/-])(\\d{4}[.\\s]?\\d{2}[.\\s]?\\d{3}|\\d{9})(?![\\d,/-]|\\.\\d)");
    private static final Pattern BIRTH = Pattern.compile(
            "(?i)\\b(?:geboren\\s+(?:op|te\\s+\\p{L}+\\s+op)|geboortedatum:?|geb\\.)\\s*(\\d{1,2}[-/ ](?:\\d{1,2}|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)[-/ ]\\d{2,4})");
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|pad|dreef|park)\\s+\\d{1,4}\\s?[a-zA-Z]?\\b(?:,?\\s+\\d{4}\\s?[A-Z]{2}\\b)?");
    private static final Pattern POSTCODE = Pattern.compile("\\b[1-9]\\d{3}\\s?(?!SS|SA|SD)[A-Z]{2}\\b(?=\\s+\\p{Lu}\\p{Ll})");
    private static final Pattern V_NUMBER = Pattern.compile("(?i)\\bv-?(?:nummer|nr\\.?)\\s*:?\\s*(\\d[\\d.\\s]{8,13}\\d)");

    private PersonalData() {
    }

    /** Everything found, in the order of the text; overlapping findings are kept once. */
    public static List<Finding> scan(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        add(out, "name", NAME, text, 1);
        add(out, "birth-date", BIRTH, text, 1);
        add(out, "v-number", V_NUMBER, text, 1);
        add(out, "address", ADDRESS, text, 0);
        add(out, "address", POSTCODE, text, 0);
        Matcher m = NINE_DIGITS.matcher(text);
        while (m.find()) {
            if (isBsn(m.group(1).replaceAll("[.\\s]", ""))) {
                out.add(new Finding("bsn", m.start(1), m.end(1), m.group(1)));
            }
        }
        out.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        List<Finding> kept = new ArrayList<>();
        for (Finding f : out) {
            if (kept.isEmpty() || f.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static void add(List<Finding> out, String kind, Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Finding(kind, m.start(group), m.end(group), m.group(group)));
        }
    }

    /** The eleven test of a burgerservicenummer (9 digits, weights 9..2 and -1). */
    static boolean isBsn(String digits) {
        if (digits.length() != 9 || digits.chars().distinct().count() == 1) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0 && sum != 0;
    }

    /** The text with every finding blanked as {@code [naam]}, {@code [BSN]}, ... */
    public static String redact(String text, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(text);
        List<Finding> backwards = new ArrayList<>(findings);
        backwards.sort(Comparator.comparingInt(Finding::start).reversed());
        for (Finding f : backwards) {
            sb.replace(f.start(), f.end(), switch (f.kind()) {
                case "name" -> "[naam]";
                case "bsn" -> "[BSN]";
                case "birth-date" -> "[geboortedatum]";
                case "v-number" -> "[V-nummer]";
                default -> "[adres]";
            });
        }
        return sb.toString();
    }
}
