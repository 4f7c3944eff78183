package org.lexgraph.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A basket written out: Markdown and DOCX to paste into a letter (quote, citation, note, grouped by the asks the
 * quotes support), and CSL-JSON, RIS and BibTeX for reference managers such as Zotero (legal item types, {@code
 * jurisdiction: nl}, the identifier and permalink in fields they keep).
 */
public final class BasketExport {

    private BasketExport() {
    }

    /**
     * Writes a basket in one of the formats contributed through {@link Exporters} (by id: {@code markdown},
     * {@code docx}, {@code csl-json}, {@code ris}, {@code bibtex} built in); {@code askLabels} names the asks.
     */
    public static byte[] write(String format, String basket, List<QuoteView> quotes, Map<String, String> askLabels)
            throws IOException {
        return Exporters.write(format, basket, quotes, askLabels);
    }

    /** The quotes per ask they support, in basket order; quotes without an ask last under "" (a quote may repeat). */
    static Map<String, List<QuoteView>> byAsk(List<QuoteView> quotes) {
        Map<String, List<QuoteView>> out = new LinkedHashMap<>();
        for (QuoteView q : quotes) {
            if (q.asks().isEmpty()) {
                continue;
            }
            for (String a : q.asks()) {
                out.computeIfAbsent(a, k -> new ArrayList<>()).add(q);
            }
        }
        List<QuoteView> none = quotes.stream().filter(q -> q.asks().isEmpty()).toList();
        if (!none.isEmpty()) {
            out.put("", none);
        }
        return out;
    }

    public static String markdown(String basket, List<QuoteView> quotes, Map<String, String> askLabels) {
        StringBuilder sb = new StringBuilder("# ").append(basket).append("\n\n");
        for (var group : byAsk(quotes).entrySet()) {
            if (!group.getKey().isEmpty() || byAsk(quotes).size() > 1) {
                sb.append("## ").append(group.getKey().isEmpty() ? "Overige citaten"
                        : group.getKey() + " " + askLabels.getOrDefault(group.getKey(), "")).append("\n\n");
            }
            for (QuoteView q : group.getValue()) {
                sb.append("> ").append(q.text().strip().replace("\n", "\n> ")).append("\n\n");
                sb.append(q.citation());
                if (q.permalink() != null) {
                    sb.append(" (<").append(q.permalink()).append(">)");
                }
                sb.append("\n\n");
                if (q.exportNote() != null && !q.exportNote().isBlank()) {
                    sb.append("*").append(q.exportNote().strip()).append("*\n\n");
                }
                if (q.changed()) {
                    sb.append("*(De bron is sindsdien gewijzigd: controleer het citaat.)*\n\n");
                }
            }
        }
        return sb.toString();
    }

