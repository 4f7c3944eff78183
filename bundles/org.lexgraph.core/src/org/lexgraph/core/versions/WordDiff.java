package org.lexgraph.core.versions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts, by Myers' algorithm (O((N+M)·D) time for N and M words and D
 * differences): what a lawyer reads as "twaalf" struck out and "achttien" put in. Words are runs of letters and
 * digits; punctuation marks are words of their own; spacing does not count. Stateless.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    /** What happened to a run of words. */
    public enum Kind {
        EQUAL, DELETE, INSERT
    }

    /** A run of words that stayed, went or came, joined by single spaces. */
    public record Op(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public static List<Op> diff(String before, String after) {
        return diff(words(before), words(after));
    }

    public static List<Op> diff(List<String> a, List<String> b) {
        // strip the common start and end: most articles change in one place
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Op> ops = new ArrayList<>();
        add(ops, Kind.EQUAL, a.subList(0, start));
        middle(a.subList(start, endA), b.subList(start, endB), ops);
        add(ops, Kind.EQUAL, a.subList(endA, a.size()));
        return ops;
    }

    /**
     * Beyond this many differences in one stretch the texts are treated as rewritten (all out, all in): the trace of
     * the way back grows with the square of the differences (100 MB here).
     */
    static final int MAX_DIFFERENCES = 5000;

    /** Myers' greedy algorithm; the trace keeps, per step d, only the diagonals -d..d that the way back reads. */
    private static void middle(List<String> a, List<String> b, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            add(ops, Kind.DELETE, a);
            add(ops, Kind.INSERT, b);
            return;
        }
        int max = n + m;
        int offset = max;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            if (d > MAX_DIFFERENCES) {
                add(ops, Kind.DELETE, a);
                add(ops, Kind.INSERT, b);
                return;
            }
            trace.add(java.util.Arrays.copyOfRange(v, offset - d, offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
        }
        // walk back through the trace, collecting single-word steps
        List<Op> steps = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d); // pv[i] is diagonal i - d
            int k = x - y;
            boolean down = k == -d || (k != d && pv[k - 1 + d] < pv[k + 1 + d]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = pv[prevK + d];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                steps.add(new Op(Kind.EQUAL, a.get(--x)));
                y--;
            }
            if (x == prevX) {
                steps.add(new Op(Kind.INSERT, b.get(--y)));
            } else {
                steps.add(new Op(Kind.DELETE, a.get(--x)));
            }
        }
        while (x > 0 && y > 0) {
            steps.add(new Op(Kind.EQUAL, a.get(--x)));
            y--;
        }
        Collections.reverse(steps);
        for (Op s : steps) {
            add(ops, s.kind(), List.of(s.text()));
        }
    }

    /** Appends words, merging with the last run when it is of the same kind. */
    private static void add(List<Op> ops, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = join(words);
        if (!ops.isEmpty() && ops.get(ops.size() - 1).kind() == kind) {
            Op last = ops.remove(ops.size() - 1);
            ops.add(new Op(kind, last.text() + (attaches(last.text(), text) ? "" : " ") + text));
        } else {
            ops.add(new Op(kind, text));
        }
    }

    /** Words as text: one space between them, none before a closing mark or after an opening one. */
    public static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty() && !attaches(sb, w)) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    private static boolean attaches(CharSequence before, String next) {
        if (before.isEmpty() || next.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return ".,;:)]!?".indexOf(next.charAt(0)) >= 0 || last == '(' || last == '[';
    }

    /** The differences as text: {@code [-twaalf-]{+achttien+}}, the usual word-diff notation. */
    public static String render(List<Op> ops) {
        StringBuilder sb = new StringBuilder();
        for (Op op : ops) {
            if (!sb.isEmpty() && !(op.kind() == Kind.EQUAL && attaches(sb, op.text()))) {
                sb.append(' ');
            }
            switch (op.kind()) {
                case EQUAL -> sb.append(op.text());
                case DELETE -> sb.append("[-").append(op.text()).append("-]");
                case INSERT -> sb.append("{+").append(op.text()).append("+}");
            }
        }
        return sb.toString();
    }
}
