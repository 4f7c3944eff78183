package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SavedSearchReport;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph saved}: the saved searches with their hits; adding and deleting one. */
@Command(name = "saved", mixinStandardHelpOptions = true,
        header = "saved searches and their new hits; add, delete",
        description = {"the saved searches with their hits (--new: only new hits since the last look, which is then",
            "remembered); imports report new hits too"},
        subcommands = {SavedCommand.Add.class, SavedCommand.Delete.class})
final class SavedCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per saved search")
    boolean json;
    @Option(names = "--new", description = "only searches with new hits; remember this look")
    boolean onlyNew;

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<SavedSearchReport> reports = session.search().runSavedSearches(Set.of(), onlyNew);
            for (SavedSearchReport r : reports) {
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

    /** {@code saved add}: a query with the filters search takes, under a name. */
    @Command(name = "add", mixinStandardHelpOptions = true,
        header = "save a query under a name",
            description = "save a query (with the filters search takes) under a name")
    static final class Add extends CliCommand {

        @Mixin
        FilterOptions filters = new FilterOptions();
        @Parameters(paramLabel = "NAME QUERY", arity = "0..*")
        List<String> words = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (words.size() < 2) {
                throw new UsageException("saved add: give a name and a query");
            }
            SearchFilter filter = filters.filter("saved add");
            String name = words.get(0);
            String query = String.join(" ", words.subList(1, words.size()));
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
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
    }

    /** {@code saved delete}: one saved search. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
        header = "delete a saved search", description = "delete a saved search")
    static final class Delete extends CliCommand {

        @Parameters(paramLabel = "NAME", arity = "0..*")
        List<String> names = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (names.size() != 1) {
                throw new UsageException("saved delete: give the name of one saved search");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.search().deleteSavedSearch(names.get(0));
                out.println("deleted saved search " + names.get(0));
                return OK;
            }
        }
    }
}
