package org.kulisse.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kulisse.core.ExportException;

/**
 * The demo's {@code index.html}: one HTML5 page that links every file the demo wrote and draws its figures as inline
 * SVG. Built as a jsoup document, so every text is escaped; the charts carry their figures as {@code data-}
 * attributes too, for people who read the source and for the tests.
 */
final class DemoIndex {
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
                   color: #1d2733; line-height: 1.45; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccd; }
            ul.files li code { background: #eef1f5; padding: 0 .25rem; }
            figure { margin: 1rem 0; } figcaption { font-size: .9rem; color: #4a5563; }
            table { border-collapse: collapse; font-size: .9rem; } th, td { text-align: left; padding: .2rem .5rem;
                   border-bottom: 1px solid #e1e5ea; vertical-align: top; }
            .note { color: #6b4e00; background: #fff7df; padding: .5rem .75rem; border-radius: .25rem; }
            """;
    private static final String COVERED = "#2e7d4f";
    private static final String MISSING = "#c9d1db";

    /** One target unit of the mobility: how many of its outcomes were recognised and how many are gaps. */
    record UnitBar(String unit, String status, int covered, int gap, String points) {
    }

    /** A labelled count out of a total, drawn as one bar. */
    record Share(String label, int covered, int total) {
    }

    private final Document doc = Document.createShell("");
    private final Element main;

    DemoIndex(String title, String language) {
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.selectFirst("html").attr("lang", language);
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendText(STYLE);
        main = doc.body().appendElement("main");
        main.appendElement("h1").text(title);
    }

    DemoIndex section(String heading) {
        main.appendElement("h2").text(heading);
        return this;
    }

    DemoIndex paragraph(String text) {
        main.appendElement("p").text(text);
        return this;
    }

    DemoIndex note(String text) {
        main.appendElement("p").addClass("note").text(text);
        return this;
    }

    /** A list of written files: each name links to the file (relative to the page), with what it is. */
    DemoIndex files(String... nameThenDescription) {
        Element list = main.appendElement("ul").addClass("files");
        for (int i = 0; i + 1 < nameThenDescription.length; i += 2) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", nameThenDescription[i]).appendElement("code")
                    .text(nameThenDescription[i]);
            item.appendText(" — " + nameThenDescription[i + 1]);
        }
        return this;
    }

    /** A table; each row has as many cells as there are headers. */
    DemoIndex table(String id, List<String> headers, List<List<String>> rows) {
        Element table = main.appendElement("table").attr("id", id);
        Element head = table.appendElement("thead").appendElement("tr");
        headers.forEach(h -> head.appendElement("th").text(h));
        Element body = table.appendElement("tbody");
        for (List<String> row : rows) {
            Element tr = body.appendElement("tr");
            row.forEach(cell -> tr.appendElement("td").text(cell));
        }
        return this;
    }

    /** Recognised against gap outcomes, one stacked bar per unit. */
    DemoIndex unitChart(String caption, List<UnitBar> units) {
        int max = Math.max(1, units.stream().mapToInt(u -> u.covered() + u.gap()).max().orElse(1));
        int rowHeight = 34;
        int width = 820;
        int barLeft = 50;
        int barWidth = 360;
        Element svg = svg("unit-outcomes", width, units.size() * rowHeight + 36, caption);
        int y = 10;
        for (UnitBar unit : units) {
            Element group = svg.appendElement("g").attr("data-unit", unit.unit())
                    .attr("data-covered", String.valueOf(unit.covered())).attr("data-gap", String.valueOf(unit.gap()))
                    .attr("data-status", unit.status());
            group.appendElement("title").text(unit.unit() + ": " + unit.covered() + " outcome(s) recognised, "
                    + unit.gap() + " gap(s), " + unit.status() + ", " + unit.points());
            text(group, 0, y + 17, unit.unit());
            int coveredWidth = barWidth * unit.covered() / max;
            int gapWidth = barWidth * unit.gap() / max;
            rect(group, barLeft, y, coveredWidth, 22, COVERED);
            rect(group, barLeft + coveredWidth, y, gapWidth, 22, MISSING);
            text(group, barLeft + coveredWidth + gapWidth + 8, y + 17, unit.covered() + " recognised, " + unit.gap()
                    + " gap · " + unit.status() + " · " + unit.points());
            y += rowHeight;
        }
        legend(svg, 10, y + 8, "recognised outcomes", "gap outcomes");
        return this;
    }

    /** Shares as horizontal bars out of their totals (coverage of essential skills, best-fitting occupations). */
    DemoIndex shareChart(String id, String caption, List<Share> shares) {
        int rowHeight = 30;
        int labelWidth = 260;
        int barWidth = 300;
        Element svg = svg(id, labelWidth + barWidth + 140, shares.size() * rowHeight + 36, caption);
        int y = 10;
        for (Share share : shares) {
            Element group = svg.appendElement("g").attr("data-label", share.label())
                    .attr("data-covered", String.valueOf(share.covered()))
                    .attr("data-total", String.valueOf(share.total()));
            group.appendElement("title").text(share.label() + ": " + share.covered() + " of " + share.total());
            text(group, 0, y + 15, share.label());
            int covered = share.total() == 0 ? 0 : barWidth * share.covered() / share.total();
            rect(group, labelWidth, y, covered, 20, COVERED);
            rect(group, labelWidth + covered, y, barWidth - covered, 20, MISSING);
            text(group, labelWidth + barWidth + 8, y + 15, String.format(Locale.ROOT, "%d of %d (%.0f %%)",
                    share.covered(), share.total(), share.total() == 0 ? 0.0 : 100.0 * share.covered()
                            / share.total()));
            y += rowHeight;
        }
        legend(svg, 10, y + 8, "held", "not held");
        return this;
    }

    private Element svg(String id, int width, int height, String caption) {
        Element figure = main.appendElement("figure").attr("id", id);
        Element svg = figure.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
                .attr("viewBox", "0 0 " + width + " " + height).attr("role", "img").attr("aria-label", caption)
                .attr("font-size", "13");
        svg.appendElement("title").text(caption);
        figure.appendElement("figcaption").text(caption);
        return svg;
    }

    private static void rect(Element parent, int x, int y, int width, int height, String fill) {
        if (width > 0) {
            parent.appendElement("rect").attr("x", String.valueOf(x)).attr("y", String.valueOf(y))
                    .attr("width", String.valueOf(width)).attr("height", String.valueOf(height)).attr("fill", fill);
        }
    }

    private static void text(Element parent, int x, int y, String text) {
        parent.appendElement("text").attr("x", String.valueOf(x)).attr("y", String.valueOf(y)).text(text);
    }

    private static void legend(Element svg, int x, int y, String first, String second) {
        rect(svg, x, y, 12, 12, COVERED);
        text(svg, x + 18, y + 11, first);
        rect(svg, x + 180, y, 12, 12, MISSING);
        text(svg, x + 198, y + 11, second);
    }

    void write(Path file) {
        try {
            Files.writeString(file, "<!DOCTYPE html>\n" + doc.html() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
