package org.lexgraph.extract.official;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataBuilder;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.StructureNode;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.extract.formats.XmlTextExtractor;

/**
 * Reads the official Dutch XML formats, recognised by their root element (never by file name), with their metadata
 * and structure: CVDR (municipal and other decentral regulations), BWB toestand (consolidated national law),
 * rechtspraak.nl open data (rulings) and officielebekendmakingen publications (Kamerstukken, Staatscourant,
 * Gemeenteblad) with the {@code metadata.xml} beside them. Any other XML is read as text by
 * {@link XmlTextExtractor}. DTDs and external entities are never resolved. Thread-safe.
 */
public final class OfficialXmlExtractor implements Extractor {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern CVDR_ID = Pattern.compile("CVDR(?://)?(\\d+)(?:[_/-](\\d+))?");
    private static final Pattern DOSSIER = Pattern.compile("^(\\d{5})(?:[- ]([A-Z]{1,4}|[IVXL]+))?$");

    /** Read from metadata.xml to tell a municipality from other creators; not a field of its own. */
    private static final String ORGANISATION_TYPE = "organisationType";
    /** A metadata.xml beside the publication that could not be read: kept, so that the provenance says so. */
    private static final String METADATA_PROBLEM = "metadataProblem";

    private final XmlTrees trees = new XmlTrees();
    private final XmlTextExtractor generic = new XmlTextExtractor();

    @Override
    public String id() {
        return "xml";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.XML.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        XmlNode root = trees.read(file);
        return switch (root.name()) {
            case "cvdr" -> cvdr(root);
            case "toestand" -> bwb(root);
            case "open-rechtspraak" -> rechtspraak(root);
            case "officiele-publicatie" -> publication(file, root);
            default -> {
                if (isPublicationMetadata(root)) {
                    if (hasPublicationBeside(file)) {
                        throw ExtractionException.notADocument("publication metadata, read together with the "
                                + "publication's XML in the same folder");
                    }
                    throw new ExtractionException("publication metadata only (no text): import it together with the "
                            + "publication's XML in the same folder");
                }
                yield generic.extract(file, mediaType);
            }
        };
    }

    // --- CVDR -----------------------------------------------------------------------------------------------------

