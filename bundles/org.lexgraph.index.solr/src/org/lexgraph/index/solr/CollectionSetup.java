package org.lexgraph.index.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.lexgraph.index.IndexSchema;

/**
 * Makes the collection when it is missing: Lexgraph's configuration set (its schema and Solr settings, shipped in this
 * bundle and named by the schema's stamp) uploaded once, and the collection made from it with two shards and as many
 * replicas as there are live nodes, up to two. An existing collection made from another of Lexgraph's configuration
 * sets (another schema stamp) is refused: its terms would not be the ones this Lexgraph searches for.
 */
final class CollectionSetup {

    private static final String[] FILES = {"solrconfig.xml", "managed-schema.xml", "gaps.txt"};

    private CollectionSetup() {
    }

    /** The version of what the collection holds beyond the index's schema (2: sources' and sections' documents). */
    static final String VERSION = "collection-2";

    /** The configuration set's name: a new schema gets a new one, leaving collections of the old one as they are. */
    static String configName() {
        return "lexgraph-" + (IndexSchema.stamp() + "/" + VERSION).replaceAll("[^A-Za-z0-9]+", "-");
    }

    /** Whether the collection was made now. */
    static boolean ensure(SolrNodes nodes, int shards, int replicas) throws IOException {
        String name = nodes.location().collection();
        List<String> existing = nodes.request(CollectionAdminRequest::listCollections);
        if (existing.contains(name)) {
            // the configuration set is named after the schema it holds: another one of Lexgraph's is another schema
            String config = configOf(nodes, name);
            if (config != null && config.startsWith("lexgraph-") && !config.equals(configName())) {
                throw new SolrCollectionException(nodes.location() + " was made for Lexgraph's schema "
                        + config.substring("lexgraph-".length()) + ", this Lexgraph writes "
                        + configName().substring("lexgraph-".length()) + ": bind to a new collection and publish there "
                        + "(lexgraph index use solr://…/NEW-NAME)");
            }
            return false;
        }
        String config = configName();
        List<String> configs = nodes.request(c -> new ConfigSetAdminRequest.List().process(c).getConfigSets());
        if (!configs.contains(config)) {
            byte[] zip = configZip();
            nodes.request(c -> new ConfigSetAdminRequest.Upload().setConfigSetName(config)
                    .setUploadStream(new ContentStreamBase.ByteArrayStream(zip, config + ".zip", "application/zip"))
                    .process(c));
        }
        int live = liveNodes(nodes);
        int rf = replicas > 0 ? replicas : Math.max(1, Math.min(2, live));
        nodes.request(c -> CollectionAdminRequest.createCollection(name, config, shards, rf).process(c));
        return true;
    }

    /** How many nodes of the cluster are live. */
    static int liveNodes(SolrNodes nodes) throws IOException {
        NamedList<Object> status = nodes.request(c -> CollectionAdminRequest.getClusterStatus().process(c)
                .getResponse());
        Object cluster = status.get("cluster");
        if (cluster instanceof NamedList<?> nl && nl.get("live_nodes") instanceof List<?> live) {
            return live.size();
        }
        if (cluster instanceof java.util.Map<?, ?> m && m.get("live_nodes") instanceof List<?> live) {
            return live.size();
        }
        return 1;
    }

    /** The configuration set a collection was made from, if the cluster says. */
    private static String configOf(SolrNodes nodes, String name) throws IOException {
        NamedList<Object> status = nodes.request(c -> CollectionAdminRequest.getClusterStatus()
                .setCollectionName(name).process(c).getResponse());
        Object config = find(status, "cluster", "collections", name, "configName");
        return config == null ? null : config.toString();
    }

    private static Object find(Object from, String... path) {
        Object at = from;
        for (String key : path) {
            if (at instanceof NamedList<?> nl) {
                at = nl.get(key);
            } else if (at instanceof java.util.Map<?, ?> m) {
                at = m.get(key);
            } else {
                return null;
            }
        }
        return at;
    }

    private static byte[] configZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : FILES) {
                try (InputStream in = CollectionSetup.class.getResourceAsStream("configset/" + f)) {
                    if (in == null) {
                        throw new IOException("Lexgraph's Solr configuration lacks " + f);
                    }
                    zip.putNextEntry(new ZipEntry(f));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }
}
