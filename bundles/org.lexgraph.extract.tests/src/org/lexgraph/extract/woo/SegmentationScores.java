package org.lexgraph.extract.woo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The measures of page stream segmentation the field uses (the WooIR and OpenPSS benchmarks of the University of
 * Amsterdam): boundary F1 over the pages that start a document (the first page of a file excepted, as it always
 * does), summed over the bundles; and Panoptic Quality, per bundle — documents matched when their pages overlap by
 * more than half (IoU > 0.5), PQ = sum of the matches' IoU / (TP + FP/2 + FN/2) — averaged over the bundles.
 */
final class SegmentationScores {

    private long tp;
    private long fp;
    private long fn;
    private double pq;
    private int bundles;

    /** Adds one bundle: the true first pages and the predicted ones (1-based, 1 included), of {@code pages} pages. */
    void add(List<Integer> truth, List<Integer> predicted, int pages) {
        Set<Integer> t = new HashSet<>(truth);
        Set<Integer> p = new HashSet<>(predicted);
        t.remove(1);
        p.remove(1);
        for (int b : p) {
            if (t.contains(b)) {
                tp++;
            } else {
                fp++;
            }
        }
        for (int b : t) {
            if (!p.contains(b)) {
                fn++;
            }
        }
        pq += panoptic(segments(truth, pages), segments(predicted, pages));
        bundles++;
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double panopticQuality() {
        return bundles == 0 ? 0 : pq / bundles;
    }

    private static List<int[]> segments(List<Integer> starts, int pages) {
        List<Integer> s = new ArrayList<>(new java.util.TreeSet<>(starts));
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(new int[] {s.get(i), i + 1 < s.size() ? s.get(i + 1) - 1 : pages});
        }
        return out;
    }

    private static double panoptic(List<int[]> truth, List<int[]> predicted) {
        double iouSum = 0;
        int matched = 0;
        for (int[] t : truth) {
            for (int[] p : predicted) {
                int overlap = Math.min(t[1], p[1]) - Math.max(t[0], p[0]) + 1;
                if (overlap <= 0) {
                    continue;
                }
                int union = Math.max(t[1], p[1]) - Math.min(t[0], p[0]) + 1;
                double iou = (double) overlap / union;
                if (iou > 0.5) { // at most one match each: two segments cannot both overlap one by more than half
                    iouSum += iou;
                    matched++;
                }
            }
        }
        double fpCount = predicted.size() - matched;
        double fnCount = truth.size() - matched;
        double denominator = matched + fpCount / 2 + fnCount / 2;
        return denominator == 0 ? 1 : iouSum / denominator;
    }
}