    private ExtractedDocument cvdr(XmlNode root) throws ExtractionException {
        MetadataBuilder md = new MetadataBuilder();
        md.put(MetadataKeys.KIND, "regulation", "CVDR XML (root element cvdr)");
        md.put(MetadataKeys.DOCUMENT_TYPE, "CVDR", "CVDR XML (root element cvdr)");
        XmlNode meta = root.find("meta");
        if (meta != null) {
            String id = text(meta, "identifier");
            if (id != null) {
                Matcher m = CVDR_ID.matcher(id);
                if (m.find()) {
                    String version = m.group(2) == null ? "1" : m.group(2);
                    md.put(MetadataKeys.VERSION_ID, "CVDR" + m.group(1) + "_" + version, "CVDR dcterms:identifier");
                    md.put(MetadataKeys.IDENTIFIER, "CVDR" + m.group(1) + "_" + version, "CVDR dcterms:identifier");
                }
            }
            md.put(MetadataKeys.TITLE, text(meta, "title"), "CVDR dcterms:title");
            md.put(MetadataKeys.LANGUAGE, text(meta, "language"), "CVDR dcterms:language");
            XmlNode creator = meta.find("creator");
            if (creator != null) {
                String scheme = creator.attr("scheme") == null ? "" : creator.attr("scheme").toLowerCase(Locale.ROOT);
                String name = creator.text();
                if (scheme.contains("gemeente") || scheme.isEmpty()) {
                    md.put(MetadataKeys.MUNICIPALITY, stripPrefix(name, "Gemeente "), "CVDR dcterms:creator");
                }
                md.put(MetadataKeys.AUTHOR, name, "CVDR dcterms:creator");
            }
            md.put(MetadataKeys.PUBLICATION, text(meta, "isFormatOf"), "CVDR dcterms:isFormatOf");
            md.put(MetadataKeys.RATIFIED_BY, text(meta, "isRatifiedBy"), "CVDR dcterms:isRatifiedBy");
            md.put(MetadataKeys.SUBJECT, text(meta, "subject"), "CVDR dcterms:subject");
            md.put(MetadataKeys.DATE, date(text(meta, "issued")), "CVDR dcterms:issued");
            for (XmlNode src : meta.findAll("source")) {
                String ref = src.attr("resourceIdentifier");
                String label = src.text();
                md.append(MetadataKeys.LEGAL_BASIS, (ref == null ? "" : ref + " ") + label, "CVDR dcterms:source");
            }
            md.put(MetadataKeys.VALID_FROM, date(text(meta, "inwerkingtredingDatum")),
                    "CVDR overheidrg:inwerkingtredingDatum");
            md.put(MetadataKeys.VALID_TO, date(text(meta, "uitwerkingtredingDatum")),
                    "CVDR overheidrg:uitwerkingtredingDatum");
            md.put(MetadataKeys.CHANGE, text(meta, "betreft"), "CVDR overheidrg:betreft");
            String work = text(meta, "isVersionOf");
            if (work == null) {
                XmlNode w = meta.find("work");
                work = w == null ? null : w.text();
            }
            if (work != null) {
                Matcher m = CVDR_ID.matcher(work);
                if (m.find()) {
                    md.put(MetadataKeys.WORK_ID, "CVDR" + m.group(1), "CVDR dcterms:isVersionOf");
                }
            }
        }
        if (md.get(MetadataKeys.WORK_ID) == null && md.get(MetadataKeys.VERSION_ID) != null) {
            // without an explicit work, the version id's number names the work (CVDR641872_2 → CVDR641872)
            String v = md.get(MetadataKeys.VERSION_ID);
            md.put(MetadataKeys.WORK_ID, v.substring(0, v.indexOf('_')), "CVDR dcterms:identifier (work part)");
        }
        XmlNode body = root.find("body");
        StructuredText st = new StructuredText();
        st.walk(body != null ? body : root);
        return document(st, md);
    }

    // --- BWB toestand ---------------------------------------------------------------------------------------------

    private ExtractedDocument bwb(XmlNode root) throws ExtractionException {
        MetadataBuilder md = new MetadataBuilder();
        md.put(MetadataKeys.KIND, "regulation", "BWB toestand XML (root element toestand)");
        md.put(MetadataKeys.DOCUMENT_TYPE, "BWB", "BWB toestand XML (root element toestand)");
        String id = root.attr("bwb-id");
        md.put(MetadataKeys.WORK_ID, id, "BWB toestand @bwb-id");
        md.put(MetadataKeys.IDENTIFIER, id, "BWB toestand @bwb-id");
        String from = date(root.attr("inwerkingtreding"));
        md.put(MetadataKeys.VALID_FROM, from, "BWB toestand @inwerkingtreding");
        md.put(MetadataKeys.VALID_TO, date(root.attr("einddatum")), "BWB toestand @einddatum");
        md.put(MetadataKeys.VERSION_ID, id != null && from != null ? id + "@" + from : null,
                "BWB toestand @bwb-id and @inwerkingtreding");
        md.put(MetadataKeys.DATE, from, "BWB toestand @inwerkingtreding");
        XmlNode wetgeving = root.find("wetgeving");
        if (wetgeving != null) {
            md.put(MetadataKeys.TITLE, wetgeving.childText("citeertitel"), "BWB citeertitel");
            md.put(MetadataKeys.TITLE, wetgeving.childText("intitule"), "BWB intitule");
            md.put(MetadataKeys.SUBJECT, wetgeving.attr("soort"), "BWB wetgeving @soort");
        }
        md.put(MetadataKeys.LANGUAGE, "nl", "BWB (Dutch law)");
        // the publications that changed what came into force on this date: the @bron of those articles
        if (from != null) {
            java.util.Set<String> sources = new java.util.LinkedHashSet<>();
            for (XmlNode a : root.findAll("artikel")) {
                if (from.equals(date(a.attr("inwerking"))) && a.attr("bron") != null && !a.attr("bron").isBlank()) {
                    sources.add(a.attr("bron").strip());
                }
            }
            md.put(MetadataKeys.PUBLICATION, sources.isEmpty() ? null : String.join("; ", sources),
                    "BWB artikel @bron of the articles in force from " + from);
        }
        StructuredText st = new StructuredText();
        st.walk(wetgeving != null ? wetgeving : root);
        return document(st, md);
    }

