package org.lexgraph.extract.woo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.lexgraph.tests.support.Fixtures;

/**
 * Generated Woo bundles with their true documents, for the page stream segmentation benchmark and tests: e-mails (a
 * header block, names redacted as "5.1.2e", earlier messages quoted in the body), letters (letterhead, date,
 * reference, salutation, closing), memos, decisions and attachments without any opening of their own; page numbers
 * "Pagina x van n" in some documents, Woo's document number stamped on every page in some bundles; and OCR'd bundles
 * in which characters are misread, colons lost and lines dropped. Text from the repository's public laws.
 * Deterministic for a seed.
 */
final class WooBundles {

    /** A bundle: its pages' text, the first page of each true document (1-based), and whether it was OCR'd. */
    record Bundle(String name, List<String> pages, List<Integer> starts, boolean ocr) {
    }

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december"};
    private static final String[] DAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"};
    private static final String[] TOPICS = {"opvang ongedocumenteerden", "bed, bad en brood", "LVV-pilot",
        "medisch noodzakelijke zorg", "terugkeer en vertrek", "Wob-verzoek nachtopvang", "financiering LVV",
        "zorgverzekering vreemdelingen", "leerplicht kinderen zonder verblijfsvergunning", "aangifte zonder risico"};
    private static final String[] SENDERS = {"Ministerie van Justitie en Veiligheid", "Gemeente Utrecht",
        "Gemeente Amsterdam", "Dienst Terugkeer en Vertrek", "Immigratie- en Naturalisatiedienst",
        "Ministerie van Volksgezondheid, Welzijn en Sport", "Vereniging van Nederlandse Gemeenten"};
    private static final int LINES = 38;

    private final Random random;
    private final List<String> sentences;

    WooBundles(long seed) throws IOException {
        random = new Random(seed);
        sentences = sentences();
    }

