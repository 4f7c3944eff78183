package org.lexgraph.extract.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;

/**
 * Reads the text of any XML document, with DTDs and external entities switched off (nothing is ever fetched).
 * Paragraph-like elements of the Dutch official formats and of XHTML become blocks; Dublin Core metadata (as in
 * rechtspraak.nl and officielebekendmakingen files) is mapped to {@link MetadataKeys}. Format-specific readers with
 * full structure are contributed separately. Thread-safe.
 */
public final class XmlTextExtractor implements Extractor {

    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static final Set<String> BLOCKS = Set.of("para", "p", "al", "li", "entry", "td", "th", "title", "titel",
            "kop", "bridgehead", "h1", "h2", "h3", "h4", "h5", "h6", "intitule", "aanhef", "lid", "noot", "item",
            "paragroup", "parablock", "section", "artikel", "tekst", "row", "ondertekening");
    private static final Set<String> HEADINGS = Set.of("title", "titel", "kop", "bridgehead", "h1", "h2", "h3", "h4",
            "h5", "h6", "intitule");

    private final XMLInputFactory factory;

    public XmlTextExtractor() {
        factory = secureFactory();
    }

    /** A StAX factory that never reads a DTD nor resolves an external entity; text arrives in one piece. */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

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
        List<TextBlock> blocks = new ArrayList<>();
        Map<String, String> md = new HashMap<>();
        StringBuilder text = new StringBuilder();
        int rdfDepth = 0;
        int headingDepth = 0;
        String dcField = null;
        StringBuilder dcText = new StringBuilder();
        try (InputStream in = XmlStart.atMarkup(Files.newInputStream(file))) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    switch (ev) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            String name = r.getLocalName();
                            if (md.get(MetadataKeys.XML_ROOT) == null) {
                                String ns = r.getNamespaceURI();
                                md.put(MetadataKeys.XML_ROOT, (ns == null || ns.isEmpty() ? "" : "{" + ns + "}") + name);
                            }
                            if (RDF.equals(r.getNamespaceURI()) && name.equals("RDF") || rdfDepth > 0) {
                                rdfDepth++;
                            }
                            if (DCTERMS.equals(r.getNamespaceURI())) {
                                dcField = name;
                                dcText.setLength(0);
                            }
                            if (rdfDepth == 0 && BLOCKS.contains(name)) {
                                flush(text, blocks, headingDepth > 0);
                                if (HEADINGS.contains(name)) {
                                    headingDepth++;
                                }
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            String name = r.getLocalName();
                            if (dcField != null && DCTERMS.equals(r.getNamespaceURI())) {
                                dublinCore(dcField, dcText.toString().strip(), md);
                                dcField = null;
                            }
                            if (rdfDepth > 0) {
                                rdfDepth--;
                            } else if (BLOCKS.contains(name)) {
                                flush(text, blocks, headingDepth > 0);
                                if (HEADINGS.contains(name)) {
                                    headingDepth--;
                                }
                            }
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (dcField != null) {
                                dcText.append(r.getText());
                            }
                            if (rdfDepth == 0 && dcField == null) {
                                text.append(r.getText());
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            throw new ExtractionException("malformed XML: " + msg, e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + PdfExtractor.message(e), e);
        }
        flush(text, blocks, false);
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text: the XML document contains no text");
        }
        return new ExtractedDocument(MediaTypes.XML, blocks, md, 0);
    }

    private static void dublinCore(String field, String value, Map<String, String> md) {
        if (value.isEmpty()) {
            return;
        }
        switch (field) {
            case "identifier" -> md.putIfAbsent(MetadataKeys.IDENTIFIER, value);
            case "title" -> md.putIfAbsent(MetadataKeys.TITLE, Paragraphs.normalise(value));
            case "date" -> md.putIfAbsent(MetadataKeys.DATE, value.length() >= 10 ? value.substring(0, 10) : value);
            case "language" -> md.putIfAbsent(MetadataKeys.LANGUAGE, value);
            case "creator" -> md.putIfAbsent(MetadataKeys.AUTHOR, Paragraphs.normalise(value));
            default -> {
            }
        }
    }

    private static void flush(StringBuilder text, List<TextBlock> blocks, boolean heading) {
        String t = Paragraphs.normalise(text.toString());
        text.setLength(0);
        if (!t.isEmpty()) {
            blocks.add(heading ? TextBlock.heading(t, 0, 2) : TextBlock.body(t, 0));
        }
    }
}
