package org.lexgraph.cli;

import java.util.Map;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.KnowledgeBaseStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lexgraph info}: the counts of everything in the knowledge base. */
@Command(name = "info", mixinStandardHelpOptions = true,
        header = "counts of sources, passages, citations, actors, themes, ...",
        description = "counts of sources (per kind), passages, citations, actors, themes ...")
final class InfoCommand extends CliCommand {

    @Option(names = "--json", description = "as one JSON object")
    boolean json;

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            KnowledgeBaseStats s = session.library().stats();
            for (String problem : session.loadProblems()) {
                err.println("lexgraph: " + problem);
            }
            if (json) {
                out.println(new Json().put("kb", s.folder()).put("sources", s.sources())
                        .put("sourcesByKind", (Map<String, Integer>) s.sourcesByKind()).put("passages", s.passages())
                        .put("failedSources", s.failedSources()).put("damagedFiles", s.damagedFiles())
                        .put("citations", s.citations()).put("citationsResolved", s.citationsResolved())
                        .put("citationsUnresolved", s.citations() - s.citationsResolved())
                        .put("actors", s.actors()).put("taxonomies", s.taxonomies()).put("themes", s.themes())
                        .put("asks", s.asks()).put("themeLinks", s.themeLinks()).put("collections", s.collections())
                        .put("baskets", s.baskets()).put("savedSearches", s.savedSearches()).put("notes", s.notes())
                        .put("indexedPassages", s.indexedPassages()).put("indexCurrent", s.indexCurrent()));
            } else {
                out.println("knowledge base  " + s.folder());
                out.println("sources         " + s.sources());
                s.sourcesByKind().forEach((k, v) -> out.println("  " + k + " ".repeat(Math.max(1, 14 - k.length()))
                        + v));
                out.println("passages        " + s.passages());
                out.println("failed sources  " + s.failedSources());
                if (s.damagedFiles() > 0) {
                    out.println("damaged files   " + s.damagedFiles());
                }
                out.println("citations       " + s.citations() + " (" + s.citationsResolved() + " resolved)");
                out.println("actors          " + s.actors());
                out.println("taxonomies      " + s.taxonomies() + " (" + s.themes() + " themes, " + s.asks() + " asks)");
                out.println("theme links     " + s.themeLinks());
                out.println("collections     " + s.collections());
                out.println("baskets         " + s.baskets());
                out.println("saved searches  " + s.savedSearches());
                out.println("notes           " + s.notes());
                out.println("index           " + s.indexedPassages() + " passages"
                        + (s.indexCurrent() ? "" : " (out of date)"));
            }
            return s.damagedFiles() > 0 ? PARTIAL : OK;
        }
    }
}
