package org.lexgraph.index.solr;

import java.io.IOException;

/** A request to the knowledge base's collection failed; the message names the collection and why. */
public class SolrCollectionException extends IOException {

    private static final long serialVersionUID = 1L;

    public SolrCollectionException(String message, Throwable cause) {
        super(message, cause);
    }

    public SolrCollectionException(String message) {
        super(message);
    }

    /** No node of the cluster could be reached. */
    public static final class Unreachable extends SolrCollectionException {

        private static final long serialVersionUID = 1L;

        public Unreachable(String message) {
            super(message);
        }
    }
}
