package org.lexgraph.cli;

import java.util.Map;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.sharing.IndexBinding;
import org.lexgraph.core.sharing.SharedSource;
import org.lexgraph.core.sharing.SharingService;
import org.lexgraph.query.SearchHit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph index}: which index the knowledge base searches: its own, or a research team's shared collection. */
@Command(name = "index", mixinStandardHelpOptions = true,
        header = "the index searched: the knowledge base's own, or a team's shared collection on SolrCloud",
        description = {"A knowledge base searches its own index unless it is bound to a collection on SolrCloud",
            "(index use solr://HOST:PORT/COLLECTION): it then publishes its passages there under a name and",
            "searches everything the team published; every hit says whose knowledge base it comes from.",
            "Credentials for Solr's basic authentication: LEXGRAPH_SOLR_USER and LEXGRAPH_SOLR_PASSWORD, or a file",
            "of one line USER:PASSWORD (LEXGRAPH_SOLR_CREDENTIALS, else ~/.lexgraph/solr-credentials); never kept in",
            "the knowledge base. solrs:// is Solr over TLS (the JVM's trust store)."},
        subcommands = {IndexCommand.Status.class, IndexCommand.Use.class, IndexCommand.Sync.class,
            IndexCommand.Show.class, IndexCommand.Copy.class})
