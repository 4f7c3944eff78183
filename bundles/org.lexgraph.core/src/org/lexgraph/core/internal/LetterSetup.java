package org.lexgraph.core.internal;

import org.lexgraph.core.FileOutcome;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.Importer;
import org.lexgraph.core.ImportReport;
import org.lexgraph.core.TaxonomyReader;
import org.lexgraph.core.Taxonomies;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.KnowledgeBaseException;

import org.lexgraph.core.themes.AskProfiles;

import org.lexgraph.core.internal.ModelStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.IProgressMonitor;
import org.lexgraph.model.Actor;
import org.lexgraph.model.ActorKind;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.Source;
import org.lexgraph.model.Taxonomy;

/**
 * Puts the 2026 letter of 21 NGOs into a new knowledge base: the letter as a source, its signatories as actors, its
 * themes and asks as the default taxonomy; its footnote becomes a citation as in any import. All of it is data under
 * {@code data/letter-2026/}.
 */
public final class LetterSetup {

    private static final String DATA = "/data/letter-2026/";
    public static final String FOLDER = "letter";
    /** The key of the letter's taxonomy (letter.properties), which the default ask profiles belong to. */
    public static final String TAXONOMY_KEY = "ngo-brief-2026";

    private LetterSetup() {
    }

    public static void install(KnowledgeBaseSession session, IProgressMonitor monitor) throws KnowledgeBaseException {
        try {
            Properties p = new Properties();
            try (InputStream in = BundledFiles.open(DATA + "letter.properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            Path dir = Files.createDirectories(session.folder().resolve(FOLDER));
            Path letterFile = dir.resolve(p.getProperty("file"));
            BundledFiles.copy(DATA + p.getProperty("file"), letterFile);
            // the letter's taxonomy comes in through org.lexgraph.core.taxonomies like any other (contributed by this
            // bundle, not by default: it is added here, with the letter as its source); the bundled file outside OSGi
            Taxonomy taxonomy;
            Optional<Taxonomies.Offered> offered = Taxonomies.find(p.getProperty("taxonomy.key"));
            try (BufferedReader in = offered.isPresent() ? Taxonomies.open(offered.get()) : reader("taxonomy.tsv")) {
                taxonomy = new TaxonomyReader().read(in, p.getProperty("taxonomy.key"),
                        offered.map(Taxonomies.Offered::name).orElse(p.getProperty("taxonomy.name")));
            }
            AskProfiles.applyDefaults(taxonomy);
            List<Actor> signatories = new java.util.ArrayList<>();
            try (BufferedReader in = reader("signatories.tsv")) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", -1);
                    Actor a = LexgraphFactory.eINSTANCE.createActor();
                    a.setName(cols[0].strip());
                    a.setKind(ActorKind.ORGANISATION);
                    if (cols.length > 1 && !cols[1].isBlank()) {
                        a.setPlace(cols[1].strip());
                    }
                    signatories.add(a);
                }
            }
            Path normalised = letterFile.toAbsolutePath().normalize();
            ImportReport report = session.imports().importPaths(List.of(normalised), new Importer.Options(Map.of(normalised,
                    new Importer.Hint(SourceKind.NGO_DOCUMENT, p.getProperty("title")))), monitor);
            FileOutcome outcome = report.outcomes().get(0);
            if (outcome.status().isFailure() || outcome.sourceId() == null) {
                throw new KnowledgeBaseException("cannot enter the NGO letter into " + session.folder() + ": "
                        + outcome.message());
            }
            session.applyChange(kb -> {
                Source letter = find(kb, outcome.sourceId()).orElseThrow();
                kb.getActors().addAll(signatories);
                letter.getSignatories().addAll(signatories);
                letter.setLanguage("nl");
                signatories.stream().filter(a -> a.getName().equals(p.getProperty("publisher"))).findFirst()
                        .ifPresent(letter::setPublisher);
                taxonomy.setSource(letter);
                kb.getTaxonomies().add(taxonomy);
            });
            // the letter was imported before its own asks existed
            session.themes().linkThemes(java.util.Set.of(outcome.sourceId()));
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot enter the NGO letter into " + session.folder() + ": "
                    + ModelStore.rootMessage(e), e);
        }
    }

    public static Optional<Source> find(KnowledgeBase kb, String id) {
        return kb.getSources().stream().filter(s -> !s.eIsProxy() && id.equals(s.getId())).findFirst();
    }

    private static BufferedReader reader(String name) throws IOException {
        return new BufferedReader(new InputStreamReader(BundledFiles.open(DATA + name), StandardCharsets.UTF_8));
    }
}
