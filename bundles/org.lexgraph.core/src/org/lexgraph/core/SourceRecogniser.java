package org.lexgraph.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;

/**
 * Decides what kind of source a file is and fills in its title, date and identifiers from what the extractor found:
 * an ECLI in the metadata makes a ruling, a BWB id in the file name or first lines a regulation; anything else is a
 * generic document. Stateless and thread-safe.
 */
public class SourceRecogniser {

    private static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]{1,25}");
    private static final Pattern BWB = Pattern.compile("BWB[RV]\\d{7}");
    /** "Wet van 23 november 2000 tot ... (Vreemdelingenwet 2000)": the citation title is in the parentheses. */
    private static final Pattern LONG_TITLE = Pattern.compile(
            "^(Wet|Besluit|Regeling|Verordening|Rijkswet|Beschikking)\\b.*\\(([^()]{3,120})\\)\\s*$");

    /**
     * Creates the source object for an extracted file.
     *
     * @param hint the kind the caller knows the file to be, or {@code null} to recognise it
     */
    public Source recognise(Path file, ExtractedDocument doc, SourceKind hint) {
        String ecli = findEcli(doc);
        String bwb = findBwb(file, doc);
        SourceKind kind = hint != null ? hint : ecli != null ? SourceKind.RULING
                : bwb != null ? SourceKind.REGULATION : SourceKind.GENERIC_DOCUMENT;
        Source source = (Source) LexgraphFactory.eINSTANCE.create(kind.eClass());
        if (source instanceof Ruling r) {
            r.setEcli(ecli);
        } else if (source instanceof Regulation r) {
            r.setWorkId(bwb);
        }
        source.setTitle(title(file, doc, kind, ecli));
        source.setLanguage(doc.metadata(MetadataKeys.LANGUAGE));
        source.setDate(parseDate(doc.metadata(MetadataKeys.DATE)));
        return source;
    }

    private static String findEcli(ExtractedDocument doc) {
        String id = doc.metadata(MetadataKeys.IDENTIFIER);
        if (id != null) {
            Matcher m = ECLI.matcher(id);
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    private static String findBwb(Path file, ExtractedDocument doc) {
        Matcher m = BWB.matcher(file.getFileName().toString());
        if (m.find()) {
            return m.group();
        }
        String id = doc.metadata(MetadataKeys.IDENTIFIER);
        if (id != null && (m = BWB.matcher(id)).find()) {
            return m.group();
        }
        return null;
    }

    static String title(Path file, ExtractedDocument doc, SourceKind kind, String ecli) {
        String t = doc.metadata(MetadataKeys.TITLE);
        if (kind == SourceKind.RULING && ecli != null) {
            String court = doc.metadata(MetadataKeys.AUTHOR);
            String date = doc.metadata(MetadataKeys.DATE);
            return (court != null ? court + " " : "") + (date != null ? date + ", " : "") + ecli;
        }
        if (t == null) {
            for (TextBlock b : doc.blocks()) {
                if (b.isHeading() || t == null) {
                    t = b.text();
                    if (b.isHeading()) {
                        break;
                    }
                }
            }
        }
        if (t != null) {
            Matcher m = LONG_TITLE.matcher(t);
            if (m.matches()) {
                t = m.group(2).strip();
            }
            if (t.length() > 160) {
                int cut = t.lastIndexOf(' ', 157);
                t = t.substring(0, cut > 40 ? cut : 157) + "…";
            }
        }
        if (t == null || t.isBlank()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            t = dot > 0 ? name.substring(0, dot) : name;
        }
        return t;
    }

    private static Date parseDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
