package org.lexgraph.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a reader sees in a file, made the plain way a baseline would: PDF text by PDFBox, XML and HTML with every
 * tag read as a space and character references resolved, anything else as UTF-8. For the baselines of the relevance
 * benchmarks, so that they index what Lexgraph indexes without using Lexgraph's extraction.
 */
public final class VisibleText {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos",
            "'", "nbsp", " ", "euml", "ë", "eacute", "é", "iuml", "ï", "ouml", "ö");

    private VisibleText() {
    }

    public static String of(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".pdf")) {
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(doc);
            }
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (name.endsWith(".xml") || name.endsWith(".html") || name.endsWith(".htm")) {
            text = unescape(TAG.matcher(text).replaceAll(" "));
        }
        return text;
    }

    static String unescape(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r;
            if (e.startsWith("#x") || e.startsWith("#X")) {
                r = Character.toString(Integer.parseInt(e.substring(2), 16));
            } else if (e.startsWith("#")) {
                r = Character.toString(Integer.parseInt(e.substring(1)));
            } else {
                r = NAMED.getOrDefault(e, m.group());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }
}
