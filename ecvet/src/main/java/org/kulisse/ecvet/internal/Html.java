package org.kulisse.ecvet.internal;

import org.kulisse.core.model.LocalizedText;

/** A small HTML5 writer: escaped text, a fixed stylesheet, one document per instance. */
public final class Html {
    private final StringBuilder body = new StringBuilder();
    private final String language;

    public Html(String language) {
        this.language = language;
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text in this document's language, else the first available; "" when there is none. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.get(language).or(() -> text.getOrFirst(language)).orElse("");
    }

    public Html h1(String text) {
        return tag("h1", text);
    }

    public Html h2(String text) {
        return tag("h2", text);
    }

    public Html p(String text) {
        return text == null || text.isEmpty() ? this : tag("p", text);
    }

    public Html tag(String name, String text) {
        body.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /** A two-column table of label → value rows; rows with an empty value are left out. */
    public Html facts(String... labelValuePairs) {
        body.append("<table class=\"facts\">\n");
        for (int i = 0; i + 1 < labelValuePairs.length; i += 2) {
            String value = labelValuePairs[i + 1];
            if (value != null && !value.isEmpty()) {
                body.append("<tr><th>").append(escape(labelValuePairs[i])).append("</th><td>").append(escape(value))
                        .append("</td></tr>\n");
            }
        }
        body.append("</table>\n");
        return this;
    }

    public Html tableStart(String... headers) {
        body.append("<table>\n<thead><tr>");
        for (String header : headers) {
            body.append("<th>").append(escape(header)).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        return this;
    }

    /** One row; a cell starting with {@code "class:NAME:"} gets that CSS class. */
    public Html row(String... cells) {
        body.append("<tr>");
        for (String cell : cells) {
            String c = cell == null ? "" : cell;
            if (c.startsWith("class:")) {
                int end = c.indexOf(':', 6);
                body.append("<td class=\"").append(escape(c.substring(6, end))).append("\">")
                        .append(escape(c.substring(end + 1))).append("</td>");
            } else {
                body.append("<td>").append(escape(c)).append("</td>");
            }
        }
        body.append("</tr>\n");
        return this;
    }

    public Html tableEnd() {
        body.append("</tbody>\n</table>\n");
        return this;
    }

    public Html list(java.util.List<String> items) {
        if (!items.isEmpty()) {
            body.append("<ul>\n");
            items.forEach(item -> body.append("<li>").append(escape(item)).append("</li>\n"));
            body.append("</ul>\n");
        }
        return this;
    }

    public String document(String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n"
                + "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\n"
                + "table{border-collapse:collapse;margin:1rem 0;width:100%}\n"
                + "th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
                + "table.facts th{width:14rem;background:#f4f4f4}\n"
                + ".FULL{background:#d9f2d9}.PARTIAL{background:#fff3cd}.REJECTED,.EXPIRED,.NOT_RECOGNISED{background:"
                + "#f8d7da}.PASSED{color:#176617}.FAILED{color:#a00}\n</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }
}
