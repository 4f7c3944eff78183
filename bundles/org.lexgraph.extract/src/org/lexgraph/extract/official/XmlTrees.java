package org.lexgraph.extract.official;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.lexgraph.extract.ExtractionException;

/**
 * Reads XML files into {@link XmlNode} trees. DTDs and external entities are switched off, so nothing is ever fetched
 * or expanded; nesting deeper than {@link #MAX_DEPTH} is refused as hostile. Thread-safe.
 */
public final class XmlTrees {

    /** Far deeper than any official format nests (BWB: about 12). */
    public static final int MAX_DEPTH = 100;

    private final XMLInputFactory factory;

    public XmlTrees() {
        factory = org.lexgraph.extract.formats.XmlTextExtractor.secureFactory();
        // an entity a DTD would declare is reported, not silently dropped
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    public XmlNode read(Path file) throws ExtractionException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + e.getMessage(), e);
        }
    }

    public XmlNode read(InputStream in) throws ExtractionException {
        Deque<XmlNode> stack = new ArrayDeque<>();
        XmlNode root = null;
        try {
            // a blank line or a byte order mark (also one encoded twice) before the markup is not malformed XML
            XMLStreamReader r = factory.createXMLStreamReader(org.lexgraph.extract.formats.XmlStart.atMarkup(in));
            try {
                while (r.hasNext()) {
                    switch (r.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            if (stack.size() >= MAX_DEPTH) {
                                throw new ExtractionException(
                                        "XML nested more than " + MAX_DEPTH + " levels deep (refused as hostile)");
                            }
                            XmlNode n = new XmlNode(r.getNamespaceURI(), r.getLocalName());
                            for (int i = 0; i < r.getAttributeCount(); i++) {
                                n.putAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            }
                            if (stack.isEmpty()) {
                                root = n;
                            } else {
                                stack.peek().add(n);
                            }
                            stack.push(n);
                        }
                        case XMLStreamConstants.END_ELEMENT -> stack.pop();
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (!stack.isEmpty()) {
                                stack.peek().add(r.getText());
                            }
                        }
                        case XMLStreamConstants.ENTITY_REFERENCE -> throw new ExtractionException(
                                "the XML uses an entity declared in a DTD (&" + r.getLocalName()
                                        + ";), which Lexgraph never resolves");
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ").strip();
            if (msg.contains("maxElementDepth")) {
                throw new ExtractionException("XML nested more than " + MAX_DEPTH + " levels deep (refused as hostile)", e);
            }
            throw new ExtractionException("malformed XML: " + msg, e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the file: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new ExtractionException("malformed XML: no root element");
        }
        return root;
    }
}
