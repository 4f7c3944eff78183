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
            "status (--provenance: where each value came from)"})
final class SourcesCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per source")
    boolean json;
    @Option(names = "--provenance", description = "where each recognised value came from, and how sure")
    boolean provenance;
    @Option(names = "--kind", paramLabel = "KIND", description = "only sources of this kind")
    String kind;
    @Option(names = "--municipality", paramLabel = "M", description = "only sources of this municipality")
    String municipality;

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
            int n = new SourcesTable(out).print(SourceMetadata.list(session),
                    new SourcesTable.Options(json, kind, municipality, provenance));
            err.println(plural(n, "source"));
            return OK;
        }
    }
}
