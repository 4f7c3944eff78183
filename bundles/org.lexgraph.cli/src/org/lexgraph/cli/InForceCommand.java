package org.lexgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.versions.Versions;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchHit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph inforce}: the regulations in force on a day. */
@Command(name = "inforce", mixinStandardHelpOptions = true,
        header = "the regulations in force on a day",
        description = {"the regulations in force on a day (2022-01-01), one version each; --matching keeps those",
            "whose text then matches (which municipalities had a shelter arrangement in force, and since when)"})
final class InForceCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per regulation")
    boolean json;
    @Option(names = "--municipality", paramLabel = "M", description = "only this municipality's")
    String municipality;
    @Option(names = "--matching", paramLabel = "QUERY", description = "only those whose text then matches")
    String matching;
    @Option(names = "--kind", paramLabel = "KIND", description = "regulation (only regulations have dates in force)")
    String kind;
    @Parameters(paramLabel = "DATE", arity = "0..*")
    List<String> dates = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (kind != null && !kind.equals("regulation")) {
            throw new UsageException("inforce: only regulations have dates in force (--kind regulation)");
        }
        LocalDate day = null;
        for (String a : dates) {
            try {
                day = LocalDate.parse(a);
            } catch (DateTimeParseException e) {
                throw new UsageException("inforce: give a date such as 2022-01-01, not '" + a + "'");
            }
        }
        if (day == null) {
            throw new UsageException("inforce: give a date such as 2022-01-01");
        }
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<Versions.VersionInfo> found = session.versions().inForce(day, municipality);
            Map<String, SearchHit> best = new HashMap<>();
            if (matching != null) {
                // only the regulations whose text in force that day matches, each with its best passage
                Set<String> ids = new HashSet<>();
                found.forEach(v -> ids.add(v.sourceId()));
                try {
                    for (SearchHit h : session.search().run(matching, 10_000, SearchFilter.NONE.withSources(ids),
                            false).hits()) {
                        best.putIfAbsent(h.sourceId(), h);
                    }
                } catch (QuerySyntaxException e) {
                    throw new UsageException("inforce: " + e.getMessage());
                }
                found = found.stream().filter(v -> best.containsKey(v.sourceId())).toList();
            }
            for (Versions.VersionInfo v : found) {
                LocalDate since = session.versions().of(v.sourceId()).stream().map(Versions.VersionInfo::validFrom)
                        .filter(Objects::nonNull).findFirst().orElse(v.validFrom());
                SearchHit hit = best.get(v.sourceId());
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
                            + (hit == null || hit.anchor() == null || hit.anchor().isEmpty() ? ""
                                    : "  (" + hit.anchor() + ")"));
                }
            }
            (json ? err : out).println(plural(found.size(), "regulation") + " in force on " + day
                    + (municipality == null ? "" : " in " + municipality)
                    + " (regulations without dates in force are not counted)");
            return OK;
        }
    }
}