    // --- rechtspraak.nl -------------------------------------------------------------------------------------------

    private ExtractedDocument rechtspraak(XmlNode root) throws ExtractionException {
        MetadataBuilder md = new MetadataBuilder();
        md.put(MetadataKeys.KIND, "ruling", "rechtspraak.nl XML (root element open-rechtspraak)");
        XmlNode desc = root.find("Description");
        if (desc != null) {
            String ecli = desc.childText("identifier");
            md.put(MetadataKeys.ECLI, ecli, "rechtspraak.nl dcterms:identifier");
            md.put(MetadataKeys.IDENTIFIER, ecli, "rechtspraak.nl dcterms:identifier");
            md.put(MetadataKeys.COURT, desc.childText("creator"), "rechtspraak.nl dcterms:creator");
            md.put(MetadataKeys.AUTHOR, desc.childText("creator"), "rechtspraak.nl dcterms:creator");
            md.put(MetadataKeys.DATE, date(desc.childText("date")), "rechtspraak.nl dcterms:date (Uitspraakdatum)");
            md.put(MetadataKeys.PROCEDURE, desc.childText("procedure"), "rechtspraak.nl psi:procedure");
            md.put(MetadataKeys.SUBJECT, desc.childText("subject"), "rechtspraak.nl dcterms:subject");
            md.put(MetadataKeys.DOCUMENT_TYPE, desc.childText("type"), "rechtspraak.nl dcterms:type");
            md.put(MetadataKeys.LANGUAGE, desc.childText("language"), "rechtspraak.nl dcterms:language");
            md.put(MetadataKeys.TITLE, desc.childText("title"), "rechtspraak.nl dcterms:title");
            md.put(MetadataKeys.CASE_NUMBER, desc.childText("zaaknummer"), "rechtspraak.nl psi:zaaknummer");
        }
        List<TextBlock> blocks = new ArrayList<>();
        List<StructureNode> structure = new ArrayList<>();
        XmlNode summary = root.child("inhoudsindicatie");
        if (summary != null && !summary.text().isBlank()) {
            StructureNode s = new StructureNode("sec:inhoudsindicatie", StructureNode.Kind.SECTION, "Inhoudsindicatie",
                    null, null);
            structure.add(s);
            blocks.add(TextBlock.heading("Inhoudsindicatie", 0, 1).in(s.key()));
            rulingText(summary, s.key(), blocks, structure, null, new int[1]);
        }
        for (XmlNode c : root.children()) {
            if (c.name().equals("uitspraak") || c.name().equals("conclusie")) {
                rulingText(c, null, blocks, structure, null, new int[1]);
            }
        }
        return new ExtractedDocument(MediaTypes.XML, nonEmpty(blocks), md.values(), 0, md.origins(), structure);
    }

