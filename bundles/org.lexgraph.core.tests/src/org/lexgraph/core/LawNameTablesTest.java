package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lexgraph.cite.Citation;

/**
 * Law-name tables come in through the extension point org.lexgraph.core.lawNames: the built-in one from
 * org.lexgraph.cite, and one from the test support bundle (its plugin.xml, lawnames/test-laws.tsv), as a bundle would
 * add a municipality's ordinances.
 */
public class LawNameTablesTest {

    @Test
    public void everyContributedTableIsKnownToTheScanner() {
        List<LawNameTables.Table> tables = LawNameTables.contributed();
        assertTrue(tables.stream().anyMatch(t -> t.bundle().equals("org.lexgraph.cite") && t.priority() == 100),
                "the built-in table is contributed like any other: " + tables);
        assertTrue(tables.stream().anyMatch(t -> t.bundle().equals("org.lexgraph.tests.support")
                && t.file().equals("lawnames/test-laws.tsv")), tables.toString());
        assertEquals("org.lexgraph.cite", tables.get(0).bundle(), "highest priority first");
        // the contributed name resolves to its id (without the table it would be an open name, law:tafelwet)
        List<Citation> found = LawNameTables.scanner().scan("op grond van artikel 3 van de Tafelwet en art. 4 Tw");
        assertEquals(List.of("bwb:BWBR0099999:art:3", "bwb:BWBR0099999:art:4"),
                found.stream().map(Citation::key).toList());
        // and the built-in names still do
        assertEquals("bwb:BWBR0011823:art:10", LawNameTables.scanner().scan("art. 10 Vw 2000").get(0).key());
    }
}