    public static byte[] docx(String basket, List<QuoteView> quotes, Map<String, String> askLabels)
            throws IOException {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText(basket);
            Map<String, List<QuoteView>> groups = byAsk(quotes);
            for (var group : groups.entrySet()) {
                if (!group.getKey().isEmpty() || groups.size() > 1) {
                    var h = doc.createParagraph().createRun();
                    h.setBold(true);
                    h.setFontSize(13);
                    h.setText(group.getKey().isEmpty() ? "Overige citaten"
                            : group.getKey() + " " + askLabels.getOrDefault(group.getKey(), ""));
                }
                for (QuoteView q : group.getValue()) {
                    var quote = doc.createParagraph();
                    quote.setIndentationLeft(567);
                    var r = quote.createRun();
                    r.setItalic(true);
                    r.setText("\u201c" + q.text().strip() + "\u201d");
                    var cite = doc.createParagraph().createRun();
                    cite.setText(q.citation() + (q.permalink() == null ? "" : " (" + q.permalink() + ")"));
                    if (q.exportNote() != null && !q.exportNote().isBlank()) {
                        var note = doc.createParagraph().createRun();
                        note.setColor("555555");
                        note.setText(q.exportNote().strip());
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The CSL type of a source kind: legislation, legal_case, bill, report, document. */
    static String cslType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "regulation" -> "legislation";
            case "ruling" -> "legal_case";
            case "parliamentary-paper" -> "bill";
            case "ngo-document" -> "report";
            default -> "document";
        };
    }

    /**
     * The quotes as CSL-JSON (written by Jackson): an array with one item per line, each with only the variables that
     * have a value.
     */
    public static String cslJson(List<QuoteView> quotes) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < quotes.size(); i++) {
            QuoteView q = quotes.get(i);
            com.fasterxml.jackson.databind.node.ObjectNode item = CSL.createObjectNode();
            field(item, "id", "lexgraph-" + q.id());
            field(item, "type", cslType(q.kind()));
            field(item, "title", q.title());
            field(item, "jurisdiction", "nl");
            field(item, "number", q.identifier());
            // a court or legislator is the authority (CSL's legal variable); who issued a report is its publisher
            field(item, java.util.Set.of("legislation", "legal_case", "bill").contains(cslType(q.kind())) ? "authority"
                    : "publisher", q.authority());
            field(item, "URL", q.permalink());
            if (!"legal_case".equals(cslType(q.kind()))) {
                // where the words stand: Zotero's "Section" of a statute or bill (a case's r.o. is in the note)
                field(item, pinpointIsPages(q.pinpoint()) ? "page" : "section", pages(q.pinpoint()));
            }
            field(item, "language", "nl");
            field(item, "note", q.citationInNote()
                    + (q.exportNote() == null || q.exportNote().isBlank() ? "" : "\n" + q.exportNote().strip()));
            field(item, "abstract", q.text());
            if (q.citedDate() != null) {
                String[] d = q.citedDate().split("-");
                item.putObject("issued").putArray("date-parts").addArray().add(Integer.parseInt(d[0]))
                        .add(Integer.parseInt(d[1])).add(Integer.parseInt(d[2]));
            }
            try {
                sb.append("  ").append(CSL.writeValueAsString(item)).append(i + 1 < quotes.size() ? ",\n" : "\n");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("cannot write CSL-JSON: " + e.getMessage(), e);
            }
        }
        return sb.append("]\n").toString();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper CSL =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static void field(com.fasterxml.jackson.databind.node.ObjectNode item, String name, String value) {
        if (value != null && !value.isBlank()) {
            item.put(name, value);
        }
    }

    /** The RIS type of a source kind: STAT, CASE, BILL, RPRT, GEN. */
    static String risType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "regulation" -> "STAT";
            case "ruling" -> "CASE";
            case "parliamentary-paper" -> "BILL";
            case "ngo-document" -> "RPRT";
            default -> "GEN";
        };
    }

    public static String ris(List<QuoteView> quotes) {
        StringBuilder sb = new StringBuilder();
        for (QuoteView q : quotes) {
            ris(sb, "TY", risType(q.kind()));
            ris(sb, "TI", q.title());
            if (q.citedDate() != null) {
                ris(sb, "DA", q.citedDate().replace('-', '/'));
                ris(sb, "PY", q.citedDate().substring(0, 4));
            }
            // the court of a case and the publisher of a report are PB (Zotero's and citation-js's reading)
            ris(sb, "PB", q.authority());
            ris(sb, "M1", q.identifier());
            ris(sb, "UR", q.permalink());
            if (!"CASE".equals(risType(q.kind()))) {
                ris(sb, pinpointIsPages(q.pinpoint()) ? "SP" : "SE", pages(q.pinpoint()));
            }
            ris(sb, "LA", "nl");
            ris(sb, "CY", "Nederland");
            ris(sb, "AB", q.text());
            ris(sb, "N1", q.citationInNote() + (q.exportNote() == null || q.exportNote().isBlank() ? "" : " — " + q.exportNote().strip()));
            sb.append("ER  - \r\n");
        }
        return sb.toString();
    }

    private static void ris(StringBuilder sb, String tag, String value) {
        if (value != null && !value.isBlank()) {
            sb.append(tag).append("  - ").append(value.replaceAll("\\s*\\R\\s*", " ").strip()).append("\r\n");
        }
    }

    /**
     * The BibLaTeX entry type of a source kind: {@code @legislation} and {@code @jurisdiction} (which readers such as
     * citation-js take as statute and case), {@code @report} for Kamerstukken and NGO reports, else {@code @misc}.
     */
    static String bibType(String kind) {
        return switch (kind == null ? "" : kind) {
            case "regulation" -> "legislation";
            case "ruling" -> "jurisdiction";
            case "parliamentary-paper", "ngo-document" -> "report";
            default -> "misc";
        };
    }

    public static String bibtex(List<QuoteView> quotes) {
        StringBuilder sb = new StringBuilder();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (QuoteView q : quotes) {
            String base = (q.identifier() != null ? q.identifier() : q.id()).replaceAll("[^A-Za-z0-9]+", "");
            String key = base;
            for (int n = 2; !keys.add(key); n++) {
                key = base + n;
            }
            String type = bibType(q.kind());
            sb.append('@').append(type).append('{').append(key).append(",\n");
            bib(sb, "title", q.title());
            if (q.citedDate() != null) {
                bib(sb, "date", q.citedDate());
            }
            if ("parliamentary-paper".equals(q.kind())) {
                bib(sb, "type", "Kamerstuk");
            }
            bib(sb, type.equals("report") ? "institution" : "publisher", q.authority());
            bib(sb, "number", q.identifier());
            verbatim(sb, "url", q.permalink());
            if (pinpointIsPages(q.pinpoint())) {
                bib(sb, "pages", pages(q.pinpoint()));
            } else if (q.pinpoint() != null && !q.pinpoint().isBlank() && !type.equals("jurisdiction")) {
                // not a page: the article (or section) where the words stand, read as a CSL section
                bib(sb, "pages", q.pinpoint());
                bib(sb, "bookpagination", "section");
            }
            // the citation as the Leidraad writes it, for styles that cannot build it, then the notes
            bib(sb, "note", q.citationInNote() + (q.exportNote() == null || q.exportNote().isBlank() ? ""
                    : ". " + q.exportNote().strip()));
            bib(sb, "langid", "dutch");
            sb.append("}\n\n");
        }
        return sb.toString();
    }

    /** A field read verbatim by BibLaTeX ({@code url}): written as it is, only unbalanced braces left out. */
    private static void verbatim(StringBuilder sb, String field, String value) {
        if (value != null && !value.isBlank()) {
            sb.append("  ").append(field).append(" = {").append(value.strip().replace("{", "%7B").replace("}", "%7D"))
                    .append("},\n");
        }
    }

    /** Whether a pinpoint names pages ("p. 2", "p. 7-9"), not an article or a ground ("art. 10 lid 2", "r.o. 4"). */
    static boolean pinpointIsPages(String pinpoint) {
        return pinpoint != null && pinpoint.strip().matches("(?i)pp?\\.\\s*\\d+([–-]\\d+)?");
    }

    /** A pinpoint as a page number when it names pages ("p. 2" is 2), else as written. */
    static String pages(String pinpoint) {
        return pinpoint == null ? null : pinpointIsPages(pinpoint) ? pinpoint.strip().replaceFirst("(?i)pp?\\.\\s*", "")
                : pinpoint.strip();
    }

    private static void bib(StringBuilder sb, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip().replaceAll("\\s+", " ").replace("\\", "\\textbackslash{}").replace("{", "\\{")
                .replace("}", "\\}").replace("%", "\\%").replace("&", "\\&").replace("#", "\\#").replace("_", "\\_")
                .replace("$", "\\$");
        sb.append("  ").append(field).append(" = {").append(v).append("},\n");
    }
}