    private static void rulingText(XmlNode node, String element, List<TextBlock> blocks,
            List<StructureNode> structure, StructureNode parent, int[] counter) {
        for (XmlNode c : node.children()) {
            switch (c.name()) {
                case "section" -> {
                    counter[0]++;
                    XmlNode title = c.child("title");
                    String role = c.attr("role");
                    String label = title != null && !title.text().isBlank() ? title.text()
                            : role != null ? role : "Sectie " + counter[0];
                    StructureNode s = new StructureNode("sec:" + counter[0], StructureNode.Kind.SECTION, label,
                            String.valueOf(counter[0]), role);
                    if (parent == null) {
                        structure.add(s);
                    } else {
                        parent.add(s);
                    }
                    if (title == null || title.text().isBlank()) {
                        blocks.add(TextBlock.heading(capitalise(label), 0, parent == null ? 1 : 2).in(s.key()));
                    }
                    rulingText(c, s.key(), blocks, structure, s, counter);
                }
                case "title" -> {
                    if (!c.text().isBlank()) {
                        blocks.add(TextBlock.heading(c.text(), 0, parent == null ? 1 : 2).in(element));
                    }
                }
                case "para", "entry", "bridgehead" -> {
                    if (!c.text().isBlank()) {
                        blocks.add(TextBlock.body(c.text(), 0).in(element));
                    }
                }
                case "row" -> {
                    List<String> cells = new ArrayList<>();
                    for (XmlNode e : c.children("entry")) {
                        cells.add(e.text());
                    }
                    blocks.add(TextBlock.body(String.join(" | ", cells), 0).in(element));
                }
                case "uitspraak.info", "conclusie.info", "parablock", "paragroup", "orderedlist", "itemizedlist",
                        "listitem", "informaltable", "table", "tgroup", "tbody", "thead", "blockquote", "footnote" -> {
                    // a paragroup's number and its paragraphs are read as one block when it holds only inline text
                    if (c.name().equals("paragroup") && c.children("para").isEmpty() && !c.text().isBlank()) {
                        blocks.add(TextBlock.body(c.text(), 0).in(element));
                    } else {
                        rulingText(c, element, blocks, structure, parent, counter);
                    }
                }
                default -> {
                    if (!c.children().isEmpty()) {
                        rulingText(c, element, blocks, structure, parent, counter);
                    } else if (!c.text().isBlank()) {
                        blocks.add(TextBlock.body(c.text(), 0).in(element));
                    }
                }
            }
        }
    }

    // --- officielebekendmakingen ----------------------------------------------------------------------------------

    private ExtractedDocument publication(Path file, XmlNode root) throws ExtractionException {
        MetadataBuilder md = new MetadataBuilder();
        // the metadata.xml beside the publication is the richest source; read it first so that it wins
        Path sidecar = findSidecar(file);
        if (sidecar != null) {
            try {
                XmlNode meta = trees.read(sidecar);
                publicationMetadata(meta, md, "metadata.xml ");
            } catch (ExtractionException e) {
                md.put(METADATA_PROBLEM, sidecar.getFileName() + ": " + e.getMessage(), "metadata.xml");
            }
        }
        XmlNode own = root.child("metadata");
        if (own != null) {
            publicationMetadata(own, md, "publication XML meta ");
        }
        XmlNode doc = null;
        for (XmlNode c : root.children()) {
            if (!c.name().equals("metadata")) {
                doc = c;
                break;
            }
        }
        String type = doc == null ? null : doc.name();
        if (type != null) {
            md.put(MetadataKeys.DOCUMENT_TYPE, type, "publication XML element " + type);
        }
        if (doc != null && ("kamerstuk".equals(type) || "handelingen".equals(type) || "aanhangsel".equals(type)
                || "kamervragen".equals(type))) {
            md.put(MetadataKeys.KIND, "parliamentary-paper", "publication XML element " + type);
            parliamentaryTitleAndDate(doc, md);
            XmlNode dossier = doc.find("dossier");
            if (dossier != null) {
                XmlNode nr = dossier.find("dossiernr");
                if (nr != null) {
                    dossier(nr.text(), md, "publication XML dossiernr");
                }
                md.put(MetadataKeys.DOSSIER_TITLE, dossier.childText("titel"), "publication XML dossier/titel");
            }
            XmlNode stuk = doc.find("stuk");
            if (stuk != null) {
                XmlNode onder = stuk.find("ondernummer");
                md.put(MetadataKeys.ONDERNUMMER, onder == null ? null : onder.text().replaceFirst("(?i)^nr\\.?\\s*", ""),
                        "publication XML ondernummer");
                md.put(MetadataKeys.TITLE, stuk.childText("titel"), "publication XML stuk/titel");
            }
        } else if (doc != null && doc.find("artikel") != null) {
            md.put(MetadataKeys.KIND, "regulation", "publication XML with articles (" + type + ")");
        }
        if ("gemeenteblad".equals(type) && md.get(MetadataKeys.AUTHOR) != null) {
            md.put(MetadataKeys.MUNICIPALITY, stripPrefix(md.get(MetadataKeys.AUTHOR), "Gemeente "),
                    "metadata DC.creator of a Gemeenteblad");
        }
        StructuredText st = new StructuredText();
        if (doc != null) {
            st.walk(doc);
        }
        return document(st, md);
    }

