package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lexgraph.core.CitationLink;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph citations}: what a source cites, or what cites it. */
@Command(name = "citations", mixinStandardHelpOptions = true,
        header = "what a source cites, or what cites it",
        description = {"what a source cites (or, with --incoming, what cites it); SOURCE is its id, file, title or",
            "an identifier such as an ECLI or BWB id"})
final class CitationsCommand extends CliCommand {

    @Option(names = "--json", description = "one JSON object per citation")
    boolean json;
    @Option(names = "--incoming", description = "what cites the source")
    boolean incoming;
    @Parameters(paramLabel = "SOURCE", arity = "0..*")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
        for (String w : words) {
            if (w.startsWith("--")) {
                throw new UsageException("citations: unknown option " + w);
            }
        }
        if (words.isEmpty()) {
            throw new UsageException("citations: name a source (its id, file, title, ECLI, BWB or CVDR id)");
        }
        String reference = String.join(" ", words);
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
            Optional<SourceSummary> source = session.library().findSource(reference);
            if (source.isEmpty()) {
                err.println("lexgraph: no source in " + session.folder() + " matches '" + reference + "'");
                return PARTIAL;
            }
            List<CitationLink> links = incoming ? session.citations().incoming(source.get().id())
                    : session.citations().outgoing(source.get().id());
            for (CitationLink l : links) {
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
}
