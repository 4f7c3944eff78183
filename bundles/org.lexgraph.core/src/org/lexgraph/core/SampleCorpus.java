package org.lexgraph.core;

import org.lexgraph.core.internal.BundledFiles;

import org.lexgraph.core.internal.ModelStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The small public corpus shipped with Lexgraph (the NGO letter, three laws, a ruling) that a new default knowledge
 * base is seeded with: copied into the knowledge base's {@code samples/} folder and imported from there.
 */
public final class SampleCorpus {

    static final String FOLDER = "samples";
    private static final String RESOURCES = "/samples/";

    private SampleCorpus() {
    }

    /** Copies the sample files into a folder (made when missing); returns them. */
    public static List<Path> copyTo(Path folder) throws IOException {
        Properties kinds = new Properties();
        try (InputStream in = BundledFiles.open(RESOURCES + "samples.properties")) {
            kinds.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (String name : new TreeSet<>(kinds.stringPropertyNames())) {
            Path file = folder.resolve(name);
            BundledFiles.copy(RESOURCES + name, file);
            files.add(file);
        }
        return files;
    }

    /** Copies the samples into the knowledge base folder and imports them. */
    public static ImportReport seed(KnowledgeBaseSession session, IProgressMonitor monitor)
            throws KnowledgeBaseException {
        Path target = session.folder().resolve(FOLDER);
        Properties kinds = new Properties();
        try (InputStream in = BundledFiles.open(RESOURCES + "samples.properties")) {
            kinds.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            Files.createDirectories(target);
            List<Path> files = new ArrayList<>();
            Map<Path, Importer.Hint> hints = new HashMap<>();
            for (String name : new TreeSet<>(kinds.stringPropertyNames())) {
                Path file = target.resolve(name);
                BundledFiles.copy(RESOURCES + name, file);
                files.add(file);
                String[] kindAndTitle = kinds.getProperty(name).split("\\|", 2);
                hints.put(file.toAbsolutePath().normalize(), new Importer.Hint(
                        SourceKind.fromKey(kindAndTitle[0].strip()),
                        kindAndTitle.length > 1 ? kindAndTitle[1].strip() : null));
            }
            return session.imports().importPaths(files, new Importer.Options(hints), monitor);
        } catch (IOException e) {
            throw new KnowledgeBaseException("cannot copy the sample corpus into " + target + ": "
                    + ModelStore.rootMessage(e), e);
        }
    }
}