    /** The publication id in the address of its metadata record. */
    private static final java.util.regex.Pattern EXTERN_RECORD = java.util.regex.Pattern.compile(
            "/([a-z]+(?:-[a-z]+)?-[0-9][^/]*)/metadata\\.xml");

    /**
     * What a Handelingen item or Kamervragen say of themselves where no metadata record gives it: the item's title,
     * the questions' description up to the subject, and for Kamervragen the last date (the answers' receipt).
     */
    private static void parliamentaryTitleAndDate(XmlNode doc, MetadataBuilder md) {
        XmlNode item = doc.find("item-titel");
        if (item != null && !item.text().isBlank()) {
            md.put(MetadataKeys.TITLE, item.text().strip(), "publication XML item-titel");
        }
        XmlNode questions = doc.find("kamervraagomschrijving");
        if (questions != null && !questions.text().isBlank()) {
            md.put(MetadataKeys.TITLE, questions.text().replaceAll("\\s+", " ").replaceFirst("\\s*\\(ingezonden.*$", "")
                    .strip(), "publication XML kamervraagomschrijving");
        }
        if (doc.find("kamervraagnummer") != null) {
            String last = null;
            for (XmlNode d : doc.findAll("datum")) {
                String iso = d.attr("isodatum");
                if (iso != null && iso.matches("\\d{4}-\\d{2}-\\d{2}") && (last == null || iso.compareTo(last) > 0)) {
                    last = iso;
                }
            }
            md.put(MetadataKeys.DATE, last, "publication XML: the latest datum@isodatum (the answers)");
        }
    }

    private static void publicationMetadata(XmlNode meta, MetadataBuilder md, String origin) {
        for (XmlNode m : meta.findAll("metadata").isEmpty() ? meta.findAll("meta") : meta.findAll("metadata")) {
            String name = m.attr("name");
            String content = m.attr("content");
            if (name == null || content == null || content.isBlank()) {
                continue;
            }
            String o = origin + name;
            switch (name) {
                case "DC.identifier" -> {
                    md.put(MetadataKeys.PUBLICATION_ID, content, o);
                    md.put(MetadataKeys.IDENTIFIER, content, o);
                }
                case "DC.title" -> md.put(MetadataKeys.TITLE, content, o);
                case "OVERHEIDop.externMetadataRecord" -> {
                    // a publication saved without its metadata.xml still names it: .../h-tk-20172018-70-4/metadata.xml
                    java.util.regex.Matcher id = EXTERN_RECORD.matcher(content);
                    if (id.find()) {
                        md.put(MetadataKeys.PUBLICATION_ID, id.group(1), o);
                        md.put(MetadataKeys.IDENTIFIER, id.group(1), o);
                    }
                }
                case "DC.creator" -> md.put(MetadataKeys.AUTHOR, content, o);
                case "DC.language" -> md.put(MetadataKeys.LANGUAGE, content, o);
                case "DC.type" -> md.put(MetadataKeys.SUBJECT, content, o);
                case "DCTERMS.issued", "OVERHEIDop.datumBrief", "OVERHEIDop.datumOndertekening" ->
                    md.put(MetadataKeys.DATE, date(content), o);
                case "OVERHEIDop.dossiernummer" -> dossier(content, md, o);
                case "OVERHEIDop.dossiertitel" -> md.put(MetadataKeys.DOSSIER_TITLE, content, o);
                case "OVERHEIDop.ondernummer" -> md.put(MetadataKeys.ONDERNUMMER, content, o);
                case "OVERHEIDop.vergaderjaar" -> md.put(MetadataKeys.VERGADERJAAR, content, o);
                case "OVERHEIDop.indiener" -> md.append(MetadataKeys.SIGNATORIES, content, o);
                case "OVERHEIDop.publicationName" -> md.put(MetadataKeys.DOCUMENT_TYPE, content, o);
                case "OVERHEIDop.documentstatus" -> md.put(MetadataKeys.CHANGE, content, o);
                case "OVERHEID.organisationType" -> md.put(ORGANISATION_TYPE, content, o);
                case "OVERHEIDop.kamer", "OVERHEIDop.vergaderjaarKamer" -> md.put(MetadataKeys.CHAMBER,
                        content.contains("Eerste") ? "I" : content.contains("Tweede") ? "II" : content, o);
                default -> {
                }
            }
        }
        String creator = md.get(MetadataKeys.AUTHOR);
        if (creator != null && "gemeente".equalsIgnoreCase(md.get(ORGANISATION_TYPE))) {
            md.put(MetadataKeys.MUNICIPALITY, stripPrefix(creator, "Gemeente "), origin + "DC.creator");
        } else if (creator != null && creator.startsWith("Ministerie")) {
            md.put(MetadataKeys.MINISTRY, creator, origin + "DC.creator");
        }
        if (creator != null && md.get(MetadataKeys.CHAMBER) == null) {
            if (creator.contains("Tweede Kamer")) {
                md.put(MetadataKeys.CHAMBER, "II", origin + "DC.creator");
            } else if (creator.contains("Eerste Kamer")) {
                md.put(MetadataKeys.CHAMBER, "I", origin + "DC.creator");
            }
        }
    }

