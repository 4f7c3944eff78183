package org.lexgraph.extract.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optical character recognition through Debian's {@code tesseract} command, Dutch first ({@code nld+eng} when both
 * are installed). Tika's OCR parser runs the same command; calling it here keeps the timeout, the language choice and
 * the "not installed" message in our hands. Nothing is fetched: tesseract runs locally on a temporary image.
 * Thread-safe.
 */
public final class Ocr {

    /** Seconds one page may take before it is given up. */
    private static final long PAGE_TIMEOUT_SECONDS = 120;

    private final String command;
    private final String languages;
    private final String unavailableReason;

    private Ocr(String command, String languages, String unavailableReason) {
        this.command = command;
        this.languages = languages;
        this.unavailableReason = unavailableReason;
    }

    /** OCR with the tesseract of {@code $LEXGRAPH_TESSERACT}, or the one on the PATH; "not available" otherwise. */
    public static Ocr fromEnvironment() {
        String cmd = System.getenv("LEXGRAPH_TESSERACT");
        String command = cmd == null || cmd.isBlank() ? "tesseract" : cmd;
        String wanted = System.getProperty(LANGUAGES_PROPERTY, "");
        // checked once per process (and choice of languages): every import makes its extractors, and the check
        // starts a process
        return FROM_ENVIRONMENT.computeIfAbsent(command + "|" + wanted, k -> withCommand(command, wanted));
    }

    /**
     * The languages to read scans in, as tesseract names them joined by + ({@code nld+eng+fra}); the workbench's
     * preferences set it. Unset: Dutch and English, those of them installed.
     */
    public static final String LANGUAGES_PROPERTY = "lexgraph.ocr.languages";

    private static final java.util.Map<String, Ocr> FROM_ENVIRONMENT = new java.util.concurrent.ConcurrentHashMap<>();

    /** OCR through the given tesseract command, checked once now. */
    public static Ocr withCommand(String command) {
        return withCommand(command, "");
    }

    /** OCR through the given tesseract command in the given languages ("": Dutch and English), checked once now. */
    public static Ocr withCommand(String command, String wanted) {
        List<String> langs;
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return new Ocr(null, null, "tesseract did not answer (" + command + " --list-langs)");
            }
            langs = out.lines().map(String::strip).filter(l -> l.matches("[a-z_]{3,}")).toList();
        } catch (IOException e) {
            return new Ocr(null, null, "tesseract is not installed (Debian: tesseract-ocr and tesseract-ocr-nld)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ocr(null, null, "interrupted while looking for tesseract");
        }
        List<String> use = new ArrayList<>();
        if (wanted != null && !wanted.isBlank()) {
            for (String l : wanted.strip().split("\\s*[+,\\s]\\s*")) {
                if (!langs.contains(l)) {
                    return new Ocr(null, null, "tesseract has no language '" + l + "' (installed: "
                            + String.join(", ", langs) + "; Debian: tesseract-ocr-" + l + ")");
                }
                use.add(l);
            }
            return new Ocr(command, String.join("+", use), null);
        }
        if (langs.contains("nld")) {
            use.add("nld");
        }
        if (langs.contains("eng")) {
            use.add("eng");
        }
        if (use.isEmpty()) {
            return new Ocr(null, null, "tesseract has neither Dutch nor English (Debian: tesseract-ocr-nld)");
        }
        return new Ocr(command, String.join("+", use), null);
    }

    public boolean isAvailable() {
        return command != null;
    }

    /** Why OCR cannot run, for the status of a scan; null when it can. */
    public String unavailableReason() {
        return unavailableReason;
    }

    /** The languages used, such as {@code nld+eng}. */
    public String languages() {
        return languages;
    }

    /**
     * Recognises the text of one image file (PNG, JPEG, TIFF).
     *
     * @throws IOException when tesseract fails or takes longer than the page timeout
     */
    public String recognise(Path image) throws IOException {
        if (!isAvailable()) {
            throw new IOException(unavailableReason);
        }
        Path out = Files.createTempFile("lexgraph-ocr-", ".txt");
        try {
            String base = out.toString().substring(0, out.toString().length() - 4);
            Process p = new ProcessBuilder(command, image.toString(), base, "-l", languages, "--psm", "3")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("OCR took longer than " + PAGE_TIMEOUT_SECONDS + " s for one page");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("OCR interrupted", e);
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract failed (exit code " + p.exitValue() + ")");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
