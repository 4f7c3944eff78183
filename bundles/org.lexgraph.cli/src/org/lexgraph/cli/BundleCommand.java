package org.lexgraph.cli;

import java.util.List;

import org.lexgraph.core.ImportReport;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.bundles.BundleService.BundlePart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lexgraph bundle show|split|merge}: the documents of a PDF bundle, as the user corrects them. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        header = "the documents of a PDF bundle (a Woo decision's e-mails and letters): show, split, merge",
        description = {"a PDF that is many documents is imported as one source per document; split one where another",
            "begins, or merge it with the next: kept for every later import of the same PDF"},
        subcommands = {BundleCommand.Show.class, BundleCommand.Split.class, BundleCommand.Merge.class})
final class BundleCommand extends CliCommand {

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("bundle: say what to do: bundle show SOURCE, bundle split SOURCE PAGE, bundle merge"
                + " SOURCE");
    }

    static void print(CliCommand c, List<BundlePart> parts, boolean json) {
        for (BundlePart p : parts) {
            if (json) {
                c.out.println(new Json().put("source", p.sourceId()).put("member", p.member()).put("from", p.from())
                        .put("to", p.to()).put("title", p.title()));
            } else {
                c.out.println(p.sourceId() + "  " + p.member() + "  " + (p.title() == null ? "" : p.title()));
            }
        }
    }

    private interface Correction {
        ImportReport apply(KnowledgeBaseSession session, String sourceId, ProgressLine progress)
                throws KnowledgeBaseException;
    }

    /** Runs a correction of the bundle of SOURCE with a progress line, then shows the bundle's documents. */
    static int correct(CliCommand c, String source, Correction correction)
            throws KnowledgeBaseException, java.io.IOException {
        try (KnowledgeBaseSession session = c.open(KnowledgeBaseSession.Access.WRITE)) {
            String id = NoteCommand.source(session, source);
            ProgressLine progress = new ProgressLine(c.err, c.interactive);
            ImportReport r;
            try {
                r = correction.apply(session, id, progress);
            } finally {
                progress.clear();
            }
            done(c, session, id, r);
            return OK;
        }
    }

    /** The bundle's documents after the correction, and any file the reading failed on. */
    static void done(CliCommand c, KnowledgeBaseSession session, String sourceId, ImportReport r) {
        for (var o : r.failed()) {
            c.err.println("lexgraph: " + o.display() + ": " + o.message());
        }
        print(c, session.bundles().partsOf(sourceId), false);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, header = "the documents of the bundle a source is in")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "SOURCE")
        String source;
        @Option(names = "--json", description = "one JSON object per document")
        boolean json;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            try (KnowledgeBaseSession session = open(KnowledgeBaseSession.Access.READ)) {
                List<BundlePart> parts = session.bundles().partsOf(NoteCommand.source(session, source));
                if (parts.isEmpty()) {
                    throw new KnowledgeBaseException("'" + source + "' is not a document of a PDF bundle");
                }
                print(this, parts, json);
                return OK;
            }
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, header = "split a document where another begins",
        description = "a new document begins at PAGE (a page of the bundle within SOURCE's pages, after its first)")
    static final class Split extends CliCommand {
        @Parameters(index = "0", paramLabel = "SOURCE")
        String source;
        @Parameters(index = "1", paramLabel = "PAGE")
        int page;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            return correct(this, source, (session, id, p) -> session.bundles().split(id, page, p));
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, header = "merge a document with the next",
        description = "SOURCE and the bundle's document after it become one")
    static final class Merge extends CliCommand {
        @Parameters(paramLabel = "SOURCE")
        String source;

        @Override
        public Integer call() throws KnowledgeBaseException, java.io.IOException {
            return correct(this, source, (session, id, p) -> session.bundles().mergeWithNext(id, p));
        }
    }
}
