package org.lexgraph.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.tests.support.Fixtures;

/**
 * Measures ingestion against its peers on the same files: a deterministic generator writes multi-page PDFs (text from
 * the test corpus; default 1,000 PDFs of 6 pages) plus DOCX and HTML copies of a tenth of them each; then, in the
 * same run, {@code pdftotext} over the PDFs (the extraction floor: Poppler, as many processes at once as Lexgraph
 * uses threads), Lexgraph's import of the PDFs alone and of the whole folder (the code {@code ./lexgraph import} runs,
 * without the JVM start), and {@code recollindex} (Recoll, the desktop-search peer) over the whole folder. Prints
 * files/s and MB of text/s; asserts nothing about time. Not part of the test run: {@code ./lexgraph-dev bench ingest}
 * (LEXGRAPH_BENCH_FILES, LEXGRAPH_BENCH_PAGES to scale).
 */
public class IngestBenchmark {

    private static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
    }

    @Test
    public void ingestAgainstPdftotextAndRecoll() throws Exception {
        int files = env("LEXGRAPH_BENCH_FILES", 1000);
        int pages = env("LEXGRAPH_BENCH_PAGES", 6);
        int threads = Importer.Limits.DEFAULT.threads();
        Path base = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "lexgraph-ingest-bench-"
                + System.nanoTime()));
        try {
            Path corpus = Files.createDirectories(base.resolve("corpus"));
            Path pdfs = Files.createDirectories(corpus.resolve("pdf"));
            long t0 = System.nanoTime();
            List<String> text = corpusText();
            int copies = generate(pdfs, corpus, files, pages, text);
            double gen = secs(t0);
            long pdfBytes = size(pdfs);
            System.out.printf(Locale.ROOT, "%nIngest benchmark: %,d PDFs x %d pages (%.1f MB) + %,d DOCX/HTML copies,"
                    + " generated in %.1f s; %d threads, %d cores%n", files, pages, pdfBytes / 1e6, copies, gen,
                    threads, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-34s %8s %9s %10s %12s%n", "what", "files", "seconds", "files/s",
                    "MB text/s");

            double floor = 0;
            double recoll = 0;
            // the floor: Poppler's pdftotext on every PDF, as many at once as Lexgraph reads
            if (available("pdftotext", "-v")) {
                Path out = Files.createDirectories(base.resolve("pdftotext"));
                List<Path> list = list(pdfs);
                long t = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<Integer>> done = new ArrayList<>();
                for (Path pdf : list) {
                    done.add(pool.submit(() -> new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(),
                            out.resolve(pdf.getFileName() + ".txt").toString()).inheritIO().start().waitFor()));
                }
                for (Future<Integer> f : done) {
                    f.get();
                }
                pool.shutdown();
                double s = secs(t);
                floor = s;
                long chars = 0;
                for (Path p : list(out)) {
                    chars += Files.readString(p, StandardCharsets.UTF_8).length();
                }
                row("pdftotext (PDFs)", list.size(), s, chars);
            } else {
                System.out.println("pdftotext (PDFs)                   not installed (Debian: poppler-utils)");
            }

            // where the time goes: reading alone, then reading with recognition, segmentation and citations
            org.lexgraph.extract.ExtractorRegistry registry = org.lexgraph.extract.ExtractorRegistry.builtIn();
            parallelRow("  of which extraction (PDFBox)", pdfs, threads, f -> registry.extract(f).textLength());
            Importer importer = Importer.builtIn();
            parallelRow("  of which extract+recognise+segment", pdfs, threads, f -> importer.prepareAll(f, "x", null,
                    Importer.Limits.DEFAULT).get(0).source().getPassages().stream()
                    .mapToLong(x -> x.getText().length()).sum());
            // one import first, not timed, so that neither timed import pays for a cold JIT (it cost ~2 s)
            importRow(null, base.resolve("kb-warm-up"), pdfs);
            double pdfOnly = importRow("lexgraph import (PDFs)", base.resolve("kb-pdf"), pdfs);
            // the same without the theme linker that every import runs at its end (import --no-link)
            importRow("  the same, --no-link", base.resolve("kb-pdf-nolink"), pdfs,
                    Importer.Options.DEFAULT.withoutLinking());
            double all = importRow("lexgraph import (all, with copies)", base.resolve("kb-all"), corpus);

            if (available("recollindex", "-h")) {
                Path conf = Files.createDirectories(base.resolve("recoll"));
                Files.writeString(conf.resolve("recoll.conf"), "topdirs = " + corpus + "\nnoaspell = 1\n"
                        + "loglevel = 1\nidxabsmlen = 0\n");
                long t = System.nanoTime();
                int rc = new ProcessBuilder("recollindex", "-c", conf.toString(), "-z")
                        .redirectErrorStream(true).redirectOutput(base.resolve("recoll.log").toFile()).start()
                        .waitFor();
                double s = secs(t);
                recoll = s;
                int n = list(corpus).size();
                System.out.printf(Locale.ROOT, "%-34s %8d %9.2f %10.1f %12s%s%n", "recollindex (all)", n, s, n / s,
                        "-", rc == 0 ? "" : "  (exit code " + rc + ")");
            } else {
                System.out.println("recollindex (all)                  not installed (Debian: recoll)");
            }
            if (floor > 0) {
                System.out.printf(Locale.ROOT, "lexgraph import of the PDFs takes %.2fx the time of pdftotext (goal: "
                        + "at most 1.5x)%n", pdfOnly / floor);
            }
            if (recoll > 0) {
                System.out.printf(Locale.ROOT, "lexgraph import of the folder is %.2fx as fast as recollindex (goal: "
                        + "faster)%n", recoll / all);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(base)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double importRow(String label, Path kb, Path folder) throws Exception {
        return importRow(label, kb, folder, Importer.Options.DEFAULT);
    }

    private static double importRow(String label, Path kb, Path folder, Importer.Options options) throws Exception {
        long t = System.nanoTime();
        try (KnowledgeBaseSession s = KnowledgeBaseSession.open(kb, KnowledgeBaseSession.Access.CREATE,
                Importer.builtIn(), new NullProgressMonitor())) {
            ImportReport r = s.imports().importPaths(List.of(folder), options, new NullProgressMonitor());
            double secs = secs(t);
            long chars = s.read(root -> {
                long n = 0;
                for (Source src : root.getSources()) {
                    if (src.getOriginalPath() != null && src.getOriginalPath().startsWith(folder.toString())) {
                        for (Passage p : src.getPassages()) {
                            n += p.getText().length();
                        }
                    }
                }
                return n;
            });
            int n = r.outcomes().size();
            if (label == null) {
                return secs; // the warm-up
            }
            row(label, n, secs, chars);
            if (r.failures() > 0 || r.count(FileOutcome.Status.DUPLICATE) > 0) {
                System.out.printf(Locale.ROOT, "%-34s imported %d, duplicates (other formats) %d, failed %d%n", "",
                        r.count(FileOutcome.Status.IMPORTED), r.count(FileOutcome.Status.DUPLICATE), r.failures());
            }
            return secs;
        }
    }

    interface FileWork {
        long run(Path file) throws Exception;
    }

    private static void parallelRow(String label, Path dir, int threads, FileWork work) throws Exception {
        List<Path> list = list(dir);
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> done = new ArrayList<>();
        for (Path f : list) {
            done.add(pool.submit(() -> work.run(f)));
        }
        long chars = 0;
        for (Future<Long> f : done) {
            chars += f.get();
        }
        pool.shutdown();
        row(label, list.size(), secs(t), chars);
    }

    private static void row(String label, int files, double secs, long chars) {
        System.out.printf(Locale.ROOT, "%-34s %8d %9.2f %10.1f %12.2f%n", label, files, secs, files / secs,
                chars / 1e6 / secs);
    }

    private static boolean available(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lines of the test corpus's laws, in a fixed order, restricted to what the PDF standard fonts can show. */
    private static List<String> corpusText() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(Fixtures.corpus().resolve("bwb-markdown"))) {
            for (Path p : s.sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String t = line.replace('#', ' ').strip();
                    if (t.length() > 20) {
                        lines.add(latin1(t));
                    }
                }
            }
        }
        return lines;
    }

    private static String latin1(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 32 && c < 127 || c >= 0xA0 && c <= 0xFF ? c : c == '’' ? '\'' : c == '–' ? '-' : ' ');
        }
        return sb.toString();
    }

    /** Writes the PDFs and the copies; returns how many copies. */
    private static int generate(Path pdfs, Path corpus, int files, int pages, List<String> lines) throws IOException {
        int at = 0;
        int copies = 0;
        for (int f = 0; f < files; f++) {
            List<String> pageTexts = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                StringBuilder page = new StringBuilder();
                int rows = 0;
                while (rows < 40) {
                    String line = lines.get(at++ % lines.size());
                    paragraphs.add(line);
                    for (String wrapped : wrap(line, 95)) {
                        page.append(wrapped).append('\n');
                        rows++;
                    }
                }
                pageTexts.add(page.toString().stripTrailing());
            }
            String name = String.format(Locale.ROOT, "stuk-%05d", f);
            Fixtures.pdf(pdfs, name + ".pdf", pageTexts);
            if (f % 10 == 3) {
                Fixtures.docx(corpus, name + ".docx", "Stuk " + f, paragraphs);
                copies++;
            } else if (f % 10 == 7) {
                Fixtures.html(corpus, name + ".html", "Stuk " + f, "Stuk " + f, paragraphs);
                copies++;
            }
        }
        return copies;
    }

    private static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        out.add(rest);
        return out;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long size(Path dir) throws IOException {
        long n = 0;
        for (Path p : list(dir)) {
            n += Files.size(p);
        }
        return n;
    }

    private static double secs(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
