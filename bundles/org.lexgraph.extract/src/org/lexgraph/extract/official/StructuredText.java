package org.lexgraph.extract.official;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lexgraph.extract.StructureNode;
import org.lexgraph.extract.StructureNode.Kind;
import org.lexgraph.extract.TextBlock;

/**
 * Turns the body of the Dutch official XML formats (CVDR, BWB toestand, officielebekendmakingen) into blocks and a
 * structure tree. They share element names: containers ({@code hoofdstuk}, {@code paragraaf}, {@code afdeling}) and
 * {@code artikel} with a {@code kop} of {@code label}, {@code nr}, {@code titel}; then {@code lid} with {@code lidnr}
 * and {@code al}, bare {@code al}, and {@code lijst/li}. Not thread-safe; one per document.
 */
final class StructuredText {

    private static final Set<String> CHAPTERS = Set.of("boek", "deel", "titeldeel", "hoofdstuk");
    private static final Set<String> SECTIONS = Set.of("afdeling", "paragraaf", "sub-paragraaf", "subparagraaf",
            "divisie");
    private static final Set<String> SKIP = Set.of("meta", "metadata", "redactie", "redactionele-toevoeging",
            "meta-data", "bwb-inputbestand", "bwb-wijzigingen", "RDF", "noot.nr");
    private static final Set<String> LEAVES = Set.of("al", "intitule", "aanhef", "slotformulering", "wij",
            "considerans.al", "dagtekening", "para", "entry", "li", "tussenkop", "ondertekening", "naam",
            "functie", "plaats", "datum", "noot", "al-groep", "citeertitel", "title", "titel");

    final List<TextBlock> blocks = new ArrayList<>();
    final List<StructureNode> roots = new ArrayList<>();
    private final Set<String> usedKeys = new HashSet<>();

    void walk(XmlNode node) {
        walk(node, null, null, 1);
    }

    private void walk(XmlNode node, StructureNode parent, String elementKey, int level) {
        for (XmlNode c : node.children()) {
            String n = c.name();
            if (SKIP.contains(n)) {
                continue;
            }
            if (n.equals("artikel")) {
                article(c, parent, level);
            } else if (CHAPTERS.contains(n) || SECTIONS.contains(n)) {
                container(c, parent, elementKey, level, CHAPTERS.contains(n) ? Kind.CHAPTER : Kind.SECTION);
            } else if (n.equals("kop")) {
                heading(c, level, elementKey);
            } else if (n.equals("lijst")) {
                list(c, elementKey);
            } else if (n.equals("tgroup") || n.equals("table")) {
                table(c, elementKey);
            } else if ((LEAVES.contains(n) || c.children().isEmpty()) && !hasBlockChildren(c)) {
                body(c.text(), elementKey, n.equals("title") || n.equals("titel") || n.equals("tussenkop") ? level : 0);
            } else {
                walk(c, parent, elementKey, level);
            }
        }
    }

    private static boolean hasBlockChildren(XmlNode c) {
        for (XmlNode g : c.children()) {
            if (g.name().equals("al") || g.name().equals("lijst") || g.name().equals("para") || g.name().equals("li")
                    || g.name().equals("table")) {
                return true;
            }
        }
        return false;
    }

    private void container(XmlNode c, StructureNode parent, String elementKey, int level, Kind kind) {
        XmlNode kop = c.child("kop");
        String label = kop == null ? null : kopLabel(kop);
        String nr = kop == null ? null : kop.childText("nr");
        String title = kop == null ? null : kop.childText("titel");
        StructureNode node = null;
        if (label != null && !label.isBlank()) {
            String prefix = kind == Kind.CHAPTER ? "ch:" : "sec:";
            node = new StructureNode(uniqueKey(prefix + norm(nr != null ? nr : label)), kind, label, nr, title);
            attach(parent, node);
            heading(kop, level, node.key());
        }
        for (XmlNode g : c.children()) {
            if (g == kop) {
                continue;
            }
            XmlNode wrap = new XmlNode("", "wrap");
            wrap.add(g);
            walk(wrap, node != null ? node : parent, node != null ? node.key() : elementKey, level + 1);
        }
    }

