package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.versions.ArticleAligner;
import org.lexgraph.core.versions.WordDiff;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph diff}: two versions of a regulation, article by article. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "two versions of a regulation compared article by article",
        description = {"the articles of two versions aligned (renumbered, inserted, removed) with word differences:",
            "[-struck-] {+added+}"})
final class DiffCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per article")
    boolean json;
    @Option(names = "--article", paramLabel = "N", description = "only this article")
    String article;
    @Parameters(paramLabel = "VERSION", arity = "0..*", description = "a version id (CVDR641872_2,"
            + " BWBR0011823@2024-01-01) or a source (its latest version)")
    List<String> refs = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (refs.size() != 2) {
            throw new UsageException("diff: give two versions (a version id such as CVDR641872_2, or a source)");
        }
        String only = article == null ? null : article.strip();
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<ArticleAligner.Aligned> rows;
            try {
                rows = session.versions().compareVersions(refs.get(0), refs.get(1));
            } catch (KnowledgeBaseException e) {
                err.println("lexgraph: " + e.getMessage());
                return PARTIAL;
            }
            int changed = 0;
            for (ArticleAligner.Aligned r : rows) {
                String before = r.before() == null ? null : r.before().number();
                String after = r.after() == null ? null : r.after().number();
                if (only != null && !only.equalsIgnoreCase(String.valueOf(before))
                        && !only.equalsIgnoreCase(String.valueOf(after))) {
                    continue;
                }
                if (r.change() != ArticleAligner.Change.UNCHANGED) {
                    changed++;
                }
                if (json) {
                    List<Object> ops = new ArrayList<>();
                    for (WordDiff.Op op : r.diff()) {
                        ops.add(new Json().put("op", op.kind().name().toLowerCase(Locale.ROOT)).put("text", op.text()));
                    }
                    out.println(new Json().put("change", r.change().name().toLowerCase(Locale.ROOT))
                            .put("before", before).put("after", after).put("label", r.after() != null
                                    ? r.after().label() : r.before().label())
                            .put("similarity", Math.round(r.similarity() * 1000) / 1000.0).put("diff", ops));
                } else if (r.change() != ArticleAligner.Change.UNCHANGED || only != null) {
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
                    out.println("    " + WordDiff.render(r.diff()));
                }
            }
            (json ? err : out).println(changed + " of " + rows.size() + " articles differ between " + refs.get(0)
                    + " and " + refs.get(1));
            return OK;
        }
    }

    /** "Artikel 3", or the label of a part outside the articles ("Bijlage 1"). */
    private static String name(ArticleAligner.Article a) {
        return a == null ? "" : a.number() != null ? "Artikel " + a.number() : a.label();
    }
}
