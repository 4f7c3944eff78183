package org.lexgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SavedSearchReport;
import org.lexgraph.query.QuerySyntaxException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph import}: files and folders into the knowledge base (made when it does not exist). */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "import files and folders into the knowledge base",
        description = {"import files and folders (recursively); unchanged files are skipped, changed ones updated,",
            "files gone from a folder marked as removed; ZIP archives and e-mails (EML, MSG) give one source per",
            "document in them"})
final class ImportCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per file and a summary")
    boolean json;

    @Option(names = "--jobs", paramLabel = "N", description = "files read at once (default: cores, at most 4)")
    String jobs;

    @Option(names = "--timeout", paramLabel = "S", description = "a file taking longer than S seconds (300) is"
            + " recorded as failed")
    String timeout;

    @Option(names = "--max-size", paramLabel = "MB", description = "a file over MB megabytes (500) is recorded as"
            + " failed")
    String maxSize;

    @Option(names = "--no-link", description = "leave the theme linker for one 'link' afterwards")
    boolean noLink;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files and folders")
    List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, QuerySyntaxException, java.io.IOException {
        if (paths.isEmpty()) {
            throw new UsageException("import: name one or more files or folders");
        }
        Importer.Limits limits = Importer.Limits.DEFAULT;
        if (maxSize != null) {
            limits = new Importer.Limits(positive("--max-size", maxSize) << 20, limits.maxTextChars(),
                    limits.timeoutSeconds(), limits.threads());
        }
        if (timeout != null) {
            limits = new Importer.Limits(limits.maxFileBytes(), limits.maxTextChars(),
                    (int) Math.min(positive("--timeout", timeout), 86_400), limits.threads());
        }
        if (jobs != null) {
            limits = new Importer.Limits(limits.maxFileBytes(), limits.maxTextChars(), limits.timeoutSeconds(),
                    (int) Math.min(positive("--jobs", jobs), 64));
        }
        long start = System.nanoTime();
        ProgressLine progress = new ProgressLine(err, interactive);
        ImportReport report;
        List<SavedSearchReport> saved = List.of();
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.LAZY, progress)) {
            Importer.Options opts = Importer.Options.DEFAULT.withLimits(limits);
            report = session.imports().importPaths(paths, noLink ? opts.withoutLinking() : opts, progress);
            Set<String> fresh = new HashSet<>();
            for (FileOutcome o : report.outcomes()) {
                if (o.status() == FileOutcome.Status.IMPORTED || o.status() == FileOutcome.Status.UPDATED) {
                    fresh.add(o.sourceId());
                }
            }
            if (!fresh.isEmpty()) {
                saved = session.search().runSavedSearches(fresh, false);
            }
        } finally {
            progress.clear();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (FileOutcome o : report.outcomes()) {
            if (o.status().isFailure()) {
                err.println("lexgraph: " + o.display() + ": " + o.message());
            }
            if (json) {
                out.println(new Json().put("type", "file").put("file", o.file().toString()).put("member", o.member())
                        .put("status", o.status().name().toLowerCase(Locale.ROOT)).put("source", o.sourceId())
                        .put("passages", o.passages()).put("message", o.message().isEmpty() ? null : o.message()));
            }
        }
        String summary = String.format(Locale.ROOT,
                "imported %d, updated %d, unchanged %d, duplicate %d, failed %d%s%s in %.1f s",
                report.count(FileOutcome.Status.IMPORTED), report.count(FileOutcome.Status.UPDATED),
                report.count(FileOutcome.Status.UNCHANGED), report.count(FileOutcome.Status.DUPLICATE),
                report.failures(), (report.count(FileOutcome.Status.SKIPPED) > 0
                        ? ", skipped " + report.count(FileOutcome.Status.SKIPPED) : "")
                        + (report.count(FileOutcome.Status.REMOVED) > 0
                                ? ", removed " + report.count(FileOutcome.Status.REMOVED) : ""),
                report.cancelled() ? " (cancelled)" : "", seconds);
        for (SavedSearchReport r : saved) {
            if (r.newHits() > 0) {
                err.println("saved search " + r.name() + ": " + plural(r.newHits(), "new passage"));
            }
        }
        if (json) {
            out.println(new Json().put("type", "summary").put("imported", report.count(FileOutcome.Status.IMPORTED))
                    .put("updated", report.count(FileOutcome.Status.UPDATED))
                    .put("unchanged", report.count(FileOutcome.Status.UNCHANGED))
                    .put("duplicate", report.count(FileOutcome.Status.DUPLICATE))
                    .put("skipped", report.count(FileOutcome.Status.SKIPPED))
                    .put("removed", report.count(FileOutcome.Status.REMOVED))
                    .put("failed", report.failures()).put("cancelled", report.cancelled()).put("seconds", seconds));
            err.println(summary);
        } else {
            out.println(summary);
        }
        return report.failures() > 0 || report.cancelled() ? PARTIAL : OK;
    }

    private static long positive(String option, String value) throws UsageException {
        try {
            long v = Long.parseLong(value);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("import: " + option + " needs a positive whole number, not " + value);
    }
}