final class IndexCommand extends CliCommand {

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        return status(this, false);
    }

    static int status(CliCommand c, boolean json) throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = c.open(KnowledgeBaseSession.Access.READ)) {
            SharingService.Status s = session.sharing().status();
            if (s.binding().isEmpty()) {
                if (json) {
                    c.out.println(new Json().put("index", "local"));
                } else {
                    c.out.println("own index (local); bind to a team's collection with: lexgraph index use "
                            + "solr://HOST:PORT/COLLECTION");
                }
                return OK;
            }
            IndexBinding b = s.binding().get();
            if (json) {
                c.out.println(new Json().put("index", b.location()).put("name", b.name())
                        .put("pending", s.pendingSources()).put("published", s.ownPassages() < 0 ? null : s.ownPassages())
                        .put("passages", s.allPassages() < 0 ? null : s.allPassages()).put("publishers", s.publishers())
                        .put("liveNodes", s.problem() == null ? s.liveNodes() : null).put("problem", s.problem()));
            } else {
                c.out.println(b.location() + "  published as " + b.name());
                c.out.println(s.pendingSources() == 0 ? "up to date"
                        : s.pendingSources() < 0 ? "waiting to be sent: all sources (lexgraph index sync)"
                                : "waiting to be sent: " + plural(s.pendingSources(), "source") + " (lexgraph index sync)");
                if (s.problem() != null) {
                    c.out.println("cannot be reached: " + s.problem());
                } else {
                    c.out.println(plural(s.liveNodes(), "live node") + ", " + plural(s.allPassages(), "passage") + ":");
                    for (Map.Entry<String, Long> e : s.publishers().entrySet()) {
                        c.out.println("  " + e.getKey() + "  " + plural(e.getValue(), "passage")
                                + (e.getKey().equals(b.name()) ? "  (this knowledge base)" : ""));
                    }
                }
            }
            return s.problem() == null ? OK : PARTIAL;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, header = "which index, and how it stands",
        description = "the index searched; when bound to a collection: what waits to be sent, the live nodes and "
            + "the knowledge bases that published there")
    static final class Status extends CliCommand {
        @Option(names = "--json", description = "one JSON object")
        boolean json;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            return status(this, json);
        }
    }

    @Command(name = "use", mixinStandardHelpOptions = true, header = "bind to a shared collection, or back to local",
        description = {"solr://HOST:PORT[,HOST:PORT...]/COLLECTION: publish this knowledge base's passages there and",
            "search the collection from now on (made with Lexgraph's schema when missing); 'local': the own index",
            "again (the passages published stay in the collection unless --withdraw)."})
    static final class Use extends CliCommand {
        @Parameters(paramLabel = "COLLECTION|local")
        String where;
        @Option(names = "--as", paramLabel = "NAME",
                description = "the name to publish under, shown with every hit from this knowledge base "
                        + "(default: your user name and the folder's name)")
        String name;
        @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
                description = "shards of a collection made now (default: ${DEFAULT-VALUE})")
        int shards;
        @Option(names = "--replicas", paramLabel = "N", defaultValue = "0",
                description = "replicas of each shard of a collection made now (default: one per live node, up to 2)")
        int replicas;
        @Option(names = "--withdraw", description = "with 'local': take this knowledge base's passages out of the "
                + "collection first")
        boolean withdraw;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException, UsageException {
            if (shards < 1 || replicas < 0) {
                throw new UsageException("index use: --shards needs 1 or more, --replicas 0 or more");
            }
            ProgressLine progress = new ProgressLine(err, interactive);
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                if (where.equalsIgnoreCase("local")) {
                    String was = session.sharing().binding().map(IndexBinding::location).orElse(null);
                    session.sharing().useLocal(withdraw);
                    out.println(was == null ? "already on its own index"
                            : "own index again" + (withdraw ? "; its passages were taken out of " + was
                                    : "; its passages stay in " + was));
                    return OK;
                }
                String as = name != null ? name
                        : System.getProperty("user.name", "user") + "-" + folder().toAbsolutePath().getFileName();
                int sent = session.sharing().use(where, as, shards, replicas, progress);
                progress.clear();
                out.println("bound to " + session.sharing().binding().map(IndexBinding::location).orElse(where)
                        + " as " + as + "; " + plural(sent, "source") + " published");
                return OK;
            } finally {
                progress.clear();
            }
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, header = "send the collection what waits",
        description = "send the shared collection the changes that could not be sent (the cluster was unreachable); "
            + "--all: every passage of the knowledge base again")
    static final class Sync extends CliCommand {
        @Option(names = "--all", description = "send everything again (its copy in the collection replaced)")
        boolean all;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            ProgressLine progress = new ProgressLine(err, interactive);
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                int sent = session.sharing().sync(all, progress);
                progress.clear();
                out.println(sent == 0 ? "up to date" : plural(sent, "source") + " sent");
                return OK;
            } finally {
                progress.clear();
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, header = "read a source another knowledge base published",
        description = "a source from the shared collection, read-only: its metadata and passages (a search hit's "
            + "'from' and 'source')")
    static final class Show extends CliCommand {
        @Parameters(index = "0", paramLabel = "FROM", description = "whose knowledge base (a hit's 'from')")
        String from;
        @Parameters(index = "1", paramLabel = "SOURCE", description = "the source's id (a hit's 'source')")
        String source;
        @Option(names = "--json", description = "one JSON object per passage")
        boolean json;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
                SharedSource shared = session.sharing().sharedSource(from, source).orElseThrow(() ->
                        new KnowledgeBaseException("no source " + source + " from " + from + " in "
                                + session.sharing().binding().map(IndexBinding::location).orElse("the collection")));
                if (json) {
                    for (SharedSource.Passage p : shared.passages()) {
                        out.println(new Json().put("from", from).put("source", shared.sourceId())
                                .put("passage", p.id()).put("title", shared.title()).put("kind", shared.kind())
                                .put("date", SearchHit.isoDate(shared.date())).put("file", shared.file())
                                .put("page", p.page() > 0 ? p.page() : null).put("anchor", emptyToNull(p.anchor()))
                                .put("text", p.text()).put("fields", shared.fields()));
                    }
                    return OK;
                }
                out.println(shared.title() + "  [" + shared.kind() + "]"
                        + (shared.date() > 0 ? "  " + SearchHit.isoDate(shared.date()) : "") + "  (from " + from
                        + ", read-only)");
                shared.fields().forEach((k, v) -> out.println("  " + k + ": " + String.join(", ", v)));
                out.println("  file: " + shared.file());
                String anchor = null;
                for (SharedSource.Passage p : shared.passages()) {
                    if (p.anchor() != null && !p.anchor().isEmpty() && !p.anchor().equals(anchor)) {
                        out.println();
                        out.println("## " + p.anchor() + (p.page() > 0 ? "  (p. " + p.page() + ")" : ""));
                        anchor = p.anchor();
                    }
                    out.println(p.text());
                }
                return OK;
            }
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
        header = "copy a source another knowledge base published into this one",
        description = {"copies a source from the shared collection (a hit's 'from' and 'source') into this knowledge",
            "base: its text as a file of the knowledge base (shared-copies/FROM/...), imported as any file, with the",
            "original's title and date, and a note saying where it came from with the original's other fields"})
    static final class Copy extends CliCommand {
        @Parameters(index = "0", paramLabel = "FROM", description = "whose knowledge base (a hit's 'from')")
        String from;
        @Parameters(index = "1", paramLabel = "SOURCE", description = "the source's id (a hit's 'source')")
        String source;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            ProgressLine progress = new ProgressLine(err, interactive);
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                String id = session.sharing().copyIn(from, source, progress);
                progress.clear();
                String file = session.library().findSource(id).map(org.lexgraph.core.SourceSummary::file).orElse("");
                out.println("copied " + source + " from " + from + " as " + id + "  " + file);
                return OK;
            } finally {
                progress.clear();
            }
        }
    }
}
