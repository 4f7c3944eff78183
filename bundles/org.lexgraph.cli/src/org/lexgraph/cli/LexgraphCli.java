package org.lexgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.Importer;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseLocations;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.KnowledgeBaseStats;
import org.lexgraph.core.Problem;
import org.lexgraph.core.TaxonomyEntry;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchResult;

/**
 * The {@code lexgraph} command: parses arguments, runs one subcommand against a knowledge base and returns the exit
 * code (0 all done, 1 some inputs failed, 2 usage error or unusable knowledge base). Results go to {@code out};
 * messages and progress to {@code err}. With {@code --json}, {@code out} carries one JSON object per line and nothing
 * else. Plain Java, so tests call it directly.
 */
public final class LexgraphCli {

    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: lexgraph [--kb DIR] COMMAND [OPTIONS] [ARGS]

            Lexgraph indexes legal and policy sources (PDF, Word, HTML, text, XML) into a searchable knowledge base.
            Without a command, ./lexgraph opens the workbench.

            global options:
              --kb DIR        the knowledge base folder (default: $LEXGRAPH_HOME, else ~/.lexgraph/default,
                              which is created with a sample corpus on first use)
              --help, -h      show this help
              --version       show the version

            commands:
              import [--json] [--jobs N] [--timeout S] [--max-size MB] [--no-link] PATH...
                                              import files and folders (recursively); unchanged files are skipped,
                                              changed ones updated, files gone from a folder marked as removed;
                                              ZIP archives and e-mails (EML, MSG) give one source per document in
                                              them; N files are read at once (default: cores, at most 4); a file
                                              over S seconds (300) or MB megabytes (500) is recorded as failed;
                                              --no-link leaves the theme linker for one 'link' afterwards
              search [--limit N] [--offset N] [--kind KIND] [--year Y] [--municipality M] [--dossier D]
                     [--court C] [--actor A] [--theme KEY] [--collection C] [--from DATE] [--to DATE]
                     [--inforce DATE] [--sort relevance|date] [--by source|passage] [--like PASSAGE]
                     [--facets] [--json] QUERY | --batch FILE
                                              search passages; words are OR-ed, "quoted phrases", AND/OR/NOT, +/-;
                                              synonyms and English terms are added from the thesaurus; results are
                                              sources with their best passages (--by passage: one per passage);
                                              --batch runs one query per line (id TAB query, or the query alone);
                                              a filter given twice means either value; --like finds passages
                                              like one (its id); --inforce keeps the regulations in force that day
              info [--json]                   counts of sources (per kind), passages, citations, actors, themes ...
              sources [--json] [--kind K] [--municipality M] [--provenance]
                                              the library: id, file, title, kind, date, identifiers, municipality,
                                              court, language, status (--provenance: where each value came from)
              taxonomy [--json]               the themes and asks sources are linked to (key, label, parent)
              taxonomy add FILE [--key K] [--name N]
                                              add a taxonomy from a tab-separated file: key, parent, label, terms
              taxonomy available [--json]     the taxonomies installed bundles contribute
              taxonomy add --contributed KEY  add one of them
              themes [--json] [--ask KEY] [--state proposed|confirmed|rejected]
                                              the passages linked to the letter's asks, with score, state and
                                              evidence (the profile's words found and where)
              link [--json]                   run the theme linker over all sources (imports run it on what they
                                              bring); never changes a link you confirmed, rejected or made
              link confirm|reject LINK        decide a proposed link; link add SOURCE PASSAGE ASK makes one
              coverage [--by municipality|kind|year] [--csv] [--svg FILE] [--png FILE]
                                              how many links per municipality (kind, year) and ask; empty cells
                                              show where nothing addresses an ask
              basket list | show NAME [--json] | add NAME --passage ID [--from N --to M] [--note T] [--ask KEY]
                     | move NAME QUOTE INDEX | remove NAME QUOTE
                                              baskets of quotes: the words of a passage (characters N to M) with
                                              their pinpoint and citation (Leidraad), a note and the asks they back
              export NAME --format markdown|docx|csl-json|ris|bibtex [-o FILE] [--redact | --keep-personal-data]
                                              a basket for a letter (Markdown, DOCX) or a reference manager
                                              (CSL-JSON, RIS, BibTeX); personal data in the quotes stops the export
                                              until you choose to blank it (--redact) or keep it
              cite [--json] FILE...           find citations in files (no knowledge base needed): Kamerstukken,
                                              Handelingen, gazettes, ECLI, BWB/Juriconnect, CVDR, publication ids
              citations [--json] [--incoming] SOURCE
                                              what a source cites (or, with --incoming, what cites it); SOURCE is
                                              its id, file, title or an identifier such as an ECLI or BWB id
              saved [--json] [--new]          the saved searches with their hits (--new: only new hits since the
                                              last look, which is then remembered); imports report new hits too
              saved add NAME [--kind KIND] [--municipality M] [--theme KEY] ... QUERY
                                              save a query (with the filters search takes) under a name
              saved delete NAME               delete a saved search
              versions [--json] SOURCE        the versions of a regulation (CVDR or BWB work), oldest first, with
                                              their dates in force and the publication that made them
              versions --suggest | link SOURCE SOURCE...
                                              regulations that look like versions of one another (same title and
                                              authority, no work id); link confirms them as one regulation
              diff [--json] [--article N] VERSION_A VERSION_B
                                              the articles of two versions aligned (renumbered, inserted, removed)
                                              with word differences: [-struck-] {+added+}
              inforce [--json] [--kind regulation] [--municipality M] [--matching QUERY] DATE
                                              the regulations in force on a day (2022-01-01), one version each;
                                              --matching keeps those whose text then matches (which municipalities
                                              had a shelter arrangement in force, and since when)
              check [--json]                  validate: failed sources, unresolved citations, duplicate identifiers,
                                              sources without title or date, links to removed asks, damaged files
              help                            show this help

            exit codes: 0 done, 1 some inputs failed (each named on stderr) or check found errors,
                        2 usage error or unusable knowledge base
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    public LexgraphCli(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** A usage error, reported with a hint to the help. */
    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The export formats contributed (Exporters), by the id --format takes. */
    private static List<String> exportFormats() {
        return org.lexgraph.core.Exporters.available().stream().map(org.lexgraph.core.Exporters.Format::id).toList();
    }

    public int run(String[] args) {
        // the command line draws images (a coverage PNG) without a display, even where DISPLAY names one it cannot
        // reach (a closed SSH forwarding, an Xvfb that is gone)
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        try {
            return dispatch(List.of(args));
        } catch (UsageException e) {
            err.println("lexgraph: " + e.getMessage());
            err.println("Run 'lexgraph --help' for usage.");
            return USAGE;
        } catch (KnowledgeBaseException e) {
            err.println("lexgraph: " + e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            err.println("lexgraph: unexpected error: " + e);
            return USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(List<String> args) throws UsageException, KnowledgeBaseException, IOException {
        Path kb = null;
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("-")) {
            String a = args.get(i);
            switch (a) {
                case "--kb" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--kb needs a folder");
                    }
                    kb = Path.of(args.get(i + 1));
                    i += 2;
                }
                case "--help", "-h" -> {
                    out.print(USAGE_TEXT);
                    return OK;
                }
                case "--version" -> {
                    out.println("lexgraph " + version());
                    return OK;
                }
                default -> {
                    if (a.startsWith("--kb=")) {
                        kb = Path.of(a.substring(5));
                        i++;
                    } else {
                        throw new UsageException("unknown option " + a);
                    }
                }
            }
        }
        if (i >= args.size()) {
            throw new UsageException("no command given");
        }
        String command = args.get(i);
        List<String> rest = args.subList(i + 1, args.size());
        if (command.equals("cite")) {
            return citeCommand(rest); // works on files, without a knowledge base
        }
        Path folder = kb != null ? kb : KnowledgeBaseLocations.defaultFolder();
        return switch (command) {
            case "import" -> importCommand(folder, rest);
            case "search" -> searchCommand(folder, rest);
            case "info" -> infoCommand(folder, rest);
            case "sources" -> sourcesCommand(folder, rest);
            case "taxonomy" -> taxonomyCommand(folder, rest);
            case "check" -> checkCommand(folder, rest);
            case "citations" -> citationsCommand(folder, rest);
            case "versions" -> versionsCommand(folder, rest);
            case "diff" -> diffCommand(folder, rest);
            case "inforce" -> inForceCommand(folder, rest);
            case "saved" -> savedCommand(folder, rest);
            case "themes" -> themesCommand(folder, rest);
            case "link" -> linkCommand(folder, rest);
            case "coverage" -> coverageCommand(folder, rest);
            case "basket" -> basketCommand(folder, rest);
            case "export" -> exportCommand(folder, rest);
            case "help" -> {
                out.print(USAGE_TEXT);
                yield OK;
            }
            default -> throw new UsageException("unknown command '" + command + "'");
        };
    }

    private KnowledgeBaseSession open(Path folder, KnowledgeBaseSession.Access access, ProgressLine progress)
            throws KnowledgeBaseException {
        try {
            return KnowledgeBaseLocations.open(folder, access, Importer.builtIn(), progress);
        } finally {
            progress.clear();
        }
    }

    private int importCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        List<Path> paths = new ArrayList<>();
        boolean options = true;
        Importer.Limits limits = Importer.Limits.DEFAULT;
        boolean link = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (options && a.equals("--json")) {
                json = true;
            } else if (options && a.equals("--no-link")) {
                link = false;
            } else if (options && (a.equals("--max-size") || a.equals("--timeout") || a.equals("--jobs"))) {
                long v = positive("import", a, i + 1 < args.size() ? args.get(++i) : null);
                limits = switch (a) {
                    case "--max-size" -> new Importer.Limits(v << 20, limits.maxTextChars(), limits.timeoutSeconds(),
                            limits.threads());
                    case "--timeout" -> new Importer.Limits(limits.maxFileBytes(), limits.maxTextChars(),
                            (int) Math.min(v, 86_400), limits.threads());
                    default -> new Importer.Limits(limits.maxFileBytes(), limits.maxTextChars(),
                            limits.timeoutSeconds(), (int) Math.min(v, 64));
                };
            } else if (options && a.equals("--")) {
                options = false;
            } else if (options && a.startsWith("-") && a.length() > 1) {
                throw new UsageException("import: unknown option " + a);
            } else {
                paths.add(Path.of(a));
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("import: name one or more files or folders");
        }
        long start = System.nanoTime();
        ProgressLine progress = new ProgressLine(err, interactive);
        ImportReport report;
        List<org.lexgraph.core.SavedSearchReport> saved = List.of();
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.CREATE, progress)) {
            Importer.Options opts = Importer.Options.DEFAULT.withLimits(limits);
            report = session.imports().importPaths(paths, link ? opts : opts.withoutLinking(), progress);
            java.util.Set<String> fresh = new java.util.HashSet<>();
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
        for (org.lexgraph.core.SavedSearchReport r : saved) {
            if (r.newHits() > 0) {
                err.println("saved search " + r.name() + ": " + r.newHits() + " new passage"
                        + (r.newHits() == 1 ? "" : "s"));
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

    private static long positive(String command, String option, String value) throws UsageException {
        try {
            long v = Long.parseLong(value);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // said below
        }
        throw new UsageException(command + ": " + option + " needs a positive whole number, not " + value);
    }

    /** A day as yyyymmdd from 2024-12-18, or from a year alone (its first day, or its last for an end). */
    private static int isoDay(String v, boolean end) throws UsageException {
        try {
            if (v.matches("\\d{4}")) {
                return Integer.parseInt(v) * 10000 + (end ? 1231 : 101);
            }
            java.time.LocalDate d = java.time.LocalDate.parse(v);
            return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            throw new UsageException("search: --from and --to take a date such as 2024-12-18 or a year, not '" + v + "'");
        }
    }

    private int searchCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        int limit = 10;
        Path batch = null;
        boolean facets = false;
        int offset = 0;
        boolean byPassage = false;
        String like = null;
        org.lexgraph.query.SearchRequest.Order order = org.lexgraph.query.SearchRequest.Order.RELEVANCE;
        org.lexgraph.query.SearchFilter filter = org.lexgraph.query.SearchFilter.NONE;
        java.time.LocalDate inForce = null;
        List<String> words = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (options && a.equals("--json")) {
                json = true;
            } else if (options && (a.equals("--kind") || a.startsWith("--kind="))) {
                String v = a.equals("--kind") ? (i + 1 < args.size() ? args.get(++i) : "") : a.substring(7);
                try {
                    filter = filter.with(org.lexgraph.query.QueryFields.KIND,
                            org.lexgraph.core.SourceKind.fromKey(v).key());
                } catch (IllegalArgumentException e) {
                    throw new UsageException("search: --kind takes one of generic-document, ngo-document, "
                            + "parliamentary-paper, regulation, ruling; not '" + v + "'");
                }
            } else if (options && a.equals("--facets")) {
                facets = true;
            } else if (options && (a.equals("--municipality") || a.equals("--dossier") || a.equals("--court")
                    || a.equals("--actor") || a.equals("--theme") || a.equals("--collection") || a.equals("--year"))) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new UsageException("search: " + a + " needs a value");
                }
                try {
                    filter = filter.with(a.substring(2), args.get(++i));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("search: --" + e.getMessage());
                }
            } else if (options && a.equals("--sort")) {
                String v = i + 1 < args.size() ? args.get(++i) : "";
                order = switch (v) {
                    case "relevance" -> org.lexgraph.query.SearchRequest.Order.RELEVANCE;
                    case "date" -> org.lexgraph.query.SearchRequest.Order.DATE;
                    default -> throw new UsageException("search: --sort takes relevance or date, not '" + v + "'");
                };
            } else if (options && a.equals("--by")) {
                String v = i + 1 < args.size() ? args.get(++i) : "";
                if (!v.equals("source") && !v.equals("passage")) {
                    throw new UsageException("search: --by takes source or passage, not '" + v + "'");
                }
                byPassage = v.equals("passage");
            } else if (options && a.equals("--like")) {
                if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                    throw new UsageException("search: --like needs a passage id (from a result's \"passage\")");
                }
                like = args.get(++i);
            } else if (options && a.equals("--offset")) {
                String v = i + 1 < args.size() ? args.get(++i) : null;
                try {
                    offset = Integer.parseInt(v);
                } catch (NumberFormatException | NullPointerException e) {
                    throw new UsageException("search: --offset needs a whole number, not " + v);
                }
                if (offset < 0 || offset > 1_000_000) {
                    throw new UsageException("search: --offset must be between 0 and 1000000");
                }
            } else if (options && a.equals("--inforce")) {
                String v = i + 1 < args.size() ? args.get(++i) : "";
                try {
                    inForce = java.time.LocalDate.parse(v);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new UsageException("search: --inforce takes a date such as 2022-01-01, not '" + v + "'");
                }
            } else if (options && (a.equals("--from") || a.equals("--to"))) {
                String v = i + 1 < args.size() ? args.get(++i) : "";
                int day = isoDay(v, a.equals("--to"));
                filter = a.equals("--from") ? filter.withDates(day, filter.dateTo())
                        : filter.withDates(filter.dateFrom(), day);
            } else if (options && a.equals("--batch")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("search: --batch needs a file of queries");
                }
                batch = Path.of(args.get(++i));
            } else if (options && (a.equals("--limit") || a.startsWith("--limit="))) {
                String v = a.equals("--limit") ? (i + 1 < args.size() ? args.get(++i) : null) : a.substring(8);
                try {
                    limit = Integer.parseInt(v);
                } catch (NumberFormatException | NullPointerException e) {
                    throw new UsageException("search: --limit needs a whole number, not " + v);
                }
                if (limit < 1 || limit > 10_000) {
                    throw new UsageException("search: --limit must be between 1 and 10000");
                }
            } else if (options && a.equals("--")) {
                options = false;
            } else if (options && a.startsWith("--")) {
                throw new UsageException("search: unknown option " + a);
            } else {
                words.add(a);
            }
        }
        String query = String.join(" ", words).strip();
        if (query.isEmpty() && batch == null && like == null) {
            throw new UsageException("search: give a query");
        }
        if (!query.isEmpty() && batch != null) {
            throw new UsageException("search: give a query or --batch FILE, not both");
        }
        List<String[]> queries = new ArrayList<>();
        if (batch != null) {
            List<String> lines;
            try {
                lines = java.nio.file.Files.readAllLines(batch);
            } catch (IOException e) {
                err.println("lexgraph: " + batch.toAbsolutePath() + ": cannot read the file (" + e.getMessage() + ")");
                return PARTIAL;
            }
            int n = 0;
            for (String line : lines) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                queries.add(tab > 0 ? new String[] {line.substring(0, tab).strip(), line.substring(tab + 1).strip()}
                        : new String[] {Integer.toString(n), line.strip()});
            }
        } else {
            queries.add(new String[] {null, query});
        }
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
            if (!session.isIndexCurrent()) {
                err.println("lexgraph: warning: the index of " + session.folder()
                        + " is out of date while another process holds it; results may be incomplete");
            }
            if (inForce != null) {
                // the regulations in force on that day: one version each
                java.util.Set<String> ids = new java.util.HashSet<>();
                session.versions().inForce(inForce, null).forEach(v -> ids.add(v.sourceId()));
                filter = filter.withSources(ids);
            }
            int failures = 0;
            for (String[] q : queries) {
                try {
                    org.lexgraph.query.SearchRequest request = org.lexgraph.query.SearchRequest
                            .of(q[1].isEmpty() ? null : q[1], limit).withOffset(offset).withFilter(filter)
                            .withOrder(order).withFacets(facets).bySource(byPassage ? 0 : SHOWN_PER_SOURCE)
                            .likePassage(like).withHighlights(json);
                    printResult(session.search().run(request), q[0], json, facets, offset);
                } catch (QuerySyntaxException e) {
                    if (batch == null) {
                        throw new UsageException("search: " + e.getMessage());
                    }
                    err.println("lexgraph: query " + q[0] + ": " + e.getMessage());
                    failures++;
                }
            }
            return failures > 0 ? PARTIAL : OK;
        }
    }

    /** How many passages of one source a search shows under it. */
    private static final int SHOWN_PER_SOURCE = 3;

    private void printResult(SearchResult result, String queryId, boolean json, boolean facets, int offset) {
        if (queryId != null && !json) {
            out.println("== " + queryId + ": " + result.query());
        }
        if (!result.notice().isEmpty()) {
            // the query was not taken as typed: say how it was read, and search all the same
            err.println("lexgraph: " + (queryId == null ? "" : "query " + queryId + ": ") + result.notice());
        }
        int rank = offset;
        if (!result.groups().isEmpty()) {
            for (org.lexgraph.query.SourceGroup g : result.groups()) {
                rank++;
                SearchHit best = g.hits().get(0);
                if (json) {
                    Json line = hitJson(queryId, rank, best);
                    List<Json> passages = new ArrayList<>();
                    for (SearchHit h : g.hits()) {
                        passages.add(new Json().put("passage", h.passageId()).put("page", h.page() > 0 ? h.page() : null)
                                .put("anchor", emptyToNull(h.anchor())).put("score", h.score())
                                .put("snippet", h.snippet()).put("text", h.text()).put("highlights", spans(h)));
                    }
                    out.println(line.put("passages", passages));
                } else {
                    printHit(rank, best);
                    for (SearchHit h : g.hits().subList(1, g.hits().size())) {
                        StringBuilder more = new StringBuilder("   +");
                        if (h.anchor() != null && !h.anchor().isEmpty()) {
                            more.append(' ').append(h.anchor());
                        }
                        if (h.page() > 0) {
                            more.append("  p. ").append(h.page());
                        }
                        out.println(more);
                        out.println("     " + plainSnippet(h.snippet(), interactive));
                    }
                }
            }
        } else {
            for (SearchHit h : result.hits()) {
                rank++;
                if (json) {
                    out.println(hitJson(queryId, rank, h));
                } else {
                    printHit(rank, h);
                }
            }
        }
        boolean grouped = !result.groups().isEmpty();
        String total = result.totalHits() + " passage" + (result.totalHits() == 1 ? "" : "s")
                + (result.totalSources() >= 0 ? " in " + result.totalSources() + " source"
                        + (result.totalSources() == 1 ? "" : "s") : "")
                + " found"
                + (grouped ? ", " + result.groups().size() + " source" + (result.groups().size() == 1 ? "" : "s")
                        + " shown"
                        : result.totalHits() > result.hits().size() ? ", " + result.hits().size() + " shown" : "")
                + (offset > 0 ? " from " + (offset + 1) : "")
                + (result.alsoSearched().isEmpty() ? "" : "; also searched: "
                        + String.join(", ", result.alsoSearched()));
        if (json) {
            err.println((queryId == null ? "" : queryId + ": ") + total);
            if (facets) {
                Json line = new Json();
                if (queryId != null) {
                    line.put("query", queryId);
                }
                out.println(line.put("facets", result.facets()).put("passages", result.totalHits())
                        .put("sources", result.totalSources()));
            }
        } else {
            out.println(total);
            if (facets) {
                result.facets().forEach((field, counts) -> {
                    if (!counts.isEmpty()) {
                        out.println(field + ": " + String.join(", ",
                                counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
                    }
                });
            }
        }
    }

    private static Json hitJson(String queryId, int rank, SearchHit h) {
        Json line = new Json();
        if (queryId != null) {
            line.put("query", queryId);
        }
        return line.put("rank", rank).put("source", h.sourceId()).put("file", h.file()).put("title", h.title())
                .put("kind", h.kind()).put("date", h.isoDate()).put("score", h.score())
                .put("page", h.page() > 0 ? h.page() : null).put("anchor", emptyToNull(h.anchor()))
                .put("passage", h.passageId()).put("snippet", h.snippet()).put("text", h.text())
                .put("highlights", spans(h));
    }

    /** Matches as [start, end] character offsets into the passage's text, with the words matched. */
    private static List<Json> spans(SearchHit h) {
        List<Json> out = new ArrayList<>();
        for (SearchHit.Span sp : h.highlights()) {
            out.add(new Json().put("start", sp.start()).put("end", sp.end())
                    .put("text", h.text().substring(sp.start(), Math.min(h.text().length(), sp.end()))));
        }
        return out;
    }


    private void printHit(int rank, SearchHit h) {
        StringBuilder head = new StringBuilder();
        head.append(rank).append(". ").append(h.title()).append("  [").append(h.kind()).append(']');
        if (h.anchor() != null && !h.anchor().isEmpty()) {
            head.append("  ").append(h.anchor());
        }
        if (h.page() > 0) {
            head.append("  p. ").append(h.page());
        }
        out.println(head);
        out.println("   " + plainSnippet(h.snippet(), interactive));
        out.println("   " + h.file());
    }

    /** The snippet for a terminal: matches in bold (or between asterisks when not a terminal), entities decoded. */
    static String plainSnippet(String html, boolean ansi) {
        String on = ansi ? "\u001b[1m" : "*";
        String off = ansi ? "\u001b[0m" : "*";
        // one line per hit: a passage's own line breaks (a list, numbered points) would leave "2." lines alone
        return html.replaceAll("\\s*\n\\s*", " ").replace("<b>", on).replace("</b>", off).replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }

    private int sourcesCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        boolean provenance = false;
        String kind = null;
        String municipality = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--json" -> json = true;
                case "--provenance" -> provenance = true;
                case "--kind" -> {
                    kind = value(args, ++i, "sources: --kind needs a kind such as regulation");
                    try {
                        org.lexgraph.core.SourceKind.fromKey(kind);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("sources: unknown kind " + kind + " (kinds: "
                                + java.util.Arrays.stream(org.lexgraph.core.SourceKind.values())
                                        .map(org.lexgraph.core.SourceKind::key).toList() + ")");
                    }
                }
                case "--municipality" -> municipality = value(args, ++i,
                        "sources: --municipality needs a municipality such as Utrecht");
                default -> throw new UsageException("sources: unexpected argument " + args.get(i));
            }
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            int n = new SourcesCommand(out).print(org.lexgraph.core.SourceMetadata.list(session),
                    new SourcesCommand.Options(json, kind, municipality, provenance));
            err.println(n + " source" + (n == 1 ? "" : "s"));
            return OK;
        }
    }

    private int infoCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                throw new UsageException("info: unexpected argument " + a);
            }
        }
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
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

    private int taxonomyCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        if (!args.isEmpty() && args.get(0).equals("add")) {
            return taxonomyAdd(folder, args.subList(1, args.size()));
        }
        if (!args.isEmpty() && args.get(0).equals("available")) {
            // the taxonomies bundles contribute (the extension point org.lexgraph.core.taxonomies)
            boolean json = jsonOnly("taxonomy available", args.subList(1, args.size()));
            if (org.lexgraph.core.Taxonomies.contributed().isEmpty() && !json) {
                err.println("lexgraph: no installed bundle contributes a taxonomy (docs/EXTENDING.md shows how)");
            }
            for (org.lexgraph.core.Taxonomies.Offered o : org.lexgraph.core.Taxonomies.contributed()) {
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
        boolean json = jsonOnly("taxonomy", args);
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
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

    private int checkCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = jsonOnly("check", args);
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
            List<Problem> problems = session.validation().check();
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
            String summary = errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s");
            (json ? err : out).println(summary);
            return errors > 0 ? PARTIAL : OK;
        }
    }

    private int taxonomyAdd(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        String key = null;
        String name = null;
        Path file = null;
        if (args.size() == 2 && args.get(0).equals("--contributed")) {
            ProgressLine progress = new ProgressLine(err, interactive);
            try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.CREATE, progress)) {
                int n = session.themes().addContributedTaxonomy(args.get(1));
                out.println("added taxonomy " + args.get(1) + " with " + n + " themes and asks");
                return OK;
            } catch (IOException e) {
                err.println("lexgraph: taxonomy " + args.get(1) + ": " + e.getMessage());
                return PARTIAL;
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--key") || a.equals("--name")) && i + 1 < args.size()) {
                if (a.equals("--key")) {
                    key = args.get(++i);
                } else {
                    name = args.get(++i);
                }
            } else if (a.startsWith("-")) {
                throw new UsageException("taxonomy add: unknown option " + a);
            } else if (file == null) {
                file = Path.of(a);
            } else {
                throw new UsageException("taxonomy add: one file at a time");
            }
        }
        if (file == null) {
            throw new UsageException("taxonomy add: name a tab-separated file (key, parent, label, terms)");
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            err.println("lexgraph: " + file.toAbsolutePath() + ": no such file");
            return PARTIAL;
        }
        String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        key = key == null ? base : key;
        name = name == null ? base : name;
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.CREATE, progress);
                java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
            int n = session.themes().addTaxonomy(in, key, name);
            out.println("added taxonomy " + key + " with " + n + " themes and asks");
            return OK;
        } catch (IOException e) {
            err.println("lexgraph: " + file.toAbsolutePath() + ": " + e.getMessage());
            return PARTIAL;
        }
    }

    private int citeCommand(List<String> args) throws UsageException {
        boolean json = false;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-") && a.length() > 1) {
                throw new UsageException("cite: unknown option " + a);
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("cite: name one or more files");
        }
        org.lexgraph.core.citations.CitationFinder finder = new org.lexgraph.core.citations.CitationFinder();
        int failures = 0;
        for (Path file : files) {
            Path abs = file.toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(abs)) {
                err.println("lexgraph: " + abs + ": no such file");
                failures++;
                continue;
            }
            List<org.lexgraph.core.citations.FoundCitation> found;
            try {
                found = finder.inFile(abs);
            } catch (IOException e) {
                err.println("lexgraph: " + abs + ": " + e.getMessage());
                failures++;
                continue;
            }
            for (org.lexgraph.core.citations.FoundCitation c : found) {
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
                int n = found.size();
                out.println(abs.getFileName() + ": " + n + " citation" + (n == 1 ? "" : "s"));
            }
        }
        return failures > 0 ? PARTIAL : OK;
    }

    private int citationsCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        boolean incoming = false;
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--incoming")) {
                incoming = true;
            } else if (a.startsWith("--")) {
                throw new UsageException("citations: unknown option " + a);
            } else {
                words.add(a);
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("citations: name a source (its id, file, title, ECLI, BWB or CVDR id)");
        }
        String reference = String.join(" ", words);
        ProgressLine progress = new ProgressLine(err, interactive);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
            java.util.Optional<org.lexgraph.core.SourceSummary> source = session.library().findSource(reference);
            if (source.isEmpty()) {
                err.println("lexgraph: no source in " + session.folder() + " matches '" + reference + "'");
                return PARTIAL;
            }
            List<org.lexgraph.core.CitationLink> links = incoming ? session.citations().incoming(source.get().id())
                    : session.citations().outgoing(source.get().id());
            for (org.lexgraph.core.CitationLink l : links) {
                if (json) {
                    out.println(new Json().put("source", l.citingSourceId()).put("title", l.citingTitle())
                            .put("passage", l.passageId()).put("page", l.page() > 0 ? l.page() : null)
                            .put("text", l.text()).put("type", l.type()).put("key", l.key())
                            .put("formatted", l.formatted()).put("pinpoint", l.pinpoint())
                            .put("target", l.targetSourceId()).put("targetTitle", l.targetTitle())
                            .put("targetVersion", l.targetVersion()).put("articleChangedSince", l.articleChangedSince())
                            .put("latestVersion", l.latestVersion()));
                } else if (incoming) {
                    out.println(l.citingTitle() + (l.page() > 0 ? " p. " + l.page() : "") + ": " + l.formatted());
                } else {
                    out.println(l.formatted() + "  -> " + (l.resolved() ? l.targetTitle() : "(not in the knowledge base)")
                            + (l.targetVersion() == null ? "" : " [version " + l.targetVersion()
                                    + (Boolean.TRUE.equals(l.articleChangedSince()) ? "; changed since: lexgraph diff "
                                            + l.targetVersion() + " " + l.latestVersion()
                                            + (l.pinpoint() != null && l.pinpoint().startsWith("art. ")
                                                    ? " --article " + l.pinpoint().substring(5) : "") : "") + "]"));
                }
            }
            (json ? err : out).println(links.size() + (incoming ? " citing passages of " : " citations in ")
                    + source.get().title());
            return OK;
        }
    }

    private int versionsCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        if (args.contains("--suggest")) {
            return versionSuggestions(folder, args.contains("--json"));
        }
        if (!args.isEmpty() && args.get(0).equals("link")) {
            return linkVersions(folder, args.subList(1, args.size()));
        }
        boolean json = args.contains("--json");
        List<String> words = args.stream().filter(a -> !a.equals("--json")).toList();
        if (words.isEmpty() || words.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new UsageException("versions: name one regulation (its id, file, title, BWB or CVDR id)");
        }
        String reference = String.join(" ", words);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.versions.Versions.VersionInfo> chain = session.versions().of(reference);
            if (chain.isEmpty()) {
                err.println("lexgraph: no regulation in " + session.folder() + " matches '" + reference + "'");
                return PARTIAL;
            }
            for (org.lexgraph.core.versions.Versions.VersionInfo v : chain) {
                if (json) {
                    out.println(new Json().put("source", v.sourceId()).put("title", v.title()).put("work", v.workId())
                            .put("version", v.versionId()).put("validFrom", str(v.validFrom()))
                            .put("validTo", str(v.validTo())).put("inForceUntil", str(v.effectiveTo()))
                            .put("publication", v.publication()).put("change", v.change()).put("articles", v.articles())
                            .put("municipality", v.municipality()).put("file", v.file()));
                } else {
                    out.printf(Locale.ROOT, "%-26s %-10s – %-10s  %3d articles  %s%s%n", v.label(),
                            v.validFrom() == null ? "(no date)" : v.validFrom(),
                            v.effectiveTo() == null ? (v.validFrom() == null ? "" : "") : v.effectiveTo(), v.articles(),
                            v.publication() == null ? "" : v.publication() + " ",
                            v.change() == null ? "" : "(" + v.change() + ")");
                }
            }
            for (org.lexgraph.core.versions.Versions.ChainProblem p
                    : org.lexgraph.core.versions.Versions.problems(chain)) {
                err.println("lexgraph: warning: " + p.message());
            }
            (json ? err : out).println(chain.size() + " version" + (chain.size() == 1 ? "" : "s") + " of "
                    + chain.get(chain.size() - 1).title());
            return OK;
        }
    }

    private int versionSuggestions(Path folder, boolean json) throws KnowledgeBaseException, IOException {
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.versions.Versions.Suggestion> all = session.versions().versionSuggestions();
            for (org.lexgraph.core.versions.Versions.Suggestion g : all) {
                if (json) {
                    List<Object> dates = new ArrayList<>();
                    g.dates().forEach(d -> dates.add(str(d)));
                    out.println(new Json().put("title", g.title()).put("authority", g.authority())
                            .put("sources", g.sourceIds()).put("dates", dates));
                } else {
                    out.println(g.title() + (g.authority().isEmpty() ? "" : "  [" + g.authority() + "]"));
                    for (int i = 0; i < g.sourceIds().size(); i++) {
                        out.println("    " + g.sourceIds().get(i) + "  " + (g.dates().get(i) == null ? "(no date)"
                                : g.dates().get(i)));
                    }
                    out.println("    confirm: lexgraph versions link " + String.join(" ", g.sourceIds()));
                }
            }
            (json ? err : out).println(all.size() + " suggested version chain" + (all.size() == 1 ? "" : "s")
                    + " (regulations with the same title and authority but no shared work id)");
            return OK;
        }
    }

    private int linkVersions(Path folder, List<String> refs) throws UsageException, KnowledgeBaseException,
            IOException {
        if (refs.size() < 2) {
            throw new UsageException("versions link: name two or more regulations (ids, files or identifiers)");
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE,
                new ProgressLine(err, interactive))) {
            List<String> ids = new ArrayList<>();
            for (String ref : refs) {
                java.util.Optional<org.lexgraph.core.SourceSummary> s = session.library().findSource(ref);
                if (s.isEmpty() || s.get().kind() != org.lexgraph.core.SourceKind.REGULATION) {
                    err.println("lexgraph: no regulation in " + session.folder() + " matches '" + ref + "'");
                    return PARTIAL;
                }
                ids.add(s.get().id());
            }
            session.versions().linkVersions(ids);
            out.println("linked " + ids.size() + " versions; lexgraph versions " + ids.get(0) + " shows the chain");
            return OK;
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private int diffCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        String article = null;
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--article")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("diff: --article needs an article number");
                }
                article = args.get(++i).strip();
            } else if (a.startsWith("--")) {
                throw new UsageException("diff: unknown option " + a);
            } else {
                refs.add(a);
            }
        }
        if (refs.size() != 2) {
            throw new UsageException("diff: give two versions (a version id such as CVDR641872_2, or a source)");
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.versions.ArticleAligner.Aligned> rows;
            try {
                rows = session.versions().compareVersions(refs.get(0), refs.get(1));
            } catch (KnowledgeBaseException e) {
                err.println("lexgraph: " + e.getMessage());
                return PARTIAL;
            }
            int changed = 0;
            for (org.lexgraph.core.versions.ArticleAligner.Aligned r : rows) {
                String before = r.before() == null ? null : r.before().number();
                String after = r.after() == null ? null : r.after().number();
                if (article != null && !article.equalsIgnoreCase(String.valueOf(before))
                        && !article.equalsIgnoreCase(String.valueOf(after))) {
                    continue;
                }
                if (r.change() != org.lexgraph.core.versions.ArticleAligner.Change.UNCHANGED) {
                    changed++;
                }
                if (json) {
                    List<Object> ops = new ArrayList<>();
                    for (org.lexgraph.core.versions.WordDiff.Op op : r.diff()) {
                        ops.add(new Json().put("op", op.kind().name().toLowerCase(Locale.ROOT)).put("text", op.text()));
                    }
                    out.println(new Json().put("change", r.change().name().toLowerCase(Locale.ROOT))
                            .put("before", before).put("after", after).put("label", r.after() != null
                                    ? r.after().label() : r.before().label())
                            .put("similarity", Math.round(r.similarity() * 1000) / 1000.0).put("diff", ops));
                } else if (r.change() != org.lexgraph.core.versions.ArticleAligner.Change.UNCHANGED
                        || article != null) {
                    String b = name(r.before());
                    String a = name(r.after());
                    String head = switch (r.change()) {
                        case INSERTED -> "+++ " + a + " (inserted)";
                        case REMOVED -> "--- " + b + " (removed)";
                        case RENUMBERED -> "*** " + b + " -> " + a + " (renumbered" + (r.changedText() ? ", changed)" : ")");
                        case CHANGED -> "*** " + a + " (changed)";
                        case UNCHANGED -> "    " + a + " (unchanged)";
                    };
                    out.println(head);
                    out.println("    " + org.lexgraph.core.versions.WordDiff.render(r.diff()));
                }
            }
            (json ? err : out).println(changed + " of " + rows.size() + " articles differ between " + refs.get(0)
                    + " and " + refs.get(1));
            return OK;
        }
    }

    /** "Artikel 3", or the label of a part outside the articles ("Bijlage 1"). */
    private static String name(org.lexgraph.core.versions.ArticleAligner.Article a) {
        return a == null ? "" : a.number() != null ? "Artikel " + a.number() : a.label();
    }

    private int inForceCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        String municipality = null;
        String matching = null;
        java.time.LocalDate day = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--municipality") && i + 1 < args.size()) {
                municipality = args.get(++i);
            } else if (a.equals("--matching") && i + 1 < args.size()) {
                matching = args.get(++i);
            } else if (a.equals("--kind") && i + 1 < args.size()) {
                if (!args.get(++i).equals("regulation")) {
                    throw new UsageException("inforce: only regulations have dates in force (--kind regulation)");
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("inforce: unknown option " + a);
            } else {
                try {
                    day = java.time.LocalDate.parse(a);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new UsageException("inforce: give a date such as 2022-01-01, not '" + a + "'");
                }
            }
        }
        if (day == null) {
            throw new UsageException("inforce: give a date such as 2022-01-01");
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.versions.Versions.VersionInfo> found = session.versions().inForce(day, municipality);
            java.util.Map<String, org.lexgraph.query.SearchHit> best = new java.util.HashMap<>();
            if (matching != null) {
                // only the regulations whose text in force that day matches, each with its best passage
                java.util.Set<String> ids = new java.util.HashSet<>();
                found.forEach(v -> ids.add(v.sourceId()));
                try {
                    for (org.lexgraph.query.SearchHit h : session.search().run(matching, 10_000,
                            org.lexgraph.query.SearchFilter.NONE.withSources(ids), false).hits()) {
                        best.putIfAbsent(h.sourceId(), h);
                    }
                } catch (QuerySyntaxException e) {
                    throw new UsageException("inforce: " + e.getMessage());
                }
                found = found.stream().filter(v -> best.containsKey(v.sourceId())).toList();
            }
            for (org.lexgraph.core.versions.Versions.VersionInfo v : found) {
                java.time.LocalDate since = session.versions().of(v.sourceId()).stream()
                        .map(org.lexgraph.core.versions.Versions.VersionInfo::validFrom).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(v.validFrom());
                org.lexgraph.query.SearchHit hit = best.get(v.sourceId());
                if (json) {
                    out.println(new Json().put("source", v.sourceId()).put("title", v.title()).put("work", v.workId())
                            .put("version", v.versionId()).put("validFrom", str(v.validFrom()))
                            .put("inForceUntil", str(v.effectiveTo())).put("since", str(since))
                            .put("municipality", v.municipality()).put("file", v.file())
                            .put("anchor", hit == null ? null : emptyToNull(hit.anchor()))
                            .put("snippet", hit == null ? null : hit.snippet()));
                } else {
                    out.println((v.municipality() == null ? "" : v.municipality() + ": ") + v.title() + "  "
                            + v.label() + "  version since " + v.validFrom()
                            + (v.effectiveTo() == null ? "" : ", until " + v.effectiveTo())
                            + (since != null && !since.equals(v.validFrom()) ? "; the regulation since " + since : "")
                            + (hit == null || hit.anchor() == null || hit.anchor().isEmpty() ? "" : "  (" + hit.anchor() + ")"));
                }
            }
            (json ? err : out).println(found.size() + " regulation" + (found.size() == 1 ? "" : "s") + " in force on "
                    + day + (municipality == null ? "" : " in " + municipality)
                    + " (regulations without dates in force are not counted)");
            return OK;
        }
    }

    private int savedCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        ProgressLine progress = new ProgressLine(err, interactive);
        if (!args.isEmpty() && args.get(0).equals("delete")) {
            if (args.size() != 2) {
                throw new UsageException("saved delete: give the name of one saved search");
            }
            try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                session.search().deleteSavedSearch(args.get(1));
                out.println("deleted saved search " + args.get(1));
                return OK;
            }
        }
        if (!args.isEmpty() && args.get(0).equals("add")) {
            org.lexgraph.query.SearchFilter filter = org.lexgraph.query.SearchFilter.NONE;
            List<String> words = new ArrayList<>();
            for (int i = 1; i < args.size(); i++) {
                String a = args.get(i);
                if (a.startsWith("--") && i + 1 < args.size()
                        && org.lexgraph.query.SearchFilter.isField(a.substring(2))) {
                    try {
                        String v = args.get(++i);
                        filter = filter.with(a.substring(2), a.equals("--kind")
                                ? org.lexgraph.core.SourceKind.fromKey(v).key() : v);
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("saved add: " + e.getMessage());
                    }
                } else if (a.startsWith("--")) {
                    throw new UsageException("saved add: unknown option " + a);
                } else {
                    words.add(a);
                }
            }
            if (words.size() < 2) {
                throw new UsageException("saved add: give a name and a query");
            }
            String name = words.get(0);
            String query = String.join(" ", words.subList(1, words.size()));
            try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                // a query whose syntax is broken is refused now, not read as words at every import
                String notice = session.search().run(query, 1).notice();
                if (!notice.isEmpty()) {
                    throw new UsageException("saved add: " + notice + "; correct the query before saving it");
                }
                session.search().saveSearch(name, query, filter);
                out.println("saved search " + name + ": " + query);
                return OK;
            } catch (QuerySyntaxException e) {
                throw new UsageException("saved add: " + e.getMessage());
            }
        }
        boolean json = false;
        boolean onlyNew = false;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--new" -> onlyNew = true;
                default -> throw new UsageException("saved: unexpected argument " + a);
            }
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
            List<org.lexgraph.core.SavedSearchReport> reports = session.search().runSavedSearches(java.util.Set.of(), onlyNew);
            for (org.lexgraph.core.SavedSearchReport r : reports) {
                if (onlyNew && r.newHits() == 0) {
                    continue;
                }
                if (json) {
                    out.println(new Json().put("name", r.name()).put("query", r.query()).put("kind", r.kind())
                            .put("filters", r.filters()).put("hits", r.hits()).put("new", r.newHits()));
                } else {
                    out.println(r.name() + ": " + r.hits() + " passages" + (r.newHits() > 0 ? ", " + r.newHits()
                            + " new" : "") + "  (" + r.query() + (r.filters().isEmpty() ? ""
                                    : "; " + String.join(", ", r.filters())) + ")");
                }
            }
            if (reports.isEmpty()) {
                err.println("no saved searches; add one with: lexgraph saved add NAME QUERY");
            }
            return OK;
        }
    }

    private int themesCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        boolean json = false;
        String ask = null;
        String state = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--ask" -> ask = value(args, ++i, "themes: --ask needs an ask key such as T1.2");
                case "--state" -> {
                    state = value(args, ++i, "themes: --state needs proposed, confirmed or rejected");
                    if (!List.of("proposed", "confirmed", "rejected").contains(state)) {
                        throw new UsageException("themes: --state takes proposed, confirmed or rejected, not '"
                                + state + "'");
                    }
                }
                default -> throw new UsageException("themes: unexpected argument " + a);
            }
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.Themes.LinkView> links = session.themes().themeLinks(ask, state);
            for (org.lexgraph.core.Themes.LinkView l : links) {
                if (json) {
                    List<Json> spans = new ArrayList<>();
                    l.spans().forEach(sp -> spans.add(new Json().put("start", sp.start()).put("end", sp.end())));
                    out.println(new Json().put("link", l.id()).put("source", l.sourceId()).put("title", l.sourceTitle())
                            .put("file", l.file()).put("passage", l.passageId()).put("anchor", emptyToNull(l.anchor()))
                            .put("ask", l.askKey()).put("score", l.score()).put("state", l.state())
                            .put("origin", l.origin()).put("evidence", new Json().put("terms", l.terms())
                                    .put("spans", spans)));
                } else {
                    out.println(l.askKey() + "  " + l.state() + "  " + String.format(Locale.ROOT, "%.2f", l.score())
                            + "  " + l.sourceTitle() + (l.anchor() == null || l.anchor().isEmpty() ? ""
                                    : ", " + l.anchor()) + "  [" + String.join(", ", l.terms()) + "]  " + l.id());
                }
            }
            (json ? err : out).println(links.size() + " link" + (links.size() == 1 ? "" : "s"));
            return OK;
        }
    }

    private static String value(List<String> args, int i, String message) throws UsageException {
        if (i >= args.size() || args.get(i).isBlank()) {
            throw new UsageException(message);
        }
        return args.get(i);
    }

    private int linkCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        ProgressLine progress = new ProgressLine(err, interactive);
        if (!args.isEmpty() && (args.get(0).equals("confirm") || args.get(0).equals("reject"))) {
            if (args.size() != 2) {
                throw new UsageException("link " + args.get(0) + ": give one link id (see: lexgraph themes)");
            }
            try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                session.themes().decideLink(args.get(1), args.get(0).equals("confirm") ? org.lexgraph.model.LinkState.CONFIRMED
                        : org.lexgraph.model.LinkState.REJECTED);
                out.println(args.get(0).equals("confirm") ? "confirmed " + args.get(1) : "rejected " + args.get(1));
                return OK;
            }
        }
        if (!args.isEmpty() && args.get(0).equals("add")) {
            if (args.size() != 4) {
                throw new UsageException("link add: give SOURCE PASSAGE ASK (ids as in search --json, an ask key)");
            }
            try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                String source = session.library().findSource(args.get(1)).map(org.lexgraph.core.SourceSummary::id).orElse(args.get(1));
                session.themes().addThemeLink(source, args.get(2), args.get(3));
                out.println("linked " + args.get(2) + " to " + args.get(3));
                return OK;
            }
        }
        boolean json = jsonOnly("link", args);
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
            long start = System.nanoTime();
            org.lexgraph.core.Themes.LinkReport r = session.themes().linkThemes(null);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (json) {
                out.println(new Json().put("proposed", r.proposed()).put("updated", r.updated())
                        .put("withdrawn", r.withdrawn()).put("decided", r.decided()).put("seconds", seconds));
            } else {
                out.println(String.format(Locale.ROOT, "proposed %d new links, updated %d, withdrew %d; %d decided by"
                        + " you left as they are, in %.1f s", r.proposed(), r.updated(), r.withdrawn(), r.decided(),
                        seconds));
            }
            return OK;
        }
    }

    private int coverageCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        org.lexgraph.core.Themes.By by = org.lexgraph.core.Themes.By.MUNICIPALITY;
        boolean csv = false;
        Path svg = null;
        Path png = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--by" -> {
                    String v = value(args, ++i, "coverage: --by needs municipality, kind or year");
                    try {
                        by = org.lexgraph.core.Themes.By.valueOf(v.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("coverage: --by takes municipality, kind or year, not '" + v + "'");
                    }
                }
                case "--csv" -> csv = true;
                case "--svg" -> svg = Path.of(value(args, ++i, "coverage: --svg needs a file"));
                case "--png" -> png = Path.of(value(args, ++i, "coverage: --png needs a file"));
                default -> throw new UsageException("coverage: unexpected argument " + a);
            }
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            org.lexgraph.core.Themes.Coverage c = session.themes().coverage(by);
            String title = "Coverage of the asks by " + by.key() + " — " + session.folder().getFileName();
            if (svg != null) {
                java.nio.file.Files.writeString(svg, org.lexgraph.core.CoverageExport.svg(c, title));
                err.println("wrote " + svg.toAbsolutePath());
            }
            if (png != null) {
                java.nio.file.Files.write(png, org.lexgraph.core.CoverageExport.png(c, title));
                err.println("wrote " + png.toAbsolutePath());
            }
            if (csv) {
                out.print(org.lexgraph.core.CoverageExport.csv(c));
                return OK;
            }
            if (svg != null || png != null) {
                return OK;
            }
            int width = Math.max(12, c.rows().stream().mapToInt(r -> r.value().length()).max().orElse(0) + 2);
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", by.key()));
            c.asks().forEach(k -> head.append(String.format(Locale.ROOT, "%8s", k)));
            out.println(head);
            for (org.lexgraph.core.Themes.Coverage.Row r : c.rows()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", r.value()));
                for (String k : c.asks()) {
                    org.lexgraph.core.Themes.Coverage.Cell cell = r.cells().get(k);
                    line.append(String.format(Locale.ROOT, "%8s", cell.isEmpty() ? "." : cell.confirmed() + "/"
                            + cell.proposed()));
                }
                out.println(line);
            }
            out.println("confirmed/proposed links; '.' = nothing addresses the ask");
            return OK;
        }
    }

    private int basketCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        ProgressLine progress = new ProgressLine(err, interactive);
        String sub = args.isEmpty() ? "list" : args.get(0);
        switch (sub) {
            case "list" -> {
                try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
                    Map<String, Integer> all = session.baskets().names();
                    all.forEach((name, n) -> out.println(name + "  (" + n + " quote" + (n == 1 ? "" : "s") + ")"));
                    if (all.isEmpty()) {
                        err.println("no baskets; add a quote with: lexgraph basket add NAME --passage ID");
                    }
                    return OK;
                }
            }
            case "show" -> {
                if (args.size() < 2) {
                    throw new UsageException("basket show: give the basket's name");
                }
                boolean json = args.subList(2, args.size()).contains("--json");
                try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ, progress)) {
                    int n = 0;
                    for (org.lexgraph.core.QuoteView q : session.baskets().basket(args.get(1))) {
                        n++;
                        if (json) {
                            out.println(new Json().put("quote", q.id()).put("index", n - 1).put("source", q.sourceId())
                                    .put("passage", q.passageId()).put("title", q.title()).put("kind", q.kind())
                                    .put("text", q.text()).put("start", q.start()).put("end", q.end())
                                    .put("pinpoint", emptyToNull(q.pinpoint())).put("citation", q.citation())
                                    .put("identifier", q.identifier()).put("permalink", q.permalink())
                                    .put("date", q.date()).put("note", q.note()).put("asks", q.asks())
                                    .put("changed", q.changed()));
                        } else {
                            out.println(n + ". \u201c" + q.text().strip() + "\u201d");
                            out.println("   " + q.citation() + (q.changed() ? "  (the source changed: check)" : ""));
                            if (q.note() != null && !q.note().isBlank()) {
                                out.println("   note: " + q.note());
                            }
                            if (!q.asks().isEmpty()) {
                                out.println("   asks: " + String.join(", ", q.asks()));
                            }
                            out.println("   " + q.id());
                        }
                    }
                    return OK;
                }
            }
            case "add" -> {
                String name = null;
                String passage = null;
                String source = null;
                Integer from = null;
                Integer to = null;
                String note = null;
                List<String> asks = new ArrayList<>();
                for (int i = 1; i < args.size(); i++) {
                    String a = args.get(i);
                    switch (a) {
                        case "--passage" -> passage = value(args, ++i, "basket add: --passage needs a passage id");
                        case "--source" -> source = value(args, ++i, "basket add: --source needs a source");
                        case "--from" -> from = number(value(args, ++i, "basket add: --from needs a number"), "--from");
                        case "--to" -> to = number(value(args, ++i, "basket add: --to needs a number"), "--to");
                        case "--note" -> note = value(args, ++i, "basket add: --note needs a text");
                        case "--ask" -> asks.add(value(args, ++i, "basket add: --ask needs an ask key"));
                        default -> {
                            if (a.startsWith("--") || name != null) {
                                throw new UsageException("basket add: unexpected argument " + a);
                            }
                            name = a;
                        }
                    }
                }
                if (name == null || passage == null) {
                    throw new UsageException("basket add: give a basket name and --passage ID (from search --json)");
                }
                try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                    String p = passage;
                    String src = source != null ? session.library().findSource(source).map(org.lexgraph.core.SourceSummary::id)
                            .orElse(source) : session.library().sourceOfPassage(passage).orElseThrow(
                                    () -> new KnowledgeBaseException("no passage " + p + " in " + session.folder()));
                    String id = session.baskets().addQuote(name, src, passage, from, to, note);
                    if (!asks.isEmpty()) {
                        session.baskets().setQuoteAsks(name, id, asks);
                    }
                    org.lexgraph.core.QuoteView q = session.baskets().basket(name).stream().filter(x -> x.id().equals(id))
                            .findFirst().orElseThrow();
                    out.println("added to " + name + ": \u201c" + q.text().strip() + "\u201d — " + q.citation());
                    return OK;
                }
            }
            case "move" -> {
                if (args.size() != 4) {
                    throw new UsageException("basket move: give NAME QUOTE INDEX (0 is the first place)");
                }
                try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                    session.baskets().moveQuote(args.get(1), args.get(2), number(args.get(3), "INDEX"));
                    return OK;
                }
            }
            case "remove" -> {
                if (args.size() != 3) {
                    throw new UsageException("basket remove: give NAME QUOTE");
                }
                try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.WRITE, progress)) {
                    session.baskets().removeQuote(args.get(1), args.get(2));
                    return OK;
                }
            }
            default -> throw new UsageException("basket: list, show, add, move or remove; not '" + sub + "'");
        }
    }

    private static int number(String v, String what) throws UsageException {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " needs a whole number, not '" + v + "'");
        }
    }

    private int exportCommand(Path folder, List<String> args) throws UsageException, KnowledgeBaseException,
            IOException {
        String name = null;
        String format = null;
        Path file = null;
        boolean redact = false;
        boolean keep = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format" -> format = value(args, ++i, "export: --format needs one of " + String.join(", ",
                        exportFormats()));
                case "-o", "--output" -> file = Path.of(value(args, ++i, "export: -o needs a file"));
                case "--redact" -> redact = true;
                case "--keep-personal-data" -> keep = true;
                default -> {
                    if (a.startsWith("-") || name != null) {
                        throw new UsageException("export: unexpected argument " + a);
                    }
                    name = a;
                }
            }
        }
        if (name == null || format == null) {
            throw new UsageException("export: give a basket name and --format");
        }
        java.util.Optional<org.lexgraph.core.Exporters.Format> chosen = org.lexgraph.core.Exporters.format(format);
        if (chosen.isEmpty()) {
            throw new UsageException("export: --format takes one of " + String.join(", ", exportFormats())
                    + "; not '" + format + "'");
        }
        if (chosen.get().binary() && file == null) {
            throw new UsageException("export: " + (chosen.get().id().equals("docx") ? "DOCX" : chosen.get().label())
                    + " is written to a file: give -o FILE");
        }
        try (KnowledgeBaseSession session = open(folder, KnowledgeBaseSession.Access.READ,
                new ProgressLine(err, interactive))) {
            List<org.lexgraph.core.QuoteView> quotes = new ArrayList<>(session.baskets().basket(name));
            int found = 0;
            for (int i = 0; i < quotes.size(); i++) {
                org.lexgraph.core.QuoteView q = quotes.get(i);
                List<org.lexgraph.core.PersonalData.Finding> f = new ArrayList<>(
                        org.lexgraph.core.PersonalData.scan(q.text()));
                List<org.lexgraph.core.PersonalData.Finding> inNote = org.lexgraph.core.PersonalData.scan(q.note());
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
            Map<String, String> labels = new java.util.HashMap<>();
            session.themes().taxonomy().forEach(t -> labels.putIfAbsent(t.key(), t.label()));
            byte[] bytes = org.lexgraph.core.BasketExport.write(format, name, quotes, labels);
            if (file != null) {
                java.nio.file.Files.write(file, bytes);
                err.println("wrote " + quotes.size() + " quote" + (quotes.size() == 1 ? "" : "s") + " to "
                        + file.toAbsolutePath() + (redact && found > 0 ? " (" + found + " blanked)" : ""));
            } else {
                out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
            return OK;
        }
    }

    /** Accepts only {@code --json}; says whether it was given. */
    private static boolean jsonOnly(String command, List<String> args) throws UsageException {
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else {
                throw new UsageException(command + ": unexpected argument " + a);
            }
        }
        return json;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String version() {
        Package p = LexgraphCli.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "1.0.0" : v;
    }
}
