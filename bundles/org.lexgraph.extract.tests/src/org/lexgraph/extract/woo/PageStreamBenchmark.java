package org.lexgraph.extract.woo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Page stream segmentation of generated Woo bundles ({@link WooBundles}: e-mails, letters, memos, decisions and
 * attachments, clean and OCR'd), measured as the field does ({@link SegmentationScores}: boundary F1 and Panoptic
 * Quality) against the two trivial baselines in the same run: every page a document, and the whole file one document.
 * Not part of the test run: {@code ./lexgraph-dev bench segment} (LEXGRAPH_BENCH_BUNDLES, default 500).
 */
public class PageStreamBenchmark {

    @Test
    public void segmentationAgainstTheTrivialBaselines() throws Exception {
        String n = System.getenv("LEXGRAPH_BENCH_BUNDLES");
        List<WooBundles.Bundle> bundles = new WooBundles(20261130L).generate(n == null ? 500 : Integer.parseInt(n));
        PageStreamSegmenter segmenter = new PageStreamSegmenter();
        long pages = bundles.stream().mapToLong(b -> b.pages().size()).sum();
        long docs = bundles.stream().mapToLong(b -> b.starts().size()).sum();
        System.out.printf(Locale.ROOT, "%nPage stream segmentation benchmark: %d generated bundles, %d pages, %d documents"
                + " (%d bundles OCR'd)%n", bundles.size(), pages, docs, bundles.stream().filter(WooBundles.Bundle::ocr)
                        .count());
        System.out.printf(Locale.ROOT, "| %-22s | %-8s | %9s | %6s | %5s | %5s |%n", "method", "bundles", "precision",
                "recall", "F1", "PQ");
        System.out.println("|---|---|---|---|---|---|");
        long t0 = System.nanoTime();
        row("Lexgraph", bundles, b -> starts(segmenter.segment(b.pages())));
        double ms = (System.nanoTime() - t0) / 1e6;
        row("every page a document", bundles, b -> {
            List<Integer> all = new ArrayList<>();
            for (int i = 1; i <= b.pages().size(); i++) {
                all.add(i);
            }
            return all;
        });
        row("one document", bundles, b -> List.of(1));
        System.out.printf(Locale.ROOT, "Lexgraph segmented %d pages in %.0f ms%n", pages, ms);
    }

    private static void row(String name, List<WooBundles.Bundle> bundles,
            Function<WooBundles.Bundle, List<Integer>> method) {
        for (String part : List.of("all", "clean", "OCR")) {
            SegmentationScores s = new SegmentationScores();
            for (WooBundles.Bundle b : bundles) {
                if (part.equals("all") || (part.equals("OCR") == b.ocr())) {
                    s.add(b.starts(), method.apply(b), b.pages().size());
                }
            }
            System.out.printf(Locale.ROOT, "| %-22s | %-8s | %9.3f | %6.3f | %5.3f | %5.3f |%n", name, part,
                    s.precision(), s.recall(), s.f1(), s.panopticQuality());
        }
    }

    static List<Integer> starts(List<PageStreamSegmenter.Part> parts) {
        return parts.stream().map(PageStreamSegmenter.Part::from).toList();
    }
}
