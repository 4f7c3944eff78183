package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.themes.Themes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lexgraph themes}: the passages linked to the asks. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        header = "the passages linked to the letter's asks",
        description = {"the passages linked to the letter's asks, with score, state and evidence (the profile's",
            "words found and where)"})
final class ThemesCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per link")
    boolean json;
    @Option(names = "--ask", paramLabel = "KEY", description = "one ask (T1.2) or theme (T1)")
    String ask;
    @Option(names = "--state", paramLabel = "STATE", description = "proposed, confirmed or rejected")
    String state;

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        if (state != null && !List.of("proposed", "confirmed", "rejected").contains(state)) {
            throw new UsageException("themes: --state takes proposed, confirmed or rejected, not '" + state + "'");
        }
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            List<Themes.LinkView> links = session.themes().themeLinks(ask, state);
            for (Themes.LinkView l : links) {
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
            (json ? err : out).println(plural(links.size(), "link"));
            return OK;
        }
    }
}
