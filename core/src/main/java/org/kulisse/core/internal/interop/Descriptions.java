package org.kulisse.core.internal.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kulisse.core.model.LocalizedText;

/**
 * The HTML descriptions Kulisse writes into formats that carry one rich-text field per item (Moodle): a
 * {@code <div data-kulisse-...>} with one {@code <p lang>} per language and links to related concepts, so that an
 * export read back restores ids, kinds, texts in every language and ESCO links. Foreign HTML is read as plain text.
 */
public final class Descriptions {
    private static final String ESCO_PREFIX = "http://data.europa.eu/esco/";

    private Descriptions() {
    }

    /** A description element; attributes are added by the caller. */
    public static Element wrapper() {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        return document.body().appendElement("div");
    }

    public static void texts(Element wrapper, LocalizedText text) {
        text.texts().forEach((language, value) -> wrapper.appendElement("p").attr("lang", language).text(value));
    }

    public static void links(Element wrapper, List<String> iris) {
        if (!iris.isEmpty()) {
            Element p = wrapper.appendElement("p").addClass("related");
            p.appendText("ESCO: ");
            for (int i = 0; i < iris.size(); i++) {
                if (i > 0) {
                    p.appendText(", ");
                }
                p.appendElement("a").attr("href", iris.get(i)).text(iris.get(i));
            }
        }
    }

    /** What a description says, parsed with jsoup. */
    public record Parsed(Map<String, String> attributes, LocalizedText texts, String plainText, List<String> links) {
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    public static Parsed parse(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        Map<String, String> attributes = new LinkedHashMap<>();
        Element wrapper = document.selectFirst("[data-kulisse-kind]");
        if (wrapper != null) {
            wrapper.attributes().forEach(a -> {
                if (a.getKey().startsWith("data-kulisse-")) {
                    attributes.put(a.getKey().substring("data-kulisse-".length()), a.getValue());
                }
            });
        }
        LinkedHashMap<String, String> texts = new LinkedHashMap<>();
        for (Element p : document.select("p[lang]")) {
            texts.putIfAbsent(p.attr("lang"), p.text());
        }
        List<String> links = new ArrayList<>();
        for (Element a : document.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith(ESCO_PREFIX) && !links.contains(href)) {
                links.add(href);
            }
        }
        return new Parsed(attributes, new LocalizedText(texts), document.text().trim(), links);
    }
}