    /** {@code n} bundles. */
    List<Bundle> generate(int n) {
        List<Bundle> out = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            boolean ocr = random.nextDouble() < 0.35;
            boolean stamped = random.nextDouble() < 0.5;
            int docs = random.nextDouble() < 0.15 ? 1 + random.nextInt(2) : 3 + random.nextInt(28);
            List<String> pages = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            for (int d = 1; d <= docs; d++) {
                starts.add(pages.size() + 1);
                List<String> doc = document();
                boolean numbered = random.nextDouble() < 0.6;
                for (int p = 0; p < doc.size(); p++) {
                    String page = doc.get(p);
                    if (numbered) {
                        page = page + "\n\nPagina " + (p + 1) + " van " + doc.size();
                    }
                    if (stamped) {
                        page = "Documentnummer " + d + "\n" + page;
                    }
                    pages.add(ocr ? ocr(page) : page);
                }
            }
            out.add(new Bundle("bundel-" + (b + 1), pages, starts, ocr));
        }
        return out;
    }

    /** One document's pages. */
    private List<String> document() {
        double k = random.nextDouble();
        if (k < 0.45) {
            return paged(email(), 1 + random.nextInt(random.nextDouble() < 0.8 ? 2 : 3));
        } else if (k < 0.65) {
            return paged(letter(), 1 + random.nextInt(4));
        } else if (k < 0.8) {
            return paged(memo(), 1 + random.nextInt(3));
        } else if (k < 0.9) {
            return paged(decision(), 2 + random.nextInt(5));
        }
        return paged(List.of(capitalised(sentence(6)), ""), 2 + random.nextInt(7)); // an attachment: no opening
    }

    private List<String> email() {
        List<String> l = new ArrayList<>();
        l.add("Van: " + (random.nextBoolean() ? "5.1.2e" : pick(SENDERS)) + " <5.1.2e@" + domain() + ">");
        l.add("Verzonden: " + pick(DAYS) + " " + date() + " " + (8 + random.nextInt(10)) + ":" + (10 + random.nextInt(50)));
        l.add("Aan: 5.1.2e <5.1.2e@" + domain() + ">");
        if (random.nextBoolean()) {
            l.add("CC: 5.1.2e");
        }
        l.add("Onderwerp: " + (random.nextBoolean() ? "RE: " : "") + pick(TOPICS));
        l.add("");
        l.add(random.nextBoolean() ? "Beste 5.1.2e," : "Hoi,");
        return l;
    }

    private List<String> letter() {
        List<String> l = new ArrayList<>();
        l.add(pick(SENDERS));
        l.add("Postbus " + (100 + random.nextInt(9000)));
        l.add("");
        l.add("Datum " + date());
        l.add("Onderwerp " + capitalised(pick(TOPICS)));
        l.add("Ons kenmerk " + (1000000 + random.nextInt(8999999)));
        l.add("");
        l.add("Geachte heer, mevrouw,");
        return l;
    }

    private List<String> memo() {
        List<String> l = new ArrayList<>();
        l.add(random.nextBoolean() ? "Nota" : "Memo");
        l.add("Aan: de minister");
        l.add("Van: 5.1.2e");
        l.add("Datum: " + date());
        l.add("Onderwerp: " + pick(TOPICS));
        l.add("");
        return l;
    }

    private List<String> decision() {
        List<String> l = new ArrayList<>();
        l.add("Besluit op het verzoek om " + pick(TOPICS));
        l.add("");
        l.add("Datum " + date());
        l.add("");
        return l;
    }

    /** The document's opening, then body text over {@code n} pages, a closing on the last. */
    private List<String> paged(List<String> opening, int n) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<String> lines = new ArrayList<>(p == 0 ? opening : List.of());
            int body = LINES - lines.size() - (p == n - 1 ? 4 : 0) - (p == n - 1 ? random.nextInt(LINES / 2) : 0);
            StringBuilder para = new StringBuilder();
            while (lines.size() < LINES - (p == n - 1 ? 4 : 0) && body-- > 0) {
                if (opening.get(0).startsWith("Van:") && random.nextDouble() < 0.02) {
                    // an earlier message quoted in the thread
                    lines.add("");
                    lines.add("Van: 5.1.2e");
                    lines.add("Verzonden: " + pick(DAYS) + " " + date());
                    lines.add("Onderwerp: " + pick(TOPICS));
                    continue;
                }
                para.append(sentence(1)).append(' ');
                if (para.length() > 80) {
                    lines.add(para.substring(0, 80).strip());
                    para = new StringBuilder(para.substring(80));
                }
            }
            if (p == n - 1) {
                lines.add("");
                lines.add("Met vriendelijke groet,");
                lines.add("");
                lines.add("5.1.2e");
            }
            out.add(String.join("\n", lines));
        }
        return out;
    }

    /** The text as an OCR engine might give it. */
    private String ocr(String page) {
        StringBuilder sb = new StringBuilder(page.length());
        String[] lines = page.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i < 2 && random.nextDouble() < 0.1) {
                continue; // a line at the edge lost
            }
            for (char c : lines[i].toCharArray()) {
                double r = random.nextDouble();
                if (c == ':' && r < 0.3) {
                    continue;
                } else if (r < 0.015) {
                    sb.append(switch (c) {
                        case 'l' -> '1';
                        case 'o' -> '0';
                        case 'e' -> 'c';
                        case 'n' -> 'm';
                        case 'i' -> 'l';
                        default -> c;
                    });
                } else {
                    sb.append(c);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String date() {
        return (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + (2019 + random.nextInt(5));
    }

    private String domain() {
        return random.nextBoolean() ? "minjenv.nl" : random.nextBoolean() ? "utrecht.nl" : "ind.nl";
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private String sentence(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
        }
        return sb.toString().strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Sentences of the repository's public laws (the test corpus). */
    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.corpus().resolve("bwb-markdown"))) {
            for (Path f : files.sorted().toList()) {
                for (String s : Files.readString(f, StandardCharsets.UTF_8).replaceAll("[#*>|`]", " ")
                        .split("(?<=[.;])\\s+")) {
                    String t = s.replaceAll("\\s+", " ").strip();
                    if (t.length() >= 40 && t.length() <= 300 && !t.matches("(?i)^(van|aan|datum|onderwerp)\\b.*")) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }
}
