package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The basket formats come in through the extension point org.lexgraph.core.exporters, the built-in ones too. */
public class ExportersTest {

    @Test
    public void theBuiltInFormatsAreContributedThroughTheExtensionPoint() throws Exception {
        List<Exporters.Format> formats = Exporters.available();
        assertEquals(List.of("markdown", "docx", "csl-json", "ris", "bibtex"),
                formats.stream().map(Exporters.Format::id).toList(), "in their order");
        assertEquals(new Exporters.Format("docx", "Word", "docx", true), Exporters.format("docx").orElseThrow());
        // the registry's registration is the one used: its class is made by the extension registry
        assertTrue(org.eclipse.core.runtime.RegistryFactory.getRegistry()
                .getConfigurationElementsFor(Exporters.EXTENSION_POINT).length >= 5);
        String md = new String(Exporters.write("markdown", "Brief", List.of(), Map.of()), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("# Brief"), md);
        assertThrows(IllegalArgumentException.class, () -> Exporters.write("odt", "Brief", List.of(), Map.of()));
    }
}