    private static void dossier(String value, MetadataBuilder md, String origin) {
        String v = value.strip().replaceAll("(\\d{2}) (\\d{3})", "$1$2");
        Matcher m = DOSSIER.matcher(v);
        if (m.matches()) {
            md.put(MetadataKeys.DOSSIER, m.group(1), origin);
            md.put(MetadataKeys.DOSSIER_CHAPTER, m.group(2), origin);
        } else {
            md.put(MetadataKeys.DOSSIER, v, origin);
        }
    }

    /** metadata.xml, or NAME.metadata.xml, or NAME_metadata.xml beside the publication. */
    private static Path findSidecar(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        String name = file.getFileName().toString();
        String base = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
        for (String candidate : new String[] { base + ".metadata.xml", base + "_metadata.xml", "metadata.xml" }) {
            Path p = dir.resolve(candidate);
            if (!p.equals(file) && Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** A document of {@code <metadata name=… content=…>} pairs only: the sidecar of a publication. */
    static boolean isPublicationMetadata(XmlNode root) {
        List<XmlNode> metas = root.findAll("metadata");
        if (metas.isEmpty()) {
            return false;
        }
        for (XmlNode m : metas) {
            if (m.attr("name") == null) {
                return false;
            }
        }
        StringBuilder loose = new StringBuilder();
        root.appendText(loose);
        return loose.toString().isBlank();
    }

    /** Whether the folder holds a publication XML for this metadata file (so skipping it loses nothing). */
    static boolean hasPublicationBeside(Path metadataFile) {
        Path dir = metadataFile.toAbsolutePath().getParent();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.xml")) {
            for (Path p : ds) {
                if (!p.equals(metadataFile)) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    // --- shared ---------------------------------------------------------------------------------------------------

    private static ExtractedDocument document(StructuredText st, MetadataBuilder md) throws ExtractionException {
        return new ExtractedDocument(MediaTypes.XML, nonEmpty(st.blocks), md.values(), 0, md.origins(), st.roots);
    }

    private static List<TextBlock> nonEmpty(List<TextBlock> blocks) throws ExtractionException {
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text: the XML document contains no text");
        }
        return blocks;
    }

    private static String text(XmlNode meta, String name) {
        XmlNode n = meta.find(name);
        return n == null ? null : n.text();
    }

    static String date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value.strip());
        return m.find() ? m.group(1) : null;
    }

    private static String stripPrefix(String s, String prefix) {
        return s != null && s.regionMatches(true, 0, prefix, 0, prefix.length()) ? s.substring(prefix.length()).strip()
                : s;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
