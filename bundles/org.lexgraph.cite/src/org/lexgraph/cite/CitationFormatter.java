package org.lexgraph.cite;

import java.util.Optional;

/**
 * Writes citations in the form of the Leidraad voor juridische auteurs ({@code Kamerstukken II 2024/25, 36600 XVI,
 * nr. 161, p. 2}) and gives their permalink where one exists ({@code kst-36600-XVI-161}, {@code ECLI:…},
 * {@code jci1.3:c:BWBR…&artikel=…}, {@code CVDR…/n}). Stateless and thread-safe.
 */
public final class CitationFormatter {

    public String leidraad(Citation c) {
        return switch (c.type()) {
            case KAMERSTUK -> kamerstuk(c);
            case HANDELINGEN, AANHANGSEL -> handelingen(c);
            case GAZETTE -> c.field("gazette") + ". " + c.field("year") + ", " + c.field("number");
            case ECLI -> c.field("ecli");
            case LJN -> "LJN " + c.field("ljn");
            case CVDR -> "CVDR" + c.field("work") + (c.field("version") == null ? "" : "/" + c.field("version"));
            // with an article, the Juriconnect form until the law-name table gives "art. 222 Gemeentewet"
            case BWB -> c.field("artikel") == null ? c.field("bwb")
                    : "jci1.3:c:" + c.field("bwb") + "&artikel=" + c.field("artikel");
            case PUBLICATION_ID -> c.field("dossier") != null ? "Kamerstukken " + c.field("dossier") + ", nr. "
                    + c.field("ondernummer") : c.field("id");
            case TK_NUMBER, AKN -> c.text();
            case EU -> c.field("formatted");
            case CASE_NUMBER -> c.text().replaceAll("\\s+", " ").replace("/ ", "/");
            case ARTICLE -> "art. " + c.field("artikel") + (c.field("lid") == null ? "" : " lid " + c.field("lid"))
                    + (c.field("onder") == null ? "" : " onder " + c.field("onder"))
                    // an act the text names by context ("deze verordening", "de wet") is left to the reader's context
                    + (c.field("law") == null || c.field("self") != null || c.field("ref") != null ? ""
                            : " " + c.field("law"));
        };
    }

    private static String kamerstuk(Citation c) {
        StringBuilder sb = new StringBuilder();
        if ("true".equals(c.field("bijlage"))) {
            sb.append("Bijlage bij ");
        }
        sb.append("Kamerstukken");
        if (c.field("kamer") != null) {
            sb.append(' ').append(c.field("kamer"));
        }
        if (c.field("vergaderjaar") != null) {
            sb.append(' ').append(citationYears(c.field("vergaderjaar")));
        }
        sb.append(", ").append(c.field("dossier"));
        if (c.field("chapter") != null) {
            sb.append(' ').append(c.field("chapter"));
        }
        String nr = c.field("ondernummer");
        if (nr != null) {
            sb.append(", ").append(Character.isDigit(nr.charAt(0)) ? "nr. " + nr : nr);
        }
        if (c.field("page") != null) {
            sb.append(", p. ").append(c.field("page"));
        }
        return sb.toString();
    }

    private static String handelingen(Citation c) {
        StringBuilder sb = new StringBuilder(c.type() == CitationType.AANHANGSEL ? "Aanhangsel Handelingen"
                : "Handelingen");
        if (c.field("kamer") != null) {
            sb.append(' ').append(c.field("kamer"));
        }
        sb.append(' ').append(citationYears(c.field("vergaderjaar"))).append(", nr. ").append(c.field("number"));
        if (c.field("item") != null) {
            sb.append(", item ").append(c.field("item"));
        }
        if (c.field("page") != null) {
            sb.append(", p. ").append(c.field("page"));
        }
        return sb.toString();
    }

    /** 2024-2025 → 2024/25; 1999-2000 → 1999/2000 (the Leidraad writes the century when it changes). */
    public static String citationYears(String vergaderjaar) {
        String[] y = vergaderjaar.split("-");
        if (y.length != 2 || y[0].length() != 4 || y[1].length() != 4) {
            return vergaderjaar;
        }
        return y[0].substring(0, 2).equals(y[1].substring(0, 2)) ? y[0] + "/" + y[1].substring(2) : y[0] + "/" + y[1];
    }

    /** The identifier that names the cited document on the official sites, if it has one. */
    public Optional<String> permalink(Citation c) {
        return Optional.ofNullable(switch (c.type()) {
            case KAMERSTUK -> c.field("ondernummer") == null ? null : "kst-" + c.field("dossier")
                    + (c.field("chapter") == null ? "" : "-" + c.field("chapter")) + "-" + c.field("ondernummer");
            case PUBLICATION_ID -> c.field("id");
            case GAZETTE -> c.field("gazette").toLowerCase(java.util.Locale.ROOT) + "-" + c.field("year") + "-"
                    + c.field("number");
            case ECLI -> c.field("ecli");
            case BWB -> "jci1.3:c:" + c.field("bwb") + (c.field("artikel") == null ? "" : "&artikel="
                    + c.field("artikel"));
            case CVDR -> "CVDR" + c.field("work") + (c.field("version") == null ? "" : "/" + c.field("version"));
            case TK_NUMBER -> c.field("id");
            case AKN -> c.field("path");
            case ARTICLE -> c.field("bwb") == null ? null : "jci1.3:c:" + c.field("bwb") + "&artikel="
                    + c.field("artikel");
            case EU -> c.field("celex") == null ? null : "CELEX:" + c.field("celex");
            case HANDELINGEN, AANHANGSEL, LJN, CASE_NUMBER -> null;
        });
    }
}
