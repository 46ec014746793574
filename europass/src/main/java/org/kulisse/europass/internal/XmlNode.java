package org.kulisse.europass.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An element of a document read by {@link SecureXml}: name, attributes, text, children and where it starts. */
public final class XmlNode {
    final String namespace;
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<XmlNode> children = new ArrayList<>();
    final String path;
    final int line;
    final int column;

    XmlNode(String namespace, String name, String path, int line, int column) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public List<XmlNode> children() {
        return children;
    }

    public String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    /** The text content, trimmed; null when there is none. */
    public String text() {
        String t = text.toString().strip();
        return t.isEmpty() ? null : t;
    }

    /** The text content exactly as found (rich text keeps its inner line breaks). */
    public String rawText() {
        return text.toString();
    }

    public XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    public List<XmlNode> all(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                found.add(c);
            }
        }
        return found;
    }

    public String childText(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.text();
    }
}
