package org.lexgraph.tools.solr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud of a few nodes and an embedded ZooKeeper in one process, on fixed ports from the first one given
 * (8983, 8984, ...), until the process is stopped. Writes {@code cluster.properties} into its folder when it is up
 * (the nodes' URLs and ZooKeeper's address), and deletes it when it stops.
 * Usage: {@code LocalSolrCloud FOLDER [NODES] [FIRST_PORT]}. With {@code LEXGRAPH_SOLR_AUTH=user:password} in its
 * environment the cluster asks every request for that user (Solr's basic authentication). While it runs, a node is
 * stopped or started again by a file {@code control/stop-node-N} or {@code control/start-node-N} in its folder (the
 * file is removed when done): for trying out, and testing, a cluster with a node down.
 */
public final class LocalSolrCloud {

    private LocalSolrCloud() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalSolrCloud FOLDER [NODES] [FIRST_PORT]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int firstPort = args.length > 2 ? Integer.parseInt(args[2]) : 8983;
        Path ready = folder.resolve("cluster.properties");
        Files.deleteIfExists(ready);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(0, folder.resolve("nodes"),
                MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML, JettyConfig.builder().build());
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            JettySolrRunner node = cluster.startJettySolrRunner("node" + (i + 1), "/solr",
                    JettyConfig.builder().setPort(firstPort + i).build());
            urls.add(node.getBaseUrl().toString());
        }
        cluster.waitForAllNodes(60);
        String auth = System.getenv("LEXGRAPH_SOLR_AUTH");
        if (auth != null && auth.contains(":")) {
            requireBasicAuth(cluster, auth.substring(0, auth.indexOf(':')), auth.substring(auth.indexOf(':') + 1));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("local SolrCloud: stopping: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-solrcloud-stop"));
        String properties = "nodes=" + String.join(",", urls) + "\nzookeeper=" + cluster.getZkServer().getZkAddress()
                + "\n";
        Path tmp = folder.resolve("cluster.properties.tmp");
        Files.writeString(tmp, properties, StandardCharsets.UTF_8);
        Files.move(tmp, ready, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.print(properties);
        System.out.flush();
        Path control = Files.createDirectories(folder.resolve("control"));
        List<JettySolrRunner> runners = new ArrayList<>(cluster.getJettySolrRunners());
        while (!stopped.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            for (int i = 0; i < runners.size(); i++) {
                Path stop = control.resolve("stop-node-" + (i + 1));
                Path start = control.resolve("start-node-" + (i + 1));
                try {
                    if (Files.exists(stop)) {
                        cluster.stopJettySolrRunner(runners.get(i));
                        cluster.waitForJettyToStop(runners.get(i));
                        Files.deleteIfExists(stop);
                    }
                    if (Files.exists(start)) {
                        runners.set(i, cluster.startJettySolrRunner(runners.get(i), true));
                        cluster.waitForNode(runners.get(i), 60);
                        Files.deleteIfExists(start);
                    }
                } catch (Exception e) {
                    System.err.println("local SolrCloud: node " + (i + 1) + ": " + e);
                    Files.writeString(control.resolve("failed-node-" + (i + 1)), e.toString(), StandardCharsets.UTF_8);
                    Files.deleteIfExists(stop);
                    Files.deleteIfExists(start);
                }
            }
        }
    }

    /** Solr's basic authentication for one user, every request (security.json in ZooKeeper; the nodes reload it). */
    private static void requireBasicAuth(MiniSolrCloudCluster cluster, String user, String password) throws Exception {
        String hash = org.apache.solr.security.Sha256AuthenticationProvider.getSaltedHashedValue(password);
        String json = "{\"authentication\":{\"class\":\"solr.BasicAuthPlugin\",\"blockUnknown\":true,"
                + "\"credentials\":{\"" + user + "\":\"" + hash + "\"}}}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        var zk = cluster.getZkClient();
        if (zk.exists("/security.json", true)) {
            zk.setData("/security.json", bytes, true);
        } else {
            zk.create("/security.json", bytes, org.apache.zookeeper.CreateMode.PERSISTENT, true);
        }
        Thread.sleep(2000); // the nodes watch the file and switch to it
    }

}
