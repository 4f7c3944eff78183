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
 * Usage: {@code LocalSolrCloud FOLDER [NODES] [FIRST_PORT]}.
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
        stopped.await();
    }

}
