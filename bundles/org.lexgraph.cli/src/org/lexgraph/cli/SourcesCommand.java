package org.lexgraph.cli;

import java.util.Arrays;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceMetadata;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lexgraph sources}: the library, filtered by kind and municipality. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        header = "the library, with where each recognised value came from",
        description = {"the library: id, file, title, kind, date, identifiers, municipality, court, language,",
            "status (--provenance: where each value came from); filtered by kind, municipality or collection"})
final class SourcesCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per source")
    boolean json;
    @Option(names = "--provenance", description = "where each recognised value came from, and how sure")
    boolean provenance;
    @Option(names = "--kind", paramLabel = "KIND", description = "only sources of this kind")
    String kind;
    @Option(names = "--municipality", paramLabel = "M", description = "only sources of this municipality")
    String municipality;
    @Option(names = "--collection", paramLabel = "C", description = "only sources filed in this collection")
    String collection;

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (kind != null) {
            try {
                SourceKind.fromKey(kind);
            } catch (IllegalArgumentException e) {
                throw new UsageException("sources: unknown kind " + kind + " (kinds: "
                        + Arrays.stream(SourceKind.values()).map(SourceKind::key).toList() + ")");
            }
        }
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            java.util.List<SourceMetadata> all = SourceMetadata.list(session);
            if (collection != null) {
                java.util.Set<String> filed = new java.util.HashSet<>(session.collections().sourceIds(collection));
                all = all.stream().filter(m -> filed.contains(m.id())).toList();
            }
            int n = new SourcesTable(out).print(all,
                    new SourcesTable.Options(json, kind, municipality, provenance));
            err.println(plural(n, "source"));
            return OK;
        }
    }
}
