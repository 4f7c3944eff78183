package org.lexgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.lexgraph.core.CoverageExport;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.themes.Themes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lexgraph coverage}: links per municipality (kind, year) and ask, as a table, CSV, SVG or PNG. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        header = "links per municipality (kind, year) and ask",
        description = {"how many links per municipality (kind, year) and ask; empty cells show where nothing",
            "addresses an ask"})
final class CoverageCommand extends CliCommand {

    @Option(names = "--by", paramLabel = "ROW", description = "municipality (default), kind or year")
    String by;
    @Option(names = "--csv", description = "as CSV")
    boolean csv;
    @Option(names = "--svg", paramLabel = "FILE", description = "draw it as SVG")
    Path svg;
    @Option(names = "--png", paramLabel = "FILE", description = "draw it as PNG")
    Path png;

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        Themes.By rows = Themes.By.MUNICIPALITY;
        if (by != null) {
            try {
                rows = Themes.By.valueOf(by.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("coverage: --by takes municipality, kind or year, not '" + by + "'");
            }
        }
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            Themes.Coverage c = session.themes().coverage(rows);
            String title = "Coverage of the asks by " + rows.key() + " — " + session.folder().getFileName();
            if (svg != null) {
                Files.writeString(svg, CoverageExport.svg(c, title));
                err.println("wrote " + svg.toAbsolutePath());
            }
            if (png != null) {
                Files.write(png, CoverageExport.png(c, title));
                err.println("wrote " + png.toAbsolutePath());
            }
            if (csv) {
                out.print(CoverageExport.csv(c));
                return OK;
            }
            if (svg != null || png != null) {
                return OK;
            }
            int width = Math.max(12, c.rows().stream().mapToInt(r -> r.value().length()).max().orElse(0) + 2);
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", rows.key()));
            c.asks().forEach(k -> head.append(String.format(Locale.ROOT, "%8s", k)));
            out.println(head);
            for (Themes.Coverage.Row r : c.rows()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", r.value()));
                for (String k : c.asks()) {
                    Themes.Coverage.Cell cell = r.cells().get(k);
                    line.append(String.format(Locale.ROOT, "%8s", cell.isEmpty() ? "." : cell.confirmed() + "/"
                            + cell.proposed()));
                }
                out.println(line);
            }
            out.println("confirmed/proposed links; '.' = nothing addresses the ask");
            return OK;
        }
    }
}
