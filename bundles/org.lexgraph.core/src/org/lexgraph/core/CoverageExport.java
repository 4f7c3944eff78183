package org.lexgraph.core;

import org.lexgraph.core.themes.Themes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The coverage matrix for a report: CSV (a row per value, per ask its confirmed and proposed links) and an image,
 * SVG or PNG, in which empty cells are as visible as full ones: hatched and marked "0", because they are the
 * argument. Drawing into an image needs no display (without one the JDK runs AWT headless by itself).
 */
public final class CoverageExport {

    private static final int CELL_W = 64;
    private static final int CELL_H = 26;
    private static final int LABEL_W = 190;
    private static final int HEAD_H = 34;
    private static final int MARGIN = 12;

    private CoverageExport() {
    }

    /** CSV with a header: the row field, then per ask "KEY confirmed" and "KEY proposed". */
    public static String csv(Themes.Coverage c) {
        StringBuilder sb = new StringBuilder(quote(c.by().key()));
        for (String ask : c.asks()) {
            sb.append(',').append(quote(ask + " confirmed")).append(',').append(quote(ask + " proposed"));
        }
        sb.append("\r\n");
        for (Themes.Coverage.Row r : c.rows()) {
            sb.append(quote(r.value()));
            for (String ask : c.asks()) {
                Themes.Coverage.Cell cell = r.cells().get(ask);
                sb.append(',').append(cell.confirmed()).append(',').append(cell.proposed());
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** The shade of a cell: empty cells light red, full ones darker green the more links they hold. */
    private static Color fill(Themes.Coverage.Cell cell, int max) {
        if (cell.isEmpty()) {
            return new Color(253, 226, 226);
        }
        double f = Math.min(1, (cell.confirmed() + cell.proposed()) / (double) Math.max(1, max));
        int g = (int) Math.round(235 - 120 * f);
        return new Color((int) Math.round(220 - 150 * f), Math.max(140, g + 10), (int) Math.round(200 - 130 * f));
    }

    private static int max(Themes.Coverage c) {
        int max = 0;
        for (Themes.Coverage.Row r : c.rows()) {
            for (Themes.Coverage.Cell cell : r.cells().values()) {
                max = Math.max(max, cell.confirmed() + cell.proposed());
            }
        }
        return max;
    }

    private static String cellText(Themes.Coverage.Cell cell) {
        return cell.isEmpty() ? "0" : cell.confirmed() + " / " + cell.proposed();
    }

    /** An SVG drawing of the matrix, with a legend. */
    public static String svg(Themes.Coverage c, String title) {
        int w = MARGIN * 2 + LABEL_W + CELL_W * c.asks().size();
        int h = MARGIN * 2 + 28 + HEAD_H + CELL_H * c.rows().size() + 30;
        int max = max(c);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n", w, h));
        sb.append("<defs><pattern id=\"empty\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde2e2\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#f0a8a8\" stroke-width=\"2\"/></pattern></defs>\n");
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                MARGIN, MARGIN + 16, esc(title)));
        int top = MARGIN + 28;
        for (int i = 0; i < c.asks().size(); i++) {
            int x = MARGIN + LABEL_W + i * CELL_W;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">"
                    + "<title>%s</title>%s</text>%n", x + CELL_W / 2, top + HEAD_H - 10,
                    esc(c.askLabels().getOrDefault(c.asks().get(i), "")), esc(c.asks().get(i))));
        }
        for (int r = 0; r < c.rows().size(); r++) {
            Themes.Coverage.Row row = c.rows().get(r);
            int y = top + HEAD_H + r * CELL_H;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", MARGIN, y + CELL_H - 8,
                    esc(row.value())));
            for (int i = 0; i < c.asks().size(); i++) {
                Themes.Coverage.Cell cell = row.cells().get(c.asks().get(i));
                int x = MARGIN + LABEL_W + i * CELL_W;
                Color f = fill(cell, max);
                sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" "
                        + "stroke=\"#999\"/>%n", x, y, CELL_W, CELL_H, cell.isEmpty() ? "url(#empty)"
                                : String.format(Locale.ROOT, "#%02x%02x%02x", f.getRed(), f.getGreen(), f.getBlue())));
                sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\"%s>%s</text>%n",
                        x + CELL_W / 2, y + CELL_H - 8, cell.isEmpty() ? " fill=\"#b42318\"" : "",
                        esc(cellText(cell))));
            }
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">%s</text>%n", MARGIN,
                h - MARGIN, esc(legend(c))));
        sb.append("</svg>\n");
        return sb.toString();
    }

    private static String legend(Themes.Coverage c) {
        return "confirmed / proposed links per " + c.by().key() + " and ask; 0 = no passage addresses the ask";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A PNG of the same drawing. */
    public static byte[] png(Themes.Coverage c, String title) throws IOException {
        int w = MARGIN * 2 + LABEL_W + CELL_W * c.asks().size();
        int h = MARGIN * 2 + 28 + HEAD_H + CELL_H * c.rows().size() + 30;
        int max = max(c);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, MARGIN, MARGIN + 16);
            Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            Font bold = plain.deriveFont(Font.BOLD);
            int top = MARGIN + 28;
            g.setFont(bold);
            FontMetrics bm = g.getFontMetrics();
            for (int i = 0; i < c.asks().size(); i++) {
                String k = c.asks().get(i);
                int x = MARGIN + LABEL_W + i * CELL_W;
                g.drawString(k, x + (CELL_W - bm.stringWidth(k)) / 2, top + HEAD_H - 10);
            }
            g.setFont(plain);
            FontMetrics pm = g.getFontMetrics();
            for (int r = 0; r < c.rows().size(); r++) {
                Themes.Coverage.Row row = c.rows().get(r);
                int y = top + HEAD_H + r * CELL_H;
                g.setColor(Color.BLACK);
                g.drawString(clip(row.value(), pm, LABEL_W - 8), MARGIN, y + CELL_H - 8);
                for (int i = 0; i < c.asks().size(); i++) {
                    Themes.Coverage.Cell cell = row.cells().get(c.asks().get(i));
                    int x = MARGIN + LABEL_W + i * CELL_W;
                    g.setColor(fill(cell, max));
                    g.fillRect(x, y, CELL_W, CELL_H);
                    if (cell.isEmpty()) {
                        g.setColor(new Color(240, 168, 168));
                        g.setStroke(new BasicStroke(2));
                        g.setClip(x, y, CELL_W, CELL_H);
                        for (int d = -CELL_H; d < CELL_W; d += 8) {
                            g.drawLine(x + d, y + CELL_H, x + d + CELL_H, y);
                        }
                        g.setClip(null);
                    }
                    g.setColor(new Color(153, 153, 153));
                    g.setStroke(new BasicStroke(1));
                    g.drawRect(x, y, CELL_W, CELL_H);
                    String t = cellText(cell);
                    g.setColor(cell.isEmpty() ? new Color(180, 35, 24) : Color.BLACK);
                    g.drawString(t, x + (CELL_W - pm.stringWidth(t)) / 2, y + CELL_H - 8);
                }
            }
            g.setColor(new Color(85, 85, 85));
            g.drawString(legend(c), MARGIN, h - MARGIN);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static String clip(String s, FontMetrics fm, int width) {
        if (fm.stringWidth(s) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** The asks of a matrix as "KEY label" lines, for the legend of a report. */
    public static List<String> askLegend(Themes.Coverage c) {
        return c.asks().stream().map(k -> k + "  " + c.askLabels().getOrDefault(k, "")).toList();
    }
}
