package org.lexgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.lexgraph.query.SearchHit;
import org.lexgraph.query.SearchResult;
import org.lexgraph.query.SourceGroup;

/** How {@code lexgraph search} shows a result: for a terminal, or as one JSON object per source or passage. */
final class SearchPrinter {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    SearchPrinter(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Prints one query's result: sources with their passages (or passages), the total, the facets. */
    void print(SearchResult result, String queryId, boolean json, boolean facets, int offset) {
        if (queryId != null && !json) {
            out.println("== " + queryId + ": " + result.query());
        }
        if (!result.notice().isEmpty()) {
            // the query was not taken as typed: say how it was read, and search all the same
            err.println("lexgraph: " + (queryId == null ? "" : "query " + queryId + ": ") + result.notice());
        }
        int rank = offset;
        if (!result.groups().isEmpty()) {
            for (SourceGroup g : result.groups()) {
                rank++;
                SearchHit best = g.hits().get(0);
                if (json) {
                    Json line = hitJson(queryId, rank, best);
                    List<Json> passages = new ArrayList<>();
                    for (SearchHit h : g.hits()) {
                        passages.add(new Json().put("passage", h.passageId()).put("page", h.page() > 0 ? h.page() : null)
                                .put("anchor", CliCommand.emptyToNull(h.anchor())).put("score", h.score())
                                .put("snippet", h.snippet()).put("text", h.text()).put("highlights", spans(h))
                                .put("note", h.note()));
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
                        if (h.matchedNote()) {
                            out.println("     note: " + plainSnippet(h.note(), interactive));
                        }
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
        line.put("rank", rank).put("source", h.sourceId()).put("file", h.file()).put("title", h.title())
                .put("kind", h.kind()).put("date", h.isoDate()).put("score", h.score())
                .put("page", h.page() > 0 ? h.page() : null).put("anchor", CliCommand.emptyToNull(h.anchor()))
                .put("passage", h.passageId()).put("snippet", h.snippet()).put("text", h.text())
                .put("highlights", spans(h)).put("note", h.note());
        if (h.origin() != null) {
            line.put("from", h.origin()); // whose knowledge base, when a shared collection answered
        }
        return line;
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
        if (h.matchedNote()) {
            out.println("   note: " + plainSnippet(h.note(), interactive));
        }
        out.println("   " + h.file() + (h.origin() == null ? "" : "  (from " + h.origin() + ")"));
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
}
