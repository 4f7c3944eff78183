package org.lexgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchRequest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph search}: passages and sources for a query, with filters, facets, paging and batches. */
@Command(name = "search", mixinStandardHelpOptions = true,
        header = "search passages and sources, with filters, facets and paging",
        description = {"search passages; words are OR-ed, \"quoted phrases\", AND/OR/NOT, +/-; synonyms and English",
            "terms are added from the thesaurus; results are sources with their best passages (--by passage: one",
            "per passage); a filter given twice means either value"})
final class SearchCommand extends CliCommand {

    /** How many passages of one source a search shows under it. */
    private static final int SHOWN_PER_SOURCE = 3;

    @Option(names = "--json", description = "one JSON object per result")
    boolean json;
    @Option(names = "--limit", paramLabel = "N", description = "results per page (10; at most 10000)")
    String limit;
    @Option(names = "--offset", paramLabel = "N", description = "results to skip")
    String offset;
    @Mixin
    FilterOptions filters = new FilterOptions();
    @Option(names = "--from", paramLabel = "DATE", description = "sources dated from (2024-12-18, or a year)")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "sources dated up to")
    String to;
    @Option(names = "--inforce", paramLabel = "DATE", description = "keep the regulations in force that day")
    String inForce;
    @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date")
    String sort;
    @Option(names = "--by", paramLabel = "WHAT", description = "source (default) or passage")
    String by;
    @Option(names = "--like", paramLabel = "PASSAGE", description = "passages like this one (its id)")
    String like;
    @Option(names = "--facets", description = "count the matches per kind, year, municipality, ...")
    boolean facets;
    @Option(names = "--batch", paramLabel = "FILE", description = "one query per line (id TAB query, or the query"
            + " alone)")
    Path batch;
    @Parameters(paramLabel = "QUERY", arity = "0..*")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, IOException {
        for (String w : words) {
            if (w.matches("--[a-z][a-z-]*(=.*)?")) {
                throw new UsageException("search: unknown option " + w);
            }
        }
        int pageSize = number("--limit", limit, 10);
        if (pageSize < 1 || pageSize > 10_000) {
            throw new UsageException("search: --limit must be between 1 and 10000");
        }
        int skip = number("--offset", offset, 0);
        if (skip < 0 || skip > 1_000_000) {
            throw new UsageException("search: --offset must be between 0 and 1000000");
        }
        SearchFilter filter = filter();
        SearchRequest.Order order = switch (sort == null ? "relevance" : sort) {
            case "relevance" -> SearchRequest.Order.RELEVANCE;
            case "date" -> SearchRequest.Order.DATE;
            default -> throw new UsageException("search: --sort takes relevance or date, not '" + sort + "'");
        };
        if (by != null && !by.equals("source") && !by.equals("passage")) {
            throw new UsageException("search: --by takes source or passage, not '" + by + "'");
        }
        boolean byPassage = "passage".equals(by);
        if (like != null && like.isBlank()) {
            throw new UsageException("search: --like needs a passage id (from a result's \"passage\")");
        }
        LocalDate day = null;
        if (inForce != null) {
            try {
                day = LocalDate.parse(inForce);
            } catch (DateTimeParseException e) {
                throw new UsageException("search: --inforce takes a date such as 2022-01-01, not '" + inForce + "'");
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
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            if (!session.isIndexCurrent()) {
                err.println("lexgraph: warning: the index of " + session.folder()
                        + " is out of date while another process holds it; results may be incomplete");
            }
            if (day != null) {
                // the regulations in force on that day: one version each
                Set<String> ids = new HashSet<>();
                session.versions().inForce(day, null).forEach(v -> ids.add(v.sourceId()));
                filter = filter.withSources(ids);
            }
            SearchPrinter printer = new SearchPrinter(out, err, interactive);
            int failures = 0;
            for (String[] q : queries) {
                try {
                    SearchRequest request = SearchRequest.of(q[1].isEmpty() ? null : q[1], pageSize)
                            .withOffset(skip).withFilter(filter).withOrder(order).withFacets(facets)
                            .bySource(byPassage ? 0 : SHOWN_PER_SOURCE).likePassage(like).withHighlights(json);
                    printer.print(session.search().run(request), q[0], json, facets, skip);
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

    private SearchFilter filter() throws UsageException {
        SearchFilter filter = filters.filter("search");
        if (from != null) {
            filter = filter.withDates(isoDay(from, false), filter.dateTo());
        }
        if (to != null) {
            filter = filter.withDates(filter.dateFrom(), isoDay(to, true));
        }
        return filter;
    }

    private static int number(String option, String value, int otherwise) throws UsageException {
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("search: " + option + " needs a whole number, not " + value);
        }
    }

    /** A day as yyyymmdd from 2024-12-18, or from a year alone (its first day, or its last for an end). */
    private static int isoDay(String v, boolean end) throws UsageException {
        try {
            if (v.matches("\\d{4}")) {
                return Integer.parseInt(v) * 10000 + (end ? 1231 : 101);
            }
            LocalDate d = LocalDate.parse(v);
            return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new UsageException("search: --from and --to take a date such as 2024-12-18 or a year, not '" + v
                    + "'");
        }
    }
}
