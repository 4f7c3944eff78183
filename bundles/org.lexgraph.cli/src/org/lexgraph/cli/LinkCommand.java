package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.themes.Themes;
import org.lexgraph.model.LinkState;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph link}: the theme linker over all sources; deciding and making links. */
@Command(name = "link", mixinStandardHelpOptions = true,
        header = "run the theme linker; confirm, reject or add a link",
        description = {"run the theme linker over all sources (imports run it on what they bring); never changes a",
            "link you confirmed, rejected or made"},
        subcommands = {LinkCommand.Confirm.class, LinkCommand.Reject.class, LinkCommand.Add.class})
final class LinkCommand extends CliCommand {

    @Option(names = "--json", description = "the counts as one JSON object")
    boolean json;

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
            long start = System.nanoTime();
            Themes.LinkReport r = session.themes().linkThemes(null);
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

    /** Decides one proposed link. */
    abstract static class Decide extends CliCommand {

        @Parameters(paramLabel = "LINK", arity = "0..*")
        List<String> links = new ArrayList<>();

        abstract String verb();

        abstract LinkState state();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (links.size() != 1) {
                throw new UsageException("link " + verb() + ": give one link id (see: lexgraph themes)");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.themes().decideLink(links.get(0), state());
                out.println(verb() + "ed " + links.get(0));
                return OK;
            }
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
        header = "confirm a proposed link", description = "confirm a proposed link")
    static final class Confirm extends Decide {
        @Override
        String verb() {
            return "confirm";
        }

        @Override
        LinkState state() {
            return LinkState.CONFIRMED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true,
        header = "reject a proposed link", description = "reject a proposed link")
    static final class Reject extends Decide {
        @Override
        String verb() {
            return "reject";
        }

        @Override
        LinkState state() {
            return LinkState.REJECTED;
        }
    }

    /** {@code link add SOURCE PASSAGE ASK}: a link made by hand. */
    @Command(name = "add", mixinStandardHelpOptions = true,
        header = "link a passage to an ask by hand",
            description = "link a passage to an ask by hand: SOURCE PASSAGE ASK (ids as in search --json)")
    static final class Add extends CliCommand {

        @Parameters(paramLabel = "SOURCE PASSAGE ASK", arity = "0..*")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (args.size() != 3) {
                throw new UsageException("link add: give SOURCE PASSAGE ASK (ids as in search --json, an ask key)");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                String source = session.library().findSource(args.get(0)).map(SourceSummary::id).orElse(args.get(0));
                session.themes().addThemeLink(source, args.get(1), args.get(2));
                out.println("linked " + args.get(1) + " to " + args.get(2));
                return OK;
            }
        }
    }
}
