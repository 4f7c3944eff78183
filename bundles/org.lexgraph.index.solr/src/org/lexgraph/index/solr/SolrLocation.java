package org.lexgraph.index.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a knowledge base's collection is: {@code solr://host:port/collection}, several nodes as
 * {@code solr://host1:8983,host2:8983/collection} (a search goes on to the next node when one does not answer), and
 * {@code solrs://…} for Solr over TLS. Holds no credentials: those come from the environment or a file
 * ({@link SolrCredentials}), never from the knowledge base.
 */
public record SolrLocation(boolean tls, List<String> hosts, String collection) {

    public SolrLocation {
        hosts = List.copyOf(hosts);
    }

    /** Reads a location as the user typed it; the message of the exception says what is wrong with it. */
    public static SolrLocation parse(String text) {
        String t = text == null ? "" : text.strip();
        boolean tls;
        String rest;
        if (t.toLowerCase(Locale.ROOT).startsWith("solr://")) {
            tls = false;
            rest = t.substring("solr://".length());
        } else if (t.toLowerCase(Locale.ROOT).startsWith("solrs://")) {
            tls = true;
            rest = t.substring("solrs://".length());
        } else {
            throw new IllegalArgumentException("'" + t + "' is no collection: write solr://HOST:PORT/COLLECTION "
                    + "(solrs:// for TLS; several nodes as HOST:PORT,HOST:PORT)");
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("'" + t + "' names no collection: write solr://HOST:PORT/COLLECTION");
        }
        String collection = rest.substring(slash + 1);
        if (collection.endsWith("/")) {
            collection = collection.substring(0, collection.length() - 1);
        }
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("'" + collection + "' is no collection name: letters, digits, '.', '_' "
                    + "and '-' only");
        }
        List<String> hosts = new ArrayList<>();
        for (String h : rest.substring(0, slash).split(",")) {
            String host = h.strip();
            if (!host.matches("[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5}")) {
                throw new IllegalArgumentException("'" + host + "' in " + t + " is no HOST:PORT");
            }
            int port = Integer.parseInt(host.substring(host.lastIndexOf(':') + 1));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " in " + t + " is out of range");
            }
            hosts.add(host);
        }
        return new SolrLocation(tls, hosts, collection);
    }

    /** The base URLs of the nodes ({@code http://host:port/solr}). */
    public List<String> nodeUrls() {
        return hosts.stream().map(h -> (tls ? "https://" : "http://") + h + "/solr").toList();
    }

    @Override
    public String toString() {
        return (tls ? "solrs://" : "solr://") + String.join(",", hosts) + "/" + collection;
    }
}
