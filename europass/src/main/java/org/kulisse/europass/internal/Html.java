package org.kulisse.europass.internal;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML that Europass rich-text fields carry: built from plain text (escaped once here; the XML writer escapes the
 * markup again, as the format wants) and read back to plain text.
 */
public final class Html {
    private static final List<String> BLOCKS = List.of("p", "li", "div", "br", "ul", "ol", "h1", "h2", "h3", "h4",
            "blockquote", "tr");

    private final StringBuilder html = new StringBuilder();

    public Html paragraph(String text) {
        html.append("<p>").append(escape(text)).append("</p>");
        return this;
    }

    /** A paragraph whose first part is bold. */
    public Html heading(String strong, String rest) {
        html.append("<p><strong>").append(escape(strong)).append("</strong>");
        if (rest != null && !rest.isEmpty()) {
            html.append(" – ").append(escape(rest));
        }
        html.append("</p>");
        return this;
    }

    public Html startList() {
        html.append("<ul>");
        return this;
    }

    public Html item(String text) {
        html.append("<li>").append(escape(text)).append("</li>");
        return this;
    }

    public Html link(String href, String text) {
        html.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(text)).append("</a></li>");
        return this;
    }

    public Html endList() {
        html.append("</ul>");
        return this;
    }

    public boolean isEmpty() {
        return html.length() == 0;
    }

    @Override
    public String toString() {
        return html.toString();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /**
     * The text of a rich-text field, one line per paragraph or list item. Fields written as plain text (older files)
     * come back unchanged apart from trimmed lines.
     */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    newline(out);
                }
            }
        });
        StringBuilder text = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String trimmed = line.strip().replaceAll("[ \\t\\x0B\\f\\r]+", " ");
            if (!trimmed.isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n").append(trimmed);
            }
        }
        return text.toString();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
