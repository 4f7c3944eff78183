package org.lexgraph.extract.official;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.lexgraph.extract.formats.Paragraphs;

/**
 * A small read-only element tree of an XML document, built by {@link XmlTrees} without DTDs or external entities.
 * Names are local names; namespaces are kept for the few places where they tell formats apart.
 */
public final class XmlNode {

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    /** Children in document order: XmlNode or String (text). */
    private final List<Object> content = new ArrayList<>();

    XmlNode(String namespace, String name) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    /** An attribute by local name (any namespace), or null. */
    public String attr(String localName) {
        return attributes.get(localName);
    }

    void putAttribute(String localName, String value) {
        attributes.putIfAbsent(localName, value);
    }

    void add(Object child) {
        content.add(child);
    }

    List<Object> content() {
        return content;
    }

    public List<XmlNode> children() {
        List<XmlNode> out = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlNode n) {
                out.add(n);
            }
        }
        return out;
    }

    public List<XmlNode> children(String localName) {
        List<XmlNode> out = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlNode n && n.name.equals(localName)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first child of that name, or null. */
    public XmlNode child(String localName) {
        for (Object o : content) {
            if (o instanceof XmlNode n && n.name.equals(localName)) {
                return n;
            }
        }
        return null;
    }

    /** The first element of that name at any depth below this one (depth first), or null. */
    public XmlNode find(String localName) {
        for (Object o : content) {
            if (o instanceof XmlNode n) {
                if (n.name.equals(localName)) {
                    return n;
                }
                XmlNode f = n.find(localName);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Every element of that name below this one, in document order (not looking inside matches). */
    public List<XmlNode> findAll(String localName) {
        List<XmlNode> out = new ArrayList<>();
        collect(localName, out::add);
        return out;
    }

    private void collect(String localName, Consumer<XmlNode> sink) {
        for (Object o : content) {
            if (o instanceof XmlNode n) {
                if (n.name.equals(localName)) {
                    sink.accept(n);
                } else {
                    n.collect(localName, sink);
                }
            }
        }
    }

    /** All text below this element, whitespace-normalised. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return Paragraphs.normalise(sb.toString());
    }

    void appendText(StringBuilder sb) {
        for (Object o : content) {
            if (o instanceof String s) {
                sb.append(s);
            } else {
                ((XmlNode) o).appendText(sb);
            }
        }
    }

    /** Text of the first child of that name, or null. */
    public String childText(String localName) {
        XmlNode c = child(localName);
        return c == null ? null : c.text();
    }

    @Override
    public String toString() {
        return "<" + name + ">";
    }
}
