package org.lexgraph.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;

/**
 * The nodes of a SolrCloud cluster as one client: a request goes to one node (SolrCloud routes it on to the shards that
 * hold the collection), and to the next when a node does not answer, so that a cluster with one node down still
 * answers. SolrJ's own java.net.http client, with basic authentication when credentials are given; TLS by the JVM's
 * trust store. Thread-safe.
 */
public final class SolrNodes implements Closeable {

    /** One request to one node. */
    public interface Call<T> {
        T on(SolrClient node) throws SolrServerException, IOException;
    }

    private final SolrLocation location;
    private final List<SolrClient> nodes = new ArrayList<>();
    private final AtomicInteger preferred = new AtomicInteger();

    public SolrNodes(SolrLocation location, Optional<SolrCredentials> credentials) {
        this.location = location;
        for (String url : location.nodeUrls()) {
            HttpJdkSolrClient.Builder b = new HttpJdkSolrClient.Builder(url)
                    .withConnectionTimeout(5, TimeUnit.SECONDS)
                    .withRequestTimeout(120, TimeUnit.SECONDS)
                    .useHttp1_1(true)
                    // updates as XML: this client's binary request bodies did not reach Solr 9.10 (an empty update
                    // was answered with success; tried on the dev cluster)
                    .withRequestWriter(new org.apache.solr.client.solrj.request.RequestWriter());
            credentials.ifPresent(c -> b.withBasicAuthCredentials(c.user(), c.password()));
            nodes.add(b.build());
        }
    }

    public SolrLocation location() {
        return location;
    }

    /**
     * Runs the call on a node that answers, the last one that did first. A node that cannot be reached is passed
     * over; when none can, the exception names the collection and why each node failed. An answer that is an error
     * (a bad request, refused credentials) is not tried elsewhere: it comes back as it is.
     */
    public <T> T request(Call<T> call) throws IOException {
        List<String> why = new ArrayList<>();
        int first = preferred.get();
        for (int i = 0; i < nodes.size(); i++) {
            int n = (first + i) % nodes.size();
            try {
                T answer = call.on(nodes.get(n));
                preferred.set(n);
                return answer;
            } catch (SolrServerException | IOException e) {
                if (untrusted(e)) {
                    throw new SolrCollectionException(location + ": the certificate of " + location.hosts().get(n)
                            + " is not trusted (" + message(e) + "): give Lexgraph a trust store that holds it, "
                            + "LEXGRAPH_VMARGS=\"-Djavax.net.ssl.trustStore=FILE -Djavax.net.ssl.trustStorePassword=…\"",
                            e);
                }
                if (!unreachable(e)) {
                    throw new SolrCollectionException(location + ": " + message(e), e);
                }
                why.add(location.hosts().get(n) + " (" + whyUnreachable(e) + ")");
            } catch (org.apache.solr.client.solrj.impl.BaseHttpSolrClient.RemoteSolrException e) {
                if (e.code() == 401 || e.code() == 403) {
                    throw new SolrCollectionException(location + " refused the credentials (HTTP " + e.code()
                            + "): set " + SolrCredentials.USER + " and " + SolrCredentials.PASSWORD + ", or "
                            + SolrCredentials.FILE, e);
                }
                if (e.code() == 503 || e.code() == 502 || e.code() == 504) {
                    why.add(location.hosts().get(n) + " (HTTP " + e.code() + ")");
                    continue;
                }
                throw new SolrCollectionException(location + ": " + message(e), e);
            } catch (org.apache.solr.common.SolrException e) {
                throw new SolrCollectionException(location + ": " + message(e), e);
            }
        }
        throw new SolrCollectionException.Unreachable("the collection " + location + " cannot be reached: "
                + String.join("; ", why));
    }

    /** Whether the failure is one of reaching the node (then another node may answer), not of the request. */
    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.http.HttpConnectTimeoutException
                    || t instanceof java.net.http.HttpTimeoutException
                    || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof java.net.NoRouteToHostException
                    || t instanceof java.io.EOFException) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Connection refused")) {
                return true;
            }
        }
        return e instanceof SolrServerException && !(e.getCause() instanceof org.apache.solr.common.SolrException);
    }

    /** Whether the failure is a TLS certificate this JVM does not trust. */
    private static boolean untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLHandshakeException
                    || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** Why a node could not be reached, in a few words. */
    private static String whyUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException
                    || t.getMessage() != null && t.getMessage().contains("Connection refused")) {
                return "connection refused";
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof java.net.NoRouteToHostException) {
                return "no route to the host";
            }
        }
        return message(e);
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (m == null || m.isBlank()) {
            m = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        }
        // Solr's messages carry the whole URL of the request; the first line is enough
        return m.lines().findFirst().orElse(m).strip();
    }

    @Override
    public void close() throws IOException {
        for (SolrClient c : nodes) {
            c.close();
        }
    }
}
