package org.lexgraph.core;

import org.lexgraph.core.internal.ModelStore;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Where the embedded default knowledge base lives: {@code $LEXGRAPH_HOME}, else {@code ~/.lexgraph/default}. The
 * default one is created and seeded with the sample corpus the first time it is opened.
 */
public final class KnowledgeBaseLocations {

    public static final String HOME_VARIABLE = "LEXGRAPH_HOME";

    private KnowledgeBaseLocations() {
    }

    public static Path defaultFolder() {
        String home = System.getenv(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".lexgraph", "default");
    }

    /**
     * Opens the knowledge base in {@code folder}; when it is the default one and does not exist yet, creates it and
     * imports the sample corpus.
     */
    public static KnowledgeBaseSession open(Path folder, KnowledgeBaseSession.Access access, Importer importer,
            IProgressMonitor monitor) throws KnowledgeBaseException {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        Path dir = folder.toAbsolutePath().normalize();
        boolean seed = dir.equals(defaultFolder()) && !Files.exists(dir.resolve(ModelStore.ROOT_FILE));
        KnowledgeBaseSession session = KnowledgeBaseSession.open(dir,
                seed ? KnowledgeBaseSession.Access.CREATE : access, importer, sub.split(2));
        if (seed) {
            try {
                SampleCorpus.seed(session, sub.split(8));
            } catch (KnowledgeBaseException e) {
                try {
                    session.close();
                } catch (java.io.IOException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }
        return session;
    }
}
