package org.lexgraph.extract.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.ExtractionException;
import org.lexgraph.extract.Extractor;
import org.lexgraph.extract.MediaTypes;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.TextBlock;
import org.xml.sax.SAXException;

/**
 * Reads Word (DOCX, DOC), OpenDocument (ODT), RTF and HTML files through Tika parsers created explicitly (no service-loader discovery, which does
 * not cross OSGi bundles). Thread-safe: Tika parsers are stateless and each call has its own handler.
 */
public final class TikaDocumentExtractor implements Extractor {

    /** Text beyond this many characters is dropped; a file this large is not a document a person wrote. */
    static final long MAX_CHARS = 50_000_000L;

    private final Parser docx = new OOXMLParser();
    private final Parser html = new JSoupParser();
    private final Parser odt = new org.apache.tika.parser.odf.OpenDocumentParser();
    private final Parser rtf = new org.apache.tika.parser.microsoft.rtf.RTFParser();
    private final Parser doc = new org.apache.tika.parser.microsoft.OfficeParser();

    @Override
    public String id() {
        return "tika";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.DOCX.equals(mediaType) || MediaTypes.HTML.equals(mediaType)
                || MediaTypes.ODT.equals(mediaType) || MediaTypes.RTF.equals(mediaType)
                || MediaTypes.DOC.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        Parser parser = switch (mediaType) {
            case MediaTypes.DOCX -> docx;
            case MediaTypes.ODT -> odt;
            case MediaTypes.RTF -> rtf;
            case MediaTypes.DOC -> doc;
            default -> html;
        };
        String what = switch (mediaType) {
            case MediaTypes.DOCX -> "Word document";
            case MediaTypes.ODT -> "OpenDocument text";
            case MediaTypes.RTF -> "RTF document";
            case MediaTypes.DOC -> "Word 97-2003 document";
            default -> "HTML page";
        };
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BlockCollectingHandler handler = new BlockCollectingHandler(MAX_CHARS);
        try (InputStream in = Files.newInputStream(file)) {
            ParseContext context = new ParseContext();
            // every element with its attributes, so that a page's menus and banners can be told from its text
            context.set(org.apache.tika.parser.html.HtmlMapper.class,
                    org.apache.tika.parser.html.IdentityHtmlMapper.INSTANCE);
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException("encrypted " + what + ": a password is required to open it", e);
        } catch (TikaException | SAXException e) {
            throw new ExtractionException("damaged " + what + ": " + PdfExtractor.message(rootCause(e)), e);
        } catch (IOException e) {
            throw new ExtractionException("cannot read the " + what + ": " + PdfExtractor.message(e), e);
        } catch (RuntimeException e) {
            throw new ExtractionException("damaged " + what + ": " + PdfExtractor.message(e), e);
        }
        List<TextBlock> blocks = handler.blocks();
        if (blocks.isEmpty()) {
            throw new ExtractionException("no text: the " + what + " contains no readable text");
        }
        Map<String, String> md = new HashMap<>();
        PdfExtractor.putIfText(md, MetadataKeys.TITLE, MediaTypes.HTML.equals(mediaType)
                ? pageTitle(handler.firstHeading(), metadata.get(TikaCoreProperties.TITLE))
                : metadata.get(TikaCoreProperties.TITLE));
        PdfExtractor.putIfText(md, MetadataKeys.AUTHOR, metadata.get(TikaCoreProperties.CREATOR));
        PdfExtractor.putIfText(md, MetadataKeys.LANGUAGE, metadata.get(TikaCoreProperties.LANGUAGE));
        return new ExtractedDocument(mediaType, blocks, md, 0);
    }

    /**
     * A web page's title: its {@code <title>} without the site's name ("Subsidieregeling opvang | Gemeente Utrecht"),
     * unless that says nothing ("Home", "Start"); then its first level-one heading (in its main content when marked).
     */
    static String pageTitle(String heading, String title) {
        String t = title == null ? "" : title.strip();
        String[] parts = t.split("\\s+[|\u2013\u2014-]\\s+");
        if (parts.length > 1 && parts[0].strip().length() >= 8) {
            t = parts[0].strip();
        }
        boolean empty = t.length() < 4 || GENERIC_TITLE.matcher(t).matches();
        return empty ? (heading != null && heading.length() >= 4 ? heading : title) : t;
    }

    private static final java.util.regex.Pattern GENERIC_TITLE = java.util.regex.Pattern.compile(
            "(?i)(?:home|homepage|start|startpagina|index|welkom|welcome|untitled|naamloos|document|zoeken|search"
                    + "|zoekresultaten|search results)(?:\\s*[|\u2013\u2014-].*)?");

    /** A handler collecting text blocks, for other readers that run Tika parsers (e-mail). */
    public static Collector collector() {
        return new Collector(new BlockCollectingHandler(MAX_CHARS));
    }

    /** Tika's XHTML events in, text blocks out. */
    public static final class Collector {
        private final BlockCollectingHandler handler;

        private Collector(BlockCollectingHandler handler) {
            this.handler = handler;
        }

        public org.xml.sax.ContentHandler handler() {
            return handler;
        }

        public List<TextBlock> blocks() {
            return handler.blocks();
        }
    }

    private static Exception rootCause(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof Exception ex ? ex : e;
    }
}
