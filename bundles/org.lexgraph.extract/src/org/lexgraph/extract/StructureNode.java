package org.lexgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a document's structure as the format or a recogniser found it: a chapter, section, article, lid or
 * list item, with its label as printed and its children. Blocks refer to their element by {@link #key()}, a path
 * that is stable for the same structure ({@code art:3/lid:2}), so that versions of a regulation can be aligned.
 */
public final class StructureNode {

    /** The kinds of element, as the model's StructureKind names them. */
    public enum Kind {
        CHAPTER, SECTION, PARAGRAPH, ARTICLE, LID, ITEM
    }

    private final String key;
    private final Kind kind;
    private final String label;
    private final String number;
    private final String title;
    private final List<StructureNode> children = new ArrayList<>();

    public StructureNode(String key, Kind kind, String label, String number, String title) {
        this.key = key;
        this.kind = kind;
        this.label = label;
        this.number = number;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** As printed: "Artikel 8", "1.", "a.". */
    public String label() {
        return label;
    }

    /** The number alone: "8", "1", "a"; may be null. */
    public String number() {
        return number;
    }

    /** The article's or chapter's title, or null. */
    public String title() {
        return title;
    }

    public List<StructureNode> children() {
        return children;
    }

    public StructureNode add(StructureNode child) {
        children.add(child);
        return child;
    }

    /** All elements of a tree, depth first. */
    public static List<StructureNode> flatten(List<StructureNode> roots) {
        List<StructureNode> out = new ArrayList<>();
        for (StructureNode n : roots) {
            out.add(n);
            out.addAll(flatten(n.children));
        }
        return out;
    }

    @Override
    public String toString() {
        return key + " (" + kind + " " + label + ")";
    }
}
