package org.lexgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text encoded as UTF-8 twice, as real copies of Handelingen are, read back as written. */
public class DoubleEncodingTest {

    @TempDir
    Path dir;

    /** What a program makes of UTF-8 text when it reads the bytes as Windows-1252 and writes them as UTF-8 again. */
    private static String twice(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252"));
    }

    @Test
    public void doubleEncodedTextIsRepairedAndRealTextLeftAlone() {
        String real = "De cliënten krijgen één keer per jaar een vergoeding – ‘zo snel mogelijk’ – in €.";
        assertEquals(real, DoubleEncoding.repair(twice(real)));
        assertEquals("Hallo", DoubleEncoding.repair("\u00EF\u00BB\u00BFHallo"), "a byte order mark read as text");
        for (String text : List.of(real, "café crème à la carte", "Ação e ações", "gewoon ASCII")) {
            assertEquals(text, DoubleEncoding.repair(text), text);
        }
        assertTrue(DoubleEncoding.suspected(twice(real)));
        assertFalse(DoubleEncoding.suspected("één geval: cliÃ«nt"), "one pair may be real text");
    }

    @Test
    public void aDoubleEncodedXmlCopyIsSearchableByItsRealWords() throws Exception {
        Path xml = dir.resolve("h-tk-20172018-70-4.xml");
        String body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><document><titel>" + twice("Cliëntondersteuning")
                + "</titel><al>" + twice("De motie over onafhankelijke cliëntondersteuning wordt één keer besproken.")
                + "</al></document>";
        Files.writeString(xml, body, StandardCharsets.UTF_8);
        ExtractedDocument d = ExtractorRegistry.builtIn().extract(xml);
        String text = String.join("\n", d.blocks().stream().map(TextBlock::text).toList());
        assertTrue(text.contains("onafhankelijke cliëntondersteuning wordt één keer"), text);
        assertFalse(text.contains("Ã"), text);
    }
}
