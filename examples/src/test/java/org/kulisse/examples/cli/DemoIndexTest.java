package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.testing.SharedData;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.esco.EscoLoader;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.SkillProfiles;
import org.kulisse.examples.Backstage;

/** The demo's index.html: well-formed HTML5, every link resolves, the charts carry the run's figures. */
class DemoIndexTest {
    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Document demo(String... extra) throws Exception {
        String[] args = new String[2 + extra.length];
        args[0] = "demo";
        args[1] = "--out=" + dir;
        System.arraycopy(extra, 0, args, 2, extra.length);
        assertThat(cli.run(args)).as(cli.err).isZero();
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML5 parse errors").isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>");
        return doc;
    }

    @Test
    void linksEveryOutputAndDrawsTheDecisions() throws Exception {
        Document doc = demo();
        for (String name : List.of("index.html", "framework.json", "framework.ttl", "decisions.json", "cv-en.xml",
                "cv-it.xml", "cv-de.xml", "cv-bg.xml", "cv-nb.xml", "credential.jsonld")) {
            assertThat(dir.resolve(name)).as(name).isRegularFile();
        }
        List<String> links = doc.select("a[href]").eachAttr("href");
        assertThat(links).hasSizeGreaterThan(15);
        for (String href : links) {
            assertThat(dir.resolve(href)).as(href).isRegularFile();
        }
        // every file the demo wrote is linked (the page itself aside)
        try (var files = Files.list(dir)) {
            assertThat(links).containsAll(files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("index.html")).toList());
        }

        TransferResult decisions = EcvetJson.create().readDecisions(dir.resolve("decisions.json"));
        List<Element> bars = doc.select("#unit-outcomes svg g[data-unit]");
        assertThat(bars).hasSameSizeAs(decisions.decisions());
        for (int i = 0; i < bars.size(); i++) {
            var decision = decisions.decisions().get(i);
            assertThat(bars.get(i).attr("data-unit")).isEqualTo(decision.unitCode());
            assertThat(bars.get(i).attr("data-covered")).isEqualTo(String.valueOf(decision.coveredOutcomes().size()));
            assertThat(bars.get(i).attr("data-gap")).isEqualTo(String.valueOf(decision.gapOutcomes().size()));
            assertThat(bars.get(i).select("rect")).isNotEmpty();
        }
        assertThat(bars.get(1).attr("data-covered")).isEqualTo("3");
        assertThat(bars.get(1).attr("data-gap")).isEqualTo("5");

        // without ESCO the page says so and shows what the stored mappings give
        assertThat(doc.select("p.note").text()).contains("skipped");
        CompetenceFramework framework = Backstage.framework();
        Map<String, String> linked = doc.select("#esco-links g[data-label]").stream().collect(Collectors.toMap(
                g -> g.attr("data-label").split(" ")[0], g -> g.attr("data-covered") + "/" + g.attr("data-total")));
        for (String code : List.of("U3", "U7")) {
            var unit = framework.units().stream().filter(u -> code.equals(u.code())).findFirst().orElseThrow();
            long mapped = unit.learningOutcomes().stream().filter(o -> !o.relatedConcepts().isEmpty()
                    || !framework.mappingsOf(o.id()).isEmpty()).count();
            assertThat(linked.get(code)).isEqualTo(mapped + "/" + unit.learningOutcomes().size());
        }
    }

    @Test
    void withEscoTheCoverageChartIsTheGapAnalysis() throws Exception {
        Path subset = SharedData.require("esco/theatre-subset-v1.1.1");
        Document doc = demo("--esco", subset.toString());
        EscoTaxonomy esco = EscoLoader.create().folder(subset).load();
        GapAnalysis analysis = GapAnalysis.of(SkillProfiles.of(esco));
        GapAnalysis.Holdings holdings = analysis.holdings(Backstage.framework(), List.of("U3", "U7"));
        GapAnalysis.Gap gap = analysis.gap(holdings, "3435.25.5");
        Element essential = doc.selectFirst("#esco-coverage g[data-label=essential skills]");
        assertThat(essential.attr("data-covered")).isEqualTo(String.valueOf(gap.essentialCovered().size()));
        assertThat(essential.attr("data-total")).isEqualTo(String.valueOf(gap.essentialCovered().size()
                + gap.essentialMissing().size()));
        List<GapAnalysis.Fit> fits = analysis.rank(holdings, 5);
        assertThat(doc.select("#esco-fits g[data-label]").eachAttr("data-label"))
                .containsExactlyElementsOf(fits.stream().map(GapAnalysis.Fit::label).toList());
        assertThat(doc.select("a[href=query-gap.json]")).hasSize(1);
        assertThat(dir.resolve("query-gap.json")).isRegularFile();
    }
}
