package org.lexgraph.extract.woo;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a bundle of pages (a Woo decision's PDF with the e-mails, letters, memos and decisions it discloses, one
 * after another) into its documents: a page starts a document when it opens like one (an e-mail header, a letterhead,
 * a memo's or decision's heading), when its "pagina 1 van N" restarts the count, or when the document number stamped
 * on it differs from the page before; it continues one when its page number follows on or its stamp is the same. The
 * signals are weighed (see {@link #score}); a bundle shorter than {@link #MIN_PAGES} or in which no page opens a
 * document stays one document. Stateless and thread-safe.
 */
public final class PageStreamSegmenter {

    /** A bundle of fewer pages is one document. */
    public static final int MIN_PAGES = 3;
    /** A page starts a document when its score reaches this. */
    static final double THRESHOLD = 2.0;

    /** A document of a bundle: its first and last page (1-based, inclusive), its kind, and a label to show. */
    public record Part(int from, int to, String kind, String label) {
        public int pages() {
            return to - from + 1;
        }
    }

    /** The documents of a bundle, given the text of each page. */
    public List<Part> segment(List<String> pages) {
        List<PageSignals> signals = new ArrayList<>(pages.size());
        for (String p : pages) {
            signals.add(PageSignals.of(p == null ? "" : p));
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(1);
        boolean anyOpening = false;
        for (int i = 1; i < signals.size(); i++) {
            if (score(signals.get(i - 1), signals.get(i)) >= THRESHOLD) {
                starts.add(i + 1);
            }
            anyOpening |= signals.get(i).opens() || signals.get(i).pageNumber() == 1
                    || signals.get(i).documentNumber() != null;
        }
        if (pages.size() < MIN_PAGES || !anyOpening) {
            starts = List.of(1);
        }
        List<Part> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) - 1 : pages.size();
            PageSignals first = signals.isEmpty() ? PageSignals.of("") : signals.get(from - 1);
            out.add(new Part(from, to, first.kind(), label(first, from, to)));
        }
        return out;
    }

    /** How strongly page {@code now} starts a document, after page {@code before}. */
    static double score(PageSignals before, PageSignals now) {
        double s = 0;
        if (now.emailStart()) {
            s += 3;
        } else if (now.emailLabels() >= 2) {
            s += 1; // a header half read (OCR), or quoted lower in a thread
        }
        if (now.letterhead()) {
            s += 2.5;
        }
        if (now.memo() || now.decision()) {
            s += 2;
        }
        if (now.pageNumber() == 1) {
            s += 3;
        } else if (now.pageNumber() > 1) {
            // "pagina 3 van 5" after "pagina 2 van 5" continues; any other number says less
            s += before.pageNumber() == now.pageNumber() - 1 && before.pageTotal() == now.pageTotal() ? -3.5 : -1;
        }
        if (now.documentNumber() != null && before.documentNumber() != null) {
            s += now.documentNumber().equals(before.documentNumber()) ? -3 : 3;
        }
        if (before.closing()) {
            s += 1;
        }
        if (before.lines() > 0 && now.lines() > 0
                && Math.abs(before.meanLineLength() - now.meanLineLength()) > 0.45 * Math.max(before.meanLineLength(),
                        now.meanLineLength())) {
            s += 0.5; // another layout
        }
        return s;
    }

    /** "e-mail 12 maart 2021, p. 7–9", or with its subject when it has no date. */
    private static String label(PageSignals first, int from, int to) {
        StringBuilder sb = new StringBuilder(first.kind());
        if (first.date() != null) {
            sb.append(' ').append(first.date());
        } else if (first.subject() != null) {
            sb.append(' ').append(first.subject().length() > 60 ? first.subject().substring(0, 60) + "…"
                    : first.subject());
        }
        sb.append(", p. ").append(from == to ? Integer.toString(from) : from + "–" + to);
        return sb.toString();
    }
}
