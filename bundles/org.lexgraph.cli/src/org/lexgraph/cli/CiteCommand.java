package org.lexgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.citations.CitationFinder;
import org.lexgraph.core.citations.FoundCitation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph cite}: the citations in files, without a knowledge base. */
@Command(name = "cite", mixinStandardHelpOptions = true,
        header = "find citations in files (no knowledge base needed)",
        description = {"find citations in files (no knowledge base needed): Kamerstukken, Handelingen, gazettes,",
            "ECLI, BWB/Juriconnect, CVDR, publication ids, and what installed bundles add (EU law)"})
final class CiteCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per citation")
    boolean json;
    @Parameters(paramLabel = "FILE", arity = "0..*")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws UsageException {
        if (files.isEmpty()) {
            throw new UsageException("cite: name one or more files");
        }
        CitationFinder finder = new CitationFinder();
        int failures = 0;
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(abs)) {
                err.println("lexgraph: " + abs + ": no such file");
                failures++;
                continue;
            }
            List<FoundCitation> found;
            try {
                found = finder.inFile(abs);
            } catch (IOException e) {
                err.println("lexgraph: " + abs + ": " + e.getMessage());
                failures++;
                continue;
            }
            for (FoundCitation c : found) {
                int page = c.page();
                if (json) {
                    out.println(new Json().put("file", abs.toString()).put("start", c.start()).put("end", c.end())
                            .put("text", c.text()).put("type", c.type()).put("key", c.key())
                            .put("formatted", c.formatted()).put("permalink", c.permalink())
                            .put("page", page > 0 ? page : null));
                } else {
                    out.println(abs.getFileName() + (page > 0 ? " p. " + page : "") + ": " + c.formatted()
                            + "  [" + c.key() + "]");
                }
            }
            if (!json) {
                out.println(abs.getFileName() + ": " + plural(found.size(), "citation"));
            }
        }
        return failures > 0 ? PARTIAL : OK;
    }
}
