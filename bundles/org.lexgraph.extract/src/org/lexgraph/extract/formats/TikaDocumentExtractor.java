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
 * Reads Word (DOCX) and HTML files through Tika parsers created explicitly (no service-loader discovery, which does
 * not cross OSGi bundles). Thread-safe: Tika parsers are stateless and each call has its own handler.
 */
public final class TikaDocumentExtractor implements Extractor {

    /** Text beyond this many characters is dropped; a file this large is not a document a person wrote. */
    static final long MAX_CHARS = 50_000_000L;

    private final Parser docx = new OOXMLParser();
    private final Parser html = new JSoupParser();

    @Override
    public String id() {
        return "tika";
    }

    @Override
    public boolean supports(String mediaType) {
        return MediaTypes.DOCX.equals(mediaType) || MediaTypes.HTML.equals(mediaType);
    }

    @Override
    public ExtractedDocument extract(Path file, String mediaType) throws ExtractionException {
        Parser parser = MediaTypes.DOCX.equals(mediaType) ? docx : html;
        String what = MediaTypes.DOCX.equals(mediaType) ? "Word document" : "HTML page";
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        BlockCollectingHandler handler = new BlockCollectingHandler(MAX_CHARS);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, handler, metadata, new ParseContext());
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
        PdfExtractor.putIfText(md, MetadataKeys.TITLE, metadata.get(TikaCoreProperties.TITLE));
        PdfExtractor.putIfText(md, MetadataKeys.AUTHOR, metadata.get(TikaCoreProperties.CREATOR));
        PdfExtractor.putIfText(md, MetadataKeys.LANGUAGE, metadata.get(TikaCoreProperties.LANGUAGE));
        return new ExtractedDocument(mediaType, blocks, md, 0);
    }

    private static Exception rootCause(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof Exception ex ? ex : e;
    }
}
