package org.lexgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Taxonomies;
import org.lexgraph.core.TaxonomyEntry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph taxonomy}: the themes and asks, and adding a taxonomy. */
@Command(name = "taxonomy", mixinStandardHelpOptions = true,
        header = "the themes and asks; add a taxonomy",
        description = "the themes and asks sources are linked to (key, label, parent)",
        subcommands = {TaxonomyCommand.Add.class, TaxonomyCommand.Available.class})
final class TaxonomyCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per theme or ask")
    boolean json;

    @Override
    public Integer call() throws KnowledgeBaseException, IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            String current = null;
            for (TaxonomyEntry e : session.themes().taxonomy()) {
                if (json) {
                    out.println(new Json().put("taxonomy", e.taxonomy()).put("key", e.key()).put("label", e.label())
                            .put("parent", e.parent()));
                    continue;
                }
                if (!e.taxonomy().equals(current)) {
                    current = e.taxonomy();
                    out.println(current);
                }
                out.println((e.parent() == null ? "  " : "    ") + e.key() + "  " + e.label());
            }
        }
        return OK;
    }

    /** {@code taxonomy add}: from a tab-separated file, or one an installed bundle contributes. */
    @Command(name = "add", mixinStandardHelpOptions = true,
        header = "add a taxonomy from a file or a bundle",
            description = {"add a taxonomy from a tab-separated file: key, parent, label, terms;",
                "or, with --contributed KEY, one of those 'taxonomy available' lists"})
    static final class Add extends CliCommand {

        @Option(names = "--key", paramLabel = "K", description = "its key (default: the file's name)")
        String key;
        @Option(names = "--name", paramLabel = "N", description = "its name (default: the file's name)")
        String name;
        @Option(names = "--contributed", paramLabel = "KEY", description = "the key of a contributed taxonomy")
        String contributed;
        @Parameters(paramLabel = "FILE", arity = "0..*")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException {
            if (contributed != null) {
                if (!files.isEmpty()) {
                    throw new UsageException("taxonomy add: a file or --contributed KEY, not both");
                }
                try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.CREATE)) {
                    int n = session.themes().addContributedTaxonomy(contributed);
                    out.println("added taxonomy " + contributed + " with " + n + " themes and asks");
                    return OK;
                } catch (IOException e) {
                    err.println("lexgraph: taxonomy " + contributed + ": " + e.getMessage());
                    return PARTIAL;
                }
            }
            if (files.isEmpty()) {
                throw new UsageException("taxonomy add: name a tab-separated file (key, parent, label, terms)");
            }
            if (files.size() > 1) {
                throw new UsageException("taxonomy add: one file at a time");
            }
            Path file = files.get(0);
            if (!Files.isRegularFile(file)) {
                err.println("lexgraph: " + file.toAbsolutePath() + ": no such file");
                return PARTIAL;
            }
            String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
            String k = key == null ? base : key;
            String n = name == null ? base : name;
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.CREATE);
                    BufferedReader in = Files.newBufferedReader(file)) {
                int count = session.themes().addTaxonomy(in, k, n);
                out.println("added taxonomy " + k + " with " + count + " themes and asks");
                return OK;
            } catch (IOException e) {
                err.println("lexgraph: " + file.toAbsolutePath() + ": " + e.getMessage());
                return PARTIAL;
            }
        }
    }

    /** {@code taxonomy available}: the taxonomies installed bundles contribute. */
    @Command(name = "available", mixinStandardHelpOptions = true,
        header = "the taxonomies installed bundles contribute",
            description = "the taxonomies installed bundles contribute (extension point org.lexgraph.core.taxonomies)")
    static final class Available extends CliCommand {

        @Option(names = "--json", description = "one JSON object per taxonomy")
        boolean json;

        @Override
        public Integer call() {
            if (Taxonomies.contributed().isEmpty() && !json) {
                err.println("lexgraph: no installed bundle contributes a taxonomy (docs/EXTENDING.md shows how)");
            }
            for (Taxonomies.Offered o : Taxonomies.contributed()) {
                if (json) {
                    out.println(new Json().put("key", o.key()).put("name", o.name()).put("bundle", o.bundle())
                            .put("default", o.isDefault()));
                } else {
                    out.println(o.key() + "  " + o.name() + "  (" + o.bundle() + (o.isDefault() ? ", in every new"
                            + " knowledge base" : "") + ")");
                }
            }
            return OK;
        }
    }
}
