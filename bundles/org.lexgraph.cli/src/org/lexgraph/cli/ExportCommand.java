package org.lexgraph.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexgraph.core.BasketExport;
import org.lexgraph.core.Exporters;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.PersonalData;
import org.lexgraph.core.QuoteView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph export}: a basket in a format of the contributed exporters, stopped by personal data. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "a basket as Markdown, DOCX, CSL-JSON, RIS or BibTeX",
        description = {"a basket for a letter (Markdown, DOCX) or a reference manager (CSL-JSON, RIS, BibTeX);",
            "personal data in the quotes stops the export until you choose to blank it (--redact) or keep it"})
final class ExportCommand extends CliCommand {

    @Option(names = "--format", paramLabel = "FORMAT", description = "markdown, docx, csl-json, ris, bibtex, or one"
            + " an installed bundle contributes")
    String format;
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to this file (needed for DOCX)")
    Path file;
    @Option(names = "--redact", description = "blank possible personal data")
    boolean redact;
    @Option(names = "--keep-personal-data", description = "keep possible personal data")
    boolean keep;
    @Parameters(paramLabel = "NAME", arity = "0..1")
    String name;

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (name == null || format == null) {
            throw new UsageException("export: give a basket name and --format");
        }
        List<String> formats = Exporters.available().stream().map(Exporters.Format::id).toList();
        Optional<Exporters.Format> chosen = Exporters.format(format);
        if (chosen.isEmpty()) {
            throw new UsageException("export: --format takes one of " + String.join(", ", formats) + "; not '"
                    + format + "'");
        }
        if (chosen.get().binary() && file == null) {
            throw new UsageException("export: " + (chosen.get().id().equals("docx") ? "DOCX" : chosen.get().label())
                    + " is written to a file: give -o FILE");
        }
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<QuoteView> quotes = new ArrayList<>(session.baskets().basket(name));
            int found = 0;
            for (int i = 0; i < quotes.size(); i++) {
                QuoteView q = quotes.get(i);
                List<PersonalData.Finding> f = new ArrayList<>(PersonalData.scan(q.text()));
                List<PersonalData.Finding> inNote = PersonalData.scan(q.exportNote());
                for (var x : f) {
                    err.println("lexgraph: quote " + (i + 1) + " (" + q.citation() + "): possible " + x.kind() + ": "
                            + x.text());
                }
                for (var x : inNote) {
                    err.println("lexgraph: note of quote " + (i + 1) + ": possible " + x.kind() + ": " + x.text());
                }
                found += f.size() + inNote.size();
                if (redact && (!f.isEmpty() || !inNote.isEmpty())) {
                    quotes.set(i, q.redacted());
                }
            }
            if (found > 0 && !redact && !keep) {
                err.println("lexgraph: export: " + found + " possible personal data in basket " + name
                        + "; nothing written. Export again with --redact to blank them, or --keep-personal-data to"
                        + " keep them (sources about people without a residence permit can endanger them)");
                return PARTIAL;
            }
            Map<String, String> labels = new HashMap<>();
            session.themes().taxonomy().forEach(t -> labels.putIfAbsent(t.key(), t.label()));
            byte[] bytes = BasketExport.write(format, name, quotes, labels);
            if (file != null) {
                Files.write(file, bytes);
                err.println("wrote " + plural(quotes.size(), "quote") + " to " + file.toAbsolutePath()
                        + (redact && found > 0 ? " (" + found + " blanked)" : ""));
            } else {
                out.print(new String(bytes, StandardCharsets.UTF_8));
            }
            return OK;
        }
    }
}
