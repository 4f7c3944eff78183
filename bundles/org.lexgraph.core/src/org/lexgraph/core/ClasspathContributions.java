package org.lexgraph.core;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.spi.RegistryStrategy;

/**
 * The extension registry for the command line launched on a flat class path of the product's bundle jars (no OSGi
 * framework to start: a command answers in a fraction of the time). Every jar on the class path whose
 * {@code plugin.xml} contributes to Lexgraph's extension points (or declares them) is added, under the bundle's
 * symbolic name; contributed files (law-name tables, taxonomies) are found in the contributing jar. Under OSGi the
 * framework's registry is used and this class does nothing.
 */
public final class ClasspathContributions {

    private static final Logger LOG = Logger.getLogger(ClasspathContributions.class.getName());
    /** The root of each contributing jar, by the bundle's symbolic name. */
    private static final Map<String, URL> ROOTS = new ConcurrentHashMap<>();

    private ClasspathContributions() {
    }

    /** Makes the registry from the class path and sets it as the default one, unless there is a registry already. */
    public static synchronized void install() {
        if (RegistryFactory.getRegistry() != null) {
            return;
        }
        Object master = new Object();
        IExtensionRegistry registry = RegistryFactory.createRegistry(new RegistryStrategy(null, null), master, null);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File jar = new File(entry);
            if (entry.endsWith(".jar") && !platform(jar.getName())) {
                contribute(registry, jar, master);
            }
        }
        try {
            RegistryFactory.setDefaultRegistryProvider(() -> registry);
        } catch (CoreException e) {
            LOG.warning(() -> "no extension registry for the command line: " + e.getMessage());
        }
    }

    private static void contribute(IExtensionRegistry registry, File jar, Object master) {
        try (JarFile j = new JarFile(jar, false)) {
            ZipEntry xml = j.getEntry("plugin.xml");
            if (xml == null) {
                xml = j.getEntry("fragment.xml");
            }
            Manifest mf = j.getManifest();
            if (xml == null || mf == null) {
                return;
            }
            String text;
            try (InputStream in = j.getInputStream(xml)) {
                text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (!text.contains("org.lexgraph.core.") && !text.contains("extension-point")) {
                return; // contributes nothing Lexgraph reads
            }
            String host = mf.getMainAttributes().getValue("Fragment-Host");
            String name = symbolicName(host != null ? host : mf.getMainAttributes().getValue("Bundle-SymbolicName"));
            if (name == null) {
                return;
            }
            IContributor contributor = ContributorFactorySimple.createContributor(name);
            registry.addContribution(new java.io.ByteArrayInputStream(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)), contributor, false, jar.getName(), null, master);
            ROOTS.putIfAbsent(name, java.net.URI.create("jar:" + jar.toURI() + "!/").toURL());
        } catch (IOException e) {
            LOG.warning(() -> jar + ": not read for contributions: " + e.getMessage());
        }
    }

    /**
     * The libraries and the Eclipse platform the product ships, which contribute nothing to Lexgraph: not opened, to
     * start faster. Any other jar (a team's extension bundle, whatever its name) is read.
     */
    private static boolean platform(String jarName) {
        for (String prefix : PLATFORM) {
            if (jarName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] PLATFORM = {"org.eclipse.", "org.apache.", "wrapped.", "com.fasterxml.",
        "com.sun.", "com.ibm.", "com.github.", "com.healthmarketscience.", "com.zaxxer.", "com.google.", "jakarta.",
        "javax.", "org.osgi.", "org.objectweb.", "org.slf4j", "slf4j.", "picocli", "org.tukaani", "org.glassfish.",
        "org.bouncycastle", "bc", "angus-", "org.jsoup", "org.ccil", "org.json", "org.xmlunit", "org.hamcrest",
        "junit", "org.junit", "org.opentest4j", "org.apiguardian"};

    private static String symbolicName(String header) {
        if (header == null) {
            return null;
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).strip();
    }

    /** A file of a contributing jar, when the registry was made from the class path. */
    static Optional<URL> file(String contributor, String path) {
        URL root = ROOTS.get(contributor);
        if (root == null || path == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.net.URI.create(root + (path.startsWith("/") ? path.substring(1) : path)).toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the registry was made from the class path (no OSGi framework). */
    static boolean installed() {
        return !ROOTS.isEmpty();
    }
}
