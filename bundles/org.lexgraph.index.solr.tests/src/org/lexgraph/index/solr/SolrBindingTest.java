package org.lexgraph.index.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a collection is, as the user writes it, and the credentials for it (never shown, never kept). */
public class SolrBindingTest {

    @TempDir
    Path home;

    @Test
    public void aLocationNamesNodesAndCollection() {
        SolrLocation l = SolrLocation.parse("solr://10.0.0.5:8983,10.0.0.6:8984/team-2026");
        assertEquals(List.of("10.0.0.5:8983", "10.0.0.6:8984"), l.hosts());
        assertEquals("team-2026", l.collection());
        assertEquals(List.of("http://10.0.0.5:8983/solr", "http://10.0.0.6:8984/solr"), l.nodeUrls());
        assertEquals("solr://10.0.0.5:8983,10.0.0.6:8984/team-2026", l.toString());
        SolrLocation tls = SolrLocation.parse("solrs://solr.example.org:443/lexgraph/");
        assertTrue(tls.tls());
        assertEquals(List.of("https://solr.example.org:443/solr"), tls.nodeUrls());
        assertEquals("lexgraph", tls.collection());
    }

    @Test
    public void aWrongLocationSaysWhatIsWrong() {
        assertTrue(message("http://host:8983/solr/x").contains("write solr://HOST:PORT/COLLECTION"));
        assertTrue(message("solr://host:8983").contains("names no collection"));
        assertTrue(message("solr://host/x").contains("'host' in solr://host/x is no HOST:PORT"));
        assertTrue(message("solr://host:99999/x").contains("port 99999"));
        assertTrue(message("solr://host:8983/a b").contains("no collection name"));
    }

    private static String message(String location) {
        return assertThrows(IllegalArgumentException.class, () -> SolrLocation.parse(location)).getMessage();
    }

    @Test
    public void credentialsComeFromTheEnvironmentOrAFile() throws Exception {
        assertEquals(Optional.empty(), SolrCredentials.find(Map.of(), home));
        assertEquals(Optional.of(new SolrCredentials("anna", "s3cret")), SolrCredentials.find(
                Map.of(SolrCredentials.USER, "anna", SolrCredentials.PASSWORD, "s3cret"), home));
        Files.createDirectories(home.resolve(".lexgraph"));
        Files.writeString(home.resolve(".lexgraph/solr-credentials"), "\nbram:pass:with:colons\n");
        assertEquals(Optional.of(new SolrCredentials("bram", "pass:with:colons")), SolrCredentials.find(Map.of(), home));
        Path other = home.resolve("team.txt");
        Files.writeString(other, "carol:x");
        assertEquals("carol", SolrCredentials.find(Map.of(SolrCredentials.FILE, other.toString()), home).get().user());
    }

    @Test
    public void badCredentialsSayWhatIsWrongAndPasswordsAreNeverShown() throws Exception {
        assertTrue(assertThrows(java.io.IOException.class, () -> SolrCredentials.find(
                Map.of(SolrCredentials.USER, "anna"), home)).getMessage().contains("LEXGRAPH_SOLR_PASSWORD is not"));
        Path bad = home.resolve("bad.txt");
        Files.writeString(bad, "no colon here");
        assertTrue(assertThrows(java.io.IOException.class, () -> SolrCredentials.find(
                Map.of(SolrCredentials.FILE, bad.toString()), home)).getMessage().contains("USER:PASSWORD"));
        assertTrue(assertThrows(java.io.IOException.class, () -> SolrCredentials.find(
                Map.of(SolrCredentials.FILE, home.resolve("none").toString()), home)).getMessage()
                .contains("does not exist"));
        assertFalse(new SolrCredentials("anna", "s3cret").toString().contains("s3cret"));
    }
}
