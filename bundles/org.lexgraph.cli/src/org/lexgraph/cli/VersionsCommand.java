package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.versions.Versions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph versions}: a regulation's versions; suggested chains; linking versions. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        header = "the versions of a regulation; suggested and confirmed chains",
        description = {"the versions of a regulation (CVDR or BWB work), oldest first, with their dates in force and",
            "the publication that made them; --suggest: regulations that look like versions of one another (same",
            "title and authority, no work id); 'versions link' confirms them as one regulation"},
        subcommands = VersionsCommand.Link.class)
final class VersionsCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per version")
    boolean json;
    @Option(names = "--suggest", description = "regulations that look like versions of one another")
    boolean suggest;
    @Parameters(paramLabel = "SOURCE", arity = "0..*")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (suggest) {
            return suggestions();
        }
        if (words.isEmpty() || words.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new UsageException("versions: name one regulation (its id, file, title, BWB or CVDR id)");
        }
        String reference = String.join(" ", words);
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<Versions.VersionInfo> chain = session.versions().of(reference);
            if (chain.isEmpty()) {
                err.println("lexgraph: no regulation in " + session.folder() + " matches '" + reference + "'");
                return PARTIAL;
            }
            for (Versions.VersionInfo v : chain) {
                if (json) {
                    out.println(new Json().put("source", v.sourceId()).put("title", v.title()).put("work", v.workId())
                            .put("version", v.versionId()).put("validFrom", str(v.validFrom()))
                            .put("validTo", str(v.validTo())).put("inForceUntil", str(v.effectiveTo()))
                            .put("publication", v.publication()).put("change", v.change()).put("articles", v.articles())
                            .put("municipality", v.municipality()).put("file", v.file()));
                } else {
                    out.printf(Locale.ROOT, "%-26s %-10s – %-10s  %3d articles  %s%s%n", v.label(),
                            v.validFrom() == null ? "(no date)" : v.validFrom(),
                            v.effectiveTo() == null ? "" : v.effectiveTo(), v.articles(),
                            v.publication() == null ? "" : v.publication() + " ",
                            v.change() == null ? "" : "(" + v.change() + ")");
                }
            }
            for (Versions.ChainProblem p : Versions.problems(chain)) {
                err.println("lexgraph: warning: " + p.message());
            }
            (json ? err : out).println(plural(chain.size(), "version") + " of " + chain.get(chain.size() - 1).title());
            return OK;
        }
    }

    private int suggestions() throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<Versions.Suggestion> all = session.versions().versionSuggestions();
            for (Versions.Suggestion g : all) {
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
            (json ? err : out).println(plural(all.size(), "suggested version chain")
                    + " (regulations with the same title and authority but no shared work id)");
            return OK;
        }
    }

    /** {@code versions link}: confirms that regulations are versions of one. */
    @Command(name = "link", mixinStandardHelpOptions = true,
        header = "confirm regulations as versions of one",
            description = "confirm that two or more regulations are versions of one regulation")
    static final class Link extends CliCommand {

        @Parameters(paramLabel = "SOURCE", arity = "0..*")
        List<String> refs = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (refs.size() < 2) {
                throw new UsageException("versions link: name two or more regulations (ids, files or identifiers)");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                List<String> ids = new ArrayList<>();
                for (String ref : refs) {
                    Optional<SourceSummary> s = session.library().findSource(ref);
                    if (s.isEmpty() || s.get().kind() != SourceKind.REGULATION) {
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
    }
}
