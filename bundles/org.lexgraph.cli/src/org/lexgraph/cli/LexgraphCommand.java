package org.lexgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** {@code lexgraph}: the global options; the work is done by its subcommands. */
@Command(name = "lexgraph", mixinStandardHelpOptions = true, versionProvider = LexgraphCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Lexgraph indexes legal and policy sources (PDF, Word, HTML, text, XML) into a searchable knowledge base.",
            "Without a command, ./lexgraph opens the workbench. 'lexgraph COMMAND --help' tells more of a command."},
        subcommands = {ImportCommand.class, SearchCommand.class, InfoCommand.class, SourcesCommand.class,
            TaxonomyCommand.class, ThemesCommand.class, LinkCommand.class, CoverageCommand.class, BasketCommand.class,
            ExportCommand.class, CiteCommand.class, CitationsCommand.class, SavedCommand.class, VersionsCommand.class,
            DiffCommand.class, InForceCommand.class, CollectionCommand.class, NoteCommand.class, NoteCommand.ListNotes.class,
            BundleCommand.class, IndexCommand.class,
            CheckCommand.class, HelpCommand.class},
        footer = {"", "exit codes: 0 done, 1 some inputs failed (each named on stderr) or check found errors,",
            "            2 usage error or unusable knowledge base"})
final class LexgraphCommand extends CliCommand {

    @Option(names = "--kb", paramLabel = "DIR", description = {"the knowledge base folder (default: $LEXGRAPH_HOME,"
        + " else ~/.lexgraph/default, which is created with a sample corpus on first use)"})
    void kb(Path dir) {
        context().kb = dir;
    }

    @Override
    public Integer call() throws UsageException {
        throw new UsageException("no command given");
    }

    /** The version of the command-line bundle. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = LexgraphCli.class.getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            return new String[] {"lexgraph " + (v == null ? "1.0.0" : v)};
        }
    }
}
