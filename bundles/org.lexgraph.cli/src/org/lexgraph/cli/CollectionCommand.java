package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.collections.CollectionService.CollectionView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph collection}: the user's folders of sources (without a subcommand: the list). */
@Command(name = "collection", mixinStandardHelpOptions = true,
        header = "collections of sources: list, show, create, rename, delete, add, remove",
        description = {"collections: the user's folders of sources; a source may be in several, a collection in another",
            "(a path A/B names B inside A). Search filters by them: search --collection NAME."},
        subcommands = {CollectionCommand.List_.class, CollectionCommand.Show.class, CollectionCommand.Create.class,
            CollectionCommand.Rename.class, CollectionCommand.Delete.class, CollectionCommand.Add.class,
            CollectionCommand.Remove.class})
final class CollectionCommand extends CliCommand {

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        return list(this, false);
    }

    static int list(CliCommand c, boolean json) throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = c.open(KnowledgeBaseSession.Access.READ)) {
            List<CollectionView> all = session.collections().list();
            for (CollectionView v : all) {
                if (json) {
                    c.out.println(new Json().put("path", v.path()).put("name", v.name()).put("parent", v.parentPath())
                            .put("sources", v.sources()));
                } else {
                    c.out.println(v.path() + "  (" + plural(v.sources(), "source") + ")");
                }
            }
            if (all.isEmpty()) {
                c.err.println("no collections; file sources in one with: lexgraph collection add NAME SOURCE...");
            }
            return OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, header = "the collections",
        description = "the collections with how many sources each holds (itself, not those inside it)")
    static final class List_ extends CliCommand {
        @Option(names = "--json", description = "one JSON object per collection")
        boolean json;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            return list(this, json);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, header = "the sources of a collection",
        description = "the sources filed in a collection: id, title, file")
    static final class Show extends CliCommand {
        @Option(names = "--json", description = "one JSON object per source")
        boolean json;
        @Parameters(paramLabel = "COLLECTION")
        String path;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
                List<String> ids = session.collections().sourceIds(path);
                for (String id : ids) {
                    Optional<SourceSummary> s = session.library().findSource(id);
                    String title = s.map(SourceSummary::title).orElse(null);
                    String file = s.map(SourceSummary::file).orElse(null);
                    if (json) {
                        out.println(new Json().put("id", id).put("title", title).put("file", file));
                    } else {
                        out.println(id + "  " + (title == null ? "" : title) + (file == null ? "" : "  " + file));
                    }
                }
                err.println(plural(ids.size(), "source") + " in " + path);
                return OK;
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, header = "make a collection",
        description = "make a collection; A/B makes B inside A, which must exist")
    static final class Create extends CliCommand {
        @Parameters(paramLabel = "COLLECTION")
        String path;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.collections().create(path);
                out.println("collection " + path + " made");
                return OK;
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, header = "rename a collection",
        description = "give a collection another name (it stays where it is)")
    static final class Rename extends CliCommand {
        @Parameters(index = "0", paramLabel = "COLLECTION")
        String path;
        @Parameters(index = "1", paramLabel = "NEW-NAME")
        String name;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.collections().rename(path, name);
                out.println("collection " + path + " is now " + name);
                return OK;
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, header = "delete a collection",
        description = "delete a collection and those inside it; its sources stay in the knowledge base")
    static final class Delete extends CliCommand {
        @Parameters(paramLabel = "COLLECTION")
        String path;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.collections().delete(path);
                out.println("collection " + path + " deleted; its sources are still in the knowledge base");
                return OK;
            }
        }
    }

    /** {@code add} and {@code remove}: a collection and the sources named after it. */
    abstract static class Filing extends CliCommand {
        @Parameters(index = "0", paramLabel = "COLLECTION")
        String path;
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE")
        List<String> sources;

        /** Does the filing; returns what to say. */
        abstract String file(KnowledgeBaseSession session, List<String> ids) throws KnowledgeBaseException;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                List<String> ids = found(this, session, sources);
                out.println(file(session, ids));
                return ids.size() < sources.size() ? PARTIAL : OK;
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, header = "file sources in a collection",
        description = {"file sources in a collection (made when there is none of that name); a source is named by its",
            "id, its file, an identifier it carries (ECLI, BWB or CVDR id, Kamerstuk) or its exact title"})
    static final class Add extends Filing {
        @Override
        String file(KnowledgeBaseSession session, List<String> ids) throws KnowledgeBaseException {
            int filed = ids.isEmpty() ? 0 : session.collections().add(path, ids);
            return plural(filed, "source") + " filed in " + path
                    + (ids.size() > filed ? " (" + (ids.size() - filed) + " there already)" : "");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, header = "take sources out of a collection",
        description = "take sources out of a collection; they stay in the knowledge base")
    static final class Remove extends Filing {
        @Override
        String file(KnowledgeBaseSession session, List<String> ids) throws KnowledgeBaseException {
            int removed = ids.isEmpty() ? 0 : session.collections().remove(path, ids);
            return plural(removed, "source") + " taken out of " + path;
        }
    }

    /** The ids of the sources the user named; each one not found is said on stderr. */
    static List<String> found(CliCommand c, KnowledgeBaseSession session, List<String> references) {
        List<String> ids = new ArrayList<>();
        for (String ref : references) {
            Optional<SourceSummary> s = session.library().findSource(ref);
            if (s.isPresent()) {
                ids.add(s.get().id());
            } else {
                c.err.println("lexgraph: no source " + ref + " in " + session.folder()
                        + " (a source is named by its id, file, identifier or exact title; see: lexgraph sources)");
            }
        }
        return ids;
    }
}
