package org.lexgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lexgraph.tests.support.Fixtures;

/**
 * The rules of docs/ARCHITECTURE.md that hold today, checked on the sources: the lower bundles (cite, index,
 * extract, eu) use no Eclipse and no bundle above them; SWT, JFace and the workbench appear only in ui and app. Code
 * that breaks a rule fails this test with the file and the reference.
 */
public class ArchitectureRulesTest {

    /** What each bundle's code may name of org.lexgraph and org.eclipse (its own package always). */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "org.lexgraph.cite", Set.of(),
            "org.lexgraph.index", Set.of(),
            "org.lexgraph.extract", Set.of(),
            "org.lexgraph.eu", Set.of("org.lexgraph.cite"),
            "org.lexgraph.core", Set.of("org.lexgraph.model", "org.lexgraph.index", "org.lexgraph.cite",
                    "org.lexgraph.extract", "org.eclipse.emf", "org.eclipse.core", "org.eclipse.equinox"),
            "org.lexgraph.cli", Set.of("org.lexgraph.core", "org.lexgraph.model", "org.lexgraph.index",
                    "org.lexgraph.cite", "org.lexgraph.extract", "org.eclipse.core", "org.eclipse.equinox"));

    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.(?:lexgraph|eclipse)\\.[a-z]+)\\b");

    @Test
    public void lowerBundlesDependOnNothingAboveThemAndNoUiOutsideTheUi() throws IOException {
        Path bundles = Fixtures.testData().getParent().getParent();
        assertEquals("bundles", bundles.getFileName().toString(), bundles.toString());
        List<String> broken = new ArrayList<>();
        for (var rule : MAY_USE.entrySet()) {
            Path src = bundles.resolve(rule.getKey()).resolve("src");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    int lineNo = 0;
                    for (String line : Files.readAllLines(f)) {
                        lineNo++;
                        String code = line.strip();
                        if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                            continue; // comments may name anything
                        }
                        Matcher m = REFERENCE.matcher(code.replaceAll("\"[^\"]*\"", "\"\""));
                        while (m.find()) {
                            String used = m.group(1);
                            if (!used.equals(rule.getKey()) && !rule.getValue().contains(used)) {
                                broken.add(bundles.relativize(f) + ":" + lineNo + " uses " + used);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