    private void article(XmlNode a, StructureNode parent, int level) {
        XmlNode kop = a.child("kop");
        String nr = kop == null ? null : kop.childText("nr");
        if (nr == null) {
            nr = a.attr("nr");
        }
        String labelWord = kop == null ? null : kop.childText("label");
        String label = (labelWord == null || labelWord.isBlank() ? "Artikel" : labelWord) + (nr == null ? "" : " " + nr);
        String title = kop == null ? null : kop.childText("titel");
        StructureNode art = new StructureNode(uniqueKey("art:" + norm(nr == null ? label : nr)), Kind.ARTICLE,
                label.strip(), nr, title == null || title.isBlank() ? null : title);
        attach(parent, art);
        blocks.add(TextBlock.heading(label.strip() + (art.title() == null ? "" : " " + art.title()), 0,
                Math.min(6, level + 1)).in(art.key()));
        for (XmlNode c : a.children()) {
            String n = c.name();
            if (c == kop || SKIP.contains(n)) {
                continue;
            }
            if (n.equals("lid")) {
                String lidnr = c.childText("lidnr");
                String num = lidnr == null ? null : lidnr.replaceAll("[.\\s]+$", "");
                StructureNode lid = art.add(new StructureNode(uniqueKey(art.key() + "/lid:" + norm(
                        num == null ? String.valueOf(art.children().size() + 1) : num)), Kind.LID,
                        lidnr == null ? "" : lidnr, num, null));
                XmlNode wrap = new XmlNode("", "wrap");
                for (XmlNode g : c.children()) {
                    if (!g.name().equals("lidnr")) {
                        wrap.add(g);
                    }
                }
                int before = blocks.size();
                walk(wrap, lid, lid.key(), level + 2);
                if (num != null && blocks.size() > before) {
                    TextBlock first = blocks.get(before);
                    blocks.set(before, new TextBlock(num + ". " + first.text(), first.page(), first.headingLevel(),
                            first.element()));
                }
            } else if (n.equals("artikel.toelichting") || n.equals("toelichting")) {
                blocks.add(TextBlock.heading("Toelichting bij " + art.label(), 0, Math.min(6, level + 2)));
                walk(c, null, null, level + 2);
            } else {
                XmlNode wrap = new XmlNode("", "wrap");
                wrap.add(c);
                walk(wrap, art, art.key(), level + 2);
            }
        }
    }

    private void heading(XmlNode kop, int level, String elementKey) {
        String t = kopLabel(kop);
        String title = kop.childText("titel");
        if (title != null && !title.isBlank() && !t.contains(title)) {
            t = t.isBlank() ? title : t + " " + title;
        }
        if (!t.isBlank()) {
            blocks.add(TextBlock.heading(t, 0, Math.min(6, level)).in(elementKey));
        }
    }

    private static String kopLabel(XmlNode kop) {
        String label = kop.childText("label");
        String nr = kop.childText("nr");
        if (label == null && nr == null) {
            return kop.text();
        }
        return ((label == null ? "" : label) + " " + (nr == null ? "" : nr)).strip();
    }

    private void list(XmlNode lijst, String elementKey) {
        for (XmlNode li : lijst.children("li")) {
            String nr = li.attr("nr");
            if (nr == null) {
                nr = li.childText("li.nr");
            }
            StringBuilder own = new StringBuilder();
            List<XmlNode> nested = new ArrayList<>();
            for (XmlNode g : li.children()) {
                if (g.name().equals("lijst")) {
                    nested.add(g);
                } else if (!g.name().equals("li.nr")) {
                    own.append(g.text()).append(' ');
                }
            }
            if (own.isEmpty()) {
                own.append(li.text());
            }
            String text = own.toString().strip();
            body((nr == null || nr.isBlank() ? "" : nr.strip() + " ") + text, elementKey, 0);
            for (XmlNode n : nested) {
                list(n, elementKey);
            }
        }
    }

    private void table(XmlNode table, String elementKey) {
        for (XmlNode row : table.findAll("row")) {
            List<String> cells = new ArrayList<>();
            for (XmlNode e : row.children("entry")) {
                cells.add(e.text());
            }
            body(String.join(" | ", cells), elementKey, 0);
        }
    }

    private void body(String text, String elementKey, int headingLevel) {
        if (text == null || text.isBlank()) {
            return;
        }
        blocks.add(new TextBlock(text, 0, headingLevel > 0 ? Math.min(6, headingLevel) : 0, elementKey));
    }

    private void attach(StructureNode parent, StructureNode node) {
        if (parent == null) {
            roots.add(node);
        } else {
            parent.add(node);
        }
    }

    private String uniqueKey(String key) {
        String k = key;
        for (int i = 2; !usedKeys.add(k); i++) {
            k = key + "#" + i;
        }
        return k;
    }

    /** "3.1a." → "3.1a", "I" → "i": the form keys use. */
    static String norm(String nr) {
        return nr.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replaceAll("[.:]+$", "");
    }
}
