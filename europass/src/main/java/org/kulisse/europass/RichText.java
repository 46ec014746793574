package org.kulisse.europass;

import java.util.Objects;
import org.kulisse.europass.internal.Html;

/**
 * The content of a Europass rich-text field: HTML (p, ul/ol/li, b/strong, i/em, a ...) that the XML carries escaped.
 *
 * @param html the HTML, unescaped
 */
public record RichText(String html) {

    public RichText {
        Objects.requireNonNull(html, "html");
    }

    /** The text without markup, one line per paragraph or list item. */
    public String text() {
        return Html.toText(html);
    }
}
