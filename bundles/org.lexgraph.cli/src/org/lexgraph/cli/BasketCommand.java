package org.lexgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.QuoteView;
import org.lexgraph.core.SourceSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph basket}: baskets of quotes (without a subcommand: the list). */
@Command(name = "basket", mixinStandardHelpOptions = true,
        header = "baskets of quotes: list, show, add, move, remove",
        description = {"baskets of quotes: the words of a passage (characters N to M) with their pinpoint and",
            "citation (Leidraad), a note and the asks they back"},
        subcommands = {BasketCommand.List_.class, BasketCommand.Show.class, BasketCommand.Add.class,
            BasketCommand.Move.class, BasketCommand.Remove.class})
final class BasketCommand extends CliCommand {

    @Override
    public Integer call() throws KnowledgeBaseException, java.io.IOException {
        return list(this);
    }

    static int list(CliCommand c) throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = c.open(KnowledgeBaseSession.Access.READ)) {
            Map<String, Integer> all = session.baskets().names();
            all.forEach((name, n) -> c.out.println(name + "  (" + plural(n, "quote") + ")"));
            if (all.isEmpty()) {
                c.err.println("no baskets; add a quote with: lexgraph basket add NAME --passage ID");
            }
            return OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
        header = "the baskets", description = "the baskets with their number of quotes")
    static final class List_ extends CliCommand {
        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            return list(this);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
        header = "the quotes of a basket", description = "the quotes of a basket, in order")
    static final class Show extends CliCommand {

        @Option(names = "--json", description = "one JSON object per quote")
        boolean json;
        @Parameters(paramLabel = "NAME", arity = "0..1")
        String name;

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (name == null) {
                throw new UsageException("basket show: give the basket's name");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
                int n = 0;
                for (QuoteView q : session.baskets().basket(name)) {
                    n++;
                    if (json) {
                        out.println(new Json().put("quote", q.id()).put("index", n - 1).put("source", q.sourceId())
                                .put("passage", q.passageId()).put("title", q.title()).put("kind", q.kind())
                                .put("text", q.text()).put("start", q.start()).put("end", q.end())
                                .put("pinpoint", emptyToNull(q.pinpoint())).put("citation", q.citation())
                                .put("identifier", q.identifier()).put("permalink", q.permalink())
                                .put("date", q.date()).put("inForce", q.inForce()).put("note", q.note()).put("annotations", q.annotations()).put("asks", q.asks())
                                .put("changed", q.changed()));
                    } else {
                        out.println(n + ". \u201c" + q.text().strip() + "\u201d");
                        out.println("   " + q.citation() + (q.changed() ? "  (the source changed: check)" : ""));
                        if (q.note() != null && !q.note().isBlank()) {
                            out.println("   note: " + q.note());
                        }
                        for (String a : q.annotations()) {
                            out.println("   \u270E " + a);
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
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
        header = "add a quote to a basket",
            description = "add the words of a passage (--from N --to M: characters N to M) to a basket")
    static final class Add extends CliCommand {

        @Option(names = "--passage", paramLabel = "ID", description = "the passage (from search --json)")
        String passage;
        @Option(names = "--source", paramLabel = "SOURCE", description = "its source (found from the passage)")
        String source;
        @Option(names = "--from", paramLabel = "N")
        Integer from;
        @Option(names = "--to", paramLabel = "M")
        Integer to;
        @Option(names = "--note", paramLabel = "TEXT")
        String note;
        @Option(names = "--ask", paramLabel = "KEY", description = "an ask the quote backs (repeatable)")
        List<String> asks = new ArrayList<>();
        @Parameters(paramLabel = "NAME", arity = "0..1")
        String name;

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (name == null || passage == null) {
                throw new UsageException("basket add: give a basket name and --passage ID (from search --json)");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                String src = source != null ? session.library().findSource(source).map(SourceSummary::id)
                        .orElse(source) : session.library().sourceOfPassage(passage).orElseThrow(
                                () -> new KnowledgeBaseException("no passage " + passage + " in " + session.folder()));
                String id = session.baskets().addQuote(name, src, passage, from, to, note);
                if (!asks.isEmpty()) {
                    session.baskets().setQuoteAsks(name, id, asks);
                }
                QuoteView q = session.baskets().basket(name).stream().filter(x -> x.id().equals(id)).findFirst()
                        .orElseThrow();
                out.println("added to " + name + ": \u201c" + q.text().strip() + "\u201d — " + q.citation());
                return OK;
            }
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
        header = "move a quote", description = "move a quote: NAME QUOTE INDEX (0 first)")
    static final class Move extends CliCommand {

        @Parameters(paramLabel = "NAME QUOTE INDEX", arity = "0..*")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (args.size() != 3) {
                throw new UsageException("basket move: give NAME QUOTE INDEX (0 is the first place)");
            }
            int index;
            try {
                index = Integer.parseInt(args.get(2).strip());
            } catch (NumberFormatException e) {
                throw new UsageException("INDEX needs a whole number, not '" + args.get(2) + "'");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.baskets().moveQuote(args.get(0), args.get(1), index);
                return OK;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
        header = "remove a quote", description = "remove a quote: NAME QUOTE")
    static final class Remove extends CliCommand {

        @Parameters(paramLabel = "NAME QUOTE", arity = "0..*")
        List<String> args = new ArrayList<>();

        @Override
        public Integer call() throws UsageException, KnowledgeBaseException, java.io.IOException {
            if (args.size() != 2) {
                throw new UsageException("basket remove: give NAME QUOTE");
            }
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.WRITE)) {
                session.baskets().removeQuote(args.get(0), args.get(1));
                return OK;
            }
        }
    }
}
