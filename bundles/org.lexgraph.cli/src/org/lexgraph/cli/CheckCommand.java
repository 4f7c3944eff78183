package org.lexgraph.cli;

import java.util.List;
import java.util.Locale;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lexgraph check}: validation of the knowledge base. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "validate the knowledge base",
        description = {"validate: failed sources, unresolved citations, duplicate identifiers, sources without title",
            "or date, links to removed asks, damaged files. Reads again only the sources saved since the last check;",
            "--full reads every source."})
final class CheckCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per problem")
    boolean json;

    @Option(names = "--full", description = "read every source again, not only those saved since the last check")
    boolean full;

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<Problem> problems = session.validation().check(full);
            long errors = 0;
            long warnings = 0;
            for (Problem p : problems) {
                String severity = p.severity().name().toLowerCase(Locale.ROOT);
                if (p.severity() == Problem.Severity.ERROR) {
                    errors++;
                } else if (p.severity() == Problem.Severity.WARNING) {
                    warnings++;
                }
                if (json) {
                    out.println(new Json().put("severity", severity).put("code", p.code()).put("message", p.message())
                            .put("object", p.objectId()).put("source", p.sourceId()));
                } else {
                    out.println(severity + ": " + p.message() + "  [" + p.code() + "]");
                }
            }
            (json ? err : out).println(plural(errors, "error") + ", " + plural(warnings, "warning"));
            return errors > 0 ? PARTIAL : OK;
        }
    }
}
