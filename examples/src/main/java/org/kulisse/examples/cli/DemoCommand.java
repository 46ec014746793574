package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kulisse.core.interop.CaseJson;
import org.kulisse.core.interop.MoodleCsv;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.EcvetHtml;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.esco.EscoTaxonomy;
import org.kulisse.europass.EuropassCredential;
import org.kulisse.europass.EuropassCv;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.esco.GapAnalysis;
import org.kulisse.esco.SkillProfiles;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.esco.store.FrameworkStore;
import org.kulisse.esco.store.QueryParams;
import org.kulisse.esco.store.QueryRows;
import org.kulisse.esco.store.ReadyQuery;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Mapping;
import org.kulisse.core.model.Unit;
import org.kulisse.esco.ConceptKind;
import org.kulisse.esco.EscoSearch;
import org.kulisse.esco.SearchHit;
import org.kulisse.esco.SearchQuery;
import org.kulisse.examples.Backstage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse demo [--out DIR]}: the Backstage scenario. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the Backstage scenario and write everything to DIR.",
                "The framework (JSON, Moodle CSV, CASE, SSSOM), the worked mobility (MoU, learning agreement,",
                "transcript, ECVET decisions, as JSON and HTML), the learner's Europass CV in every framework",
                "language (cv-LANG.xml) and credential (credential.jsonld), the framework as RDF (framework.ttl)",
                "with two ready-made SPARQL queries run on it and, with --esco, the gap analysis."},
        footer = {"", "Example:", "  kulisse demo --out demo"})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kulisse-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--esco", paramLabel = "DIR",
            description = "An ESCO CSV download folder (repeatable); adds the gap analysis to the demo.")
    List<Path> esco = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** The learner holds U3 and U7: how far is that from a stage technician, and which jobs fit best? */
    private void escoGap(PrintWriter stdout, CompetenceFramework framework, DemoIndex index) {
        index.section("ESCO: the learner against stage technician");
        if (esco.isEmpty()) {
            String skipped = "ESCO: skipped (no --esco DIR). Download the ESCO CSV package (v1.1.1, English) from the "
                    + "ESCO portal and pass its folder to see the gap against stage technician and the best-fitting "
                    + "occupations.";
            stdout.println(skipped);
            index.note(skipped + " Shown instead: how many outcomes of the learner's units the framework's curated "
                    + "mappings link to ESCO skills.");
            List<DemoIndex.Share> linked = new ArrayList<>();
            for (String code : List.of("U3", "U7")) {
                framework.units().stream().filter(u -> code.equals(u.code())).findFirst().ifPresent(u -> linked.add(
                        new DemoIndex.Share(code + " " + u.title().getOrFirst("en").orElse(""), (int) u
                                .learningOutcomes().stream().filter(o -> !o.relatedConcepts().isEmpty()
                                        || !framework.mappingsOf(o.id()).isEmpty()).count(),
                                u.learningOutcomes().size())));
            }
            index.shareChart("esco-links", "Outcomes linked to ESCO skills by curated mappings, units U3 and U7",
                    linked);
            return;
        }
        EscoTaxonomy taxonomy = EscoCommand.load(esco, spec);
        GapAnalysis analysis = GapAnalysis.of(
                SkillProfiles.of(taxonomy));
        GapAnalysis.Holdings holdings = analysis.holdings(framework, List.of("U3", "U7"));
        GapAnalysis.Gap gap = analysis.gap(holdings, "3435.25.5");
        stdout.println("ESCO " + taxonomy.version() + ": a learner holding U3 and U7 has " + holdings.skills()
                .cardinality() + " ESCO skills");
        index.paragraph("ESCO " + taxonomy.version() + " (" + taxonomy.stats().occupations() + " occupations, "
                + taxonomy.stats().skills() + " skills): a learner holding U3 and U7 has " + holdings.skills()
                .cardinality() + " ESCO skills through the framework's mappings.");
        suggestions(stdout, framework, taxonomy, index);
        stdout.printf(Locale.ROOT, "  stage technician (3435.25.5): %d of %d essential skills (%.0f %%), "
                + "%d missing%n", gap.essentialCovered().size(), gap.essentialCovered().size()
                + gap.essentialMissing().size(), gap.essentialCoverage() * 100, gap.essentialMissing().size());
        try (FrameworkStore store = FrameworkStore.inMemory()) {
            String graph = store.put(framework);
            store.put(taxonomy);
            QueryRows rows = store.select(ReadyQuery.GAP, QueryParams.create().iri("framework", graph)
                    .iri("occupation", gap.occupation()).text("units", "U3 U7"));
            writeRows(rows, "query-gap.json");
            index.files("query-gap.json", "the ready-made SPARQL gap query's answer (SPARQL 1.1 JSON results)");
            long covered = rows.rows().stream().filter(r -> r.get("relation").asLiteral().getString()
                    .equals("essential") && !r.get("coveredBy").asLiteral().getString().isEmpty()).count();
            stdout.println("  the ready-made SPARQL gap query finds " + covered + " essential skills covered too "
                    + "(query-gap.json)");
        }
        stdout.println("  best-fitting occupations:");
        List<DemoIndex.Share> fits = new ArrayList<>();
        for (GapAnalysis.Fit fit : analysis.rank(holdings, 5)) {
            stdout.printf(Locale.ROOT, "    %-40s %d/%d essential skills%n", fit.label(),
                    fit.essentialCovered(), fit.essentialTotal());
            fits.add(new DemoIndex.Share(fit.label(), fit.essentialCovered(), fit.essentialTotal()));
        }
        index.shareChart("esco-coverage", "ESCO " + taxonomy.version() + ": skills of stage technician (3435.25.5) "
                + "held by a learner with U3 and U7", List.of(
                new DemoIndex.Share("essential skills", gap.essentialCovered().size(), gap.essentialCovered().size()
                        + gap.essentialMissing().size()),
                new DemoIndex.Share("optional skills", gap.optionalCovered().size(), gap.optionalCovered().size()
                        + gap.optionalMissing().size())));
        index.shareChart("esco-fits", "The five best-fitting occupations: essential skills held", fits);
    }

    /** What ESCO search proposes for the learner's units' outcomes (U3, U7) that no curated mapping covers yet. */
    private void suggestions(PrintWriter stdout, CompetenceFramework framework, EscoTaxonomy taxonomy,
            DemoIndex index) {
        List<List<String>> rows = new ArrayList<>();
        int outcomes = 0;
        try (EscoSearch search = EscoSearch.build(taxonomy)) {
            for (Unit unit : framework.units()) {
                for (LearningOutcome outcome : unit.learningOutcomes()) {
                    if (!framework.mappingsOf(outcome.id()).isEmpty() || !outcome.relatedConcepts().isEmpty()) {
                        continue;
                    }
                    outcomes++;
                    for (SearchHit hit : search.suggest(outcome, new SearchQuery(null, "en", ConceptKind.SKILL, 2,
                            java.util.Set.of(), java.util.Set.of(), Backstage.STAGE_TECHNICIAN.uri()))) {
                        rows.add(List.of(unit.code() + " " + outcome.code(), outcome.statement().getOrFirst("en")
                                .orElse(""), hit.label(), String.format(Locale.ROOT, "%.1f", hit.score())));
                    }
                }
            }
        }
        stdout.println("  ESCO search proposes " + rows.size() + " skills for the " + outcomes + " outcomes no "
                + "curated mapping covers (for a reviewer; none is applied)");
        index.paragraph("Proposals of ESCO search for the " + outcomes + " outcomes that no curated mapping covers "
                + "yet (stage technician's skills ranked first). They are for a reviewer to accept or reject; none is "
                + "applied.");
        index.table("suggestions", List.of("outcome", "statement", "proposed ESCO skill", "score"), rows);
    }

    /** The curated ESCO mappings of unit U3, as a reviewer sees them. */
    private void storedMappings(PrintWriter stdout, CompetenceFramework framework, DemoIndex index) {
        Unit u3 = framework.units().stream().filter(u -> "U3".equals(u.code())).findFirst().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (LearningOutcome outcome : u3.learningOutcomes()) {
            for (Mapping m : framework.mappingsOf(outcome.id())) {
                rows.add(List.of(outcome.code(), outcome.statement().getOrFirst("en").orElse(""),
                        m.predicate().substring(m.predicate().indexOf('#') + 1), m.objectLabel() == null ? m.object()
                                : m.objectLabel(), m.justification().substring(m.justification().lastIndexOf('/') + 1),
                        m.confidence() == null ? "" : m.confidence().toPlainString()));
            }
        }
        stdout.println("  " + framework.mappings().size() + " curated ESCO mappings, " + rows.size() + " of them on "
                + "the outcomes of U3");
        index.paragraph("The framework carries " + framework.mappings().size() + " curated ESCO mappings with their "
                + "provenance; those of unit U3:");
        index.table("mappings-u3", List.of("outcome", "statement", "mapping", "ESCO skill", "justification",
                "confidence"), rows);
    }

    /** The framework in an in-memory SPARQL store, and two of the ready-made queries on it. */
    private void sparql(PrintWriter stdout, CompetenceFramework framework, DemoIndex index) {
        try (FrameworkStore store = FrameworkStore.inMemory()) {
            String graph = store.put(framework);
            QueryRows byEqf = store.select(ReadyQuery.FRAMEWORKS_BY_EQF, QueryParams.create()
                    .iri("eqf", EqfLevel.of(3).uri()));
            writeRows(byEqf, "query-frameworks-by-eqf.json");
            QueryRows unitSkills = store.select(ReadyQuery.UNIT_SKILLS, QueryParams.create().iri("framework", graph)
                    .text("unit", "U3"));
            writeRows(unitSkills, "query-unit-skills.json");
            stdout.println("SPARQL (in memory, " + store.graph(graph).size() + " triples): " + byEqf.size()
                    + " qualification(s) at EQF 3; unit U3 links " + unitSkills.column("skill").stream().distinct()
                    .count() + " ESCO skills");
            stdout.println("  wrote query-frameworks-by-eqf.json and query-unit-skills.json (SPARQL 1.1 JSON results)");
            index.section("Linked data and SPARQL");
            index.paragraph("The framework in an in-memory SPARQL store (" + store.graph(graph).size() + " triples in "
                    + "its named graph): " + byEqf.size() + " qualification(s) at EQF 3, and unit U3 links "
                    + unitSkills.column("skill").stream().distinct().count() + " ESCO skills.");
            index.files("query-frameworks-by-eqf.json", "ready-made query frameworks-by-eqf for EQF 3",
                    "query-unit-skills.json", "ready-made query unit-skills for U3");
        }
    }

    private void writeRows(QueryRows rows, String name) {
        try (java.io.OutputStream file = java.nio.file.Files.newOutputStream(out.resolve(name))) {
            rows.write(file, QueryRows.Format.JSON);
        } catch (java.io.IOException e) {
            throw new org.kulisse.core.ExportException("cannot write " + out.resolve(name) + ": " + e.getMessage(),
                    e);
        }
    }

    /** Giulia's Europass CV in every framework language, and her credential for the recognised units. */
    private void europass(PrintWriter stdout, TransferResult recognised, DemoIndex index) {
        LearnerAchievement achievement = Backstage.achievement(recognised);
        List<String> written = new ArrayList<>();
        for (String language : achievement.framework().languages()) {
            String name = "cv-" + language + ".xml";
            EuropassCv.create().locale(language).write(achievement, out.resolve(name));
            written.add(name);
        }
        EuropassCredential.create().write(achievement, out.resolve("credential.jsonld"));
        stdout.println("Europass: " + achievement.learner().name().given() + " " + achievement.learner().name()
                .family() + ", " + achievement.units().stream().filter(u -> u.complete()).count() + " unit(s) "
                + "complete and " + achievement.units().stream().filter(u -> !u.complete()).count() + " in part, "
                + achievement.points(CreditPoints.ECVET).map(Object::toString).orElse("no points"));
        stdout.println("  wrote " + String.join(", ", written) + " (Europass XML v3.4) and credential.jsonld "
                + "(European Digital Credential, unsigned ELM 3.2 JSON-LD)");
        index.section("Europass");
        List<String> links = new ArrayList<>();
        for (String name : written) {
            links.add(name);
            links.add("Europass CV (XML v3.4, valid against the official schema) in " + name.substring(3, name.length()
                    - 4));
        }
        links.add("credential.jsonld");
        links.add("European Digital Credential for the recognised units (ELM 3.2 JSON-LD, unsigned)");
        index.files(links.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        CompetenceFramework framework = Backstage.framework();
        ValidationReport report = ModelValidator.standard().validate(framework);
        Path file = out.resolve("framework.json");
        KulisseJson.create().write(framework, file);

        stdout.println("Kulisse demo: " + framework.title().getOrFirst("en").orElse(framework.id()));
        DemoIndex index = new DemoIndex("Kulisse demo: " + framework.title().getOrFirst("en").orElse(framework.id()),
                "en");
        index.paragraph("The Backstage programme end to end: the competence framework, its linked data, a learner's "
                + "mobility from an Italian school to a German theatre with its ECVET decisions, and the Europass "
                + "documents that follow. Every file below was written by this run.");
        for (Qualification q : framework.qualifications()) {
            stdout.println("  qualification " + q.title().getOrFirst("en").orElse(q.id()) + ": " + q.eqfLevel()
                    + ", " + q.creditPoints().stream().map(Object::toString).toList() + ", " + q.units().size()
                    + " units");
        }
        long outcomes = framework.units().stream().mapToLong(u -> u.learningOutcomes().size()).sum();
        stdout.println("  " + framework.units().size() + " units, " + outcomes + " learning outcomes, languages "
                + String.join(", ", framework.languages()));
        stdout.println("  validation: " + (report.isValid() ? "valid" : "INVALID") + " (" + report.errors().size()
                + " errors, " + report.warnings().size() + " warnings)");
        report.violations().forEach(v -> stdout.println("    " + v));
        stdout.println("  wrote " + file);
        index.section("The framework");
        long unitCount = framework.units().size();
        index.paragraph(String.join("; ", framework.qualifications().stream().map(q -> q.title().getOrFirst("en")
                .orElse(q.id()) + ", " + q.eqfLevel() + ", " + String.join(" + ", q.creditPoints().stream()
                .map(Object::toString).toList())).toList()) + ": "
                + unitCount + " units, " + outcomes + " learning outcomes in " + String.join(", ",
                framework.languages()) + "; " + (report.isValid() ? "valid" : "INVALID") + " (" + report.errors()
                .size() + " errors, " + report.warnings().size() + " warnings).");
        index.files("framework.json", "Kulisse JSON v1", "framework.ttl", "RDF (Turtle): ELM, SKOS, SSSOM",
                "framework-moodle.csv", "Moodle competency framework import file", "framework-case.json",
                "1EdTech CASE 1.1 package", "mappings.sssom.tsv", framework.mappings().size()
                        + " curated ESCO mappings as SSSOM TSV");
        storedMappings(stdout, framework, index);
        FrameworkRdf.write(framework, RdfFormat.TURTLE, out.resolve("framework.ttl"));
        MoodleCsv.write(framework, "en", out.resolve("framework-moodle.csv"));
        CaseJson.write(framework, out.resolve("framework-case.json"));
        org.kulisse.esco.Sssom.write(framework, out.resolve("mappings.sssom.tsv"));
        stdout.println("  wrote framework.ttl (RDF: ELM, SKOS, SSSOM), framework-moodle.csv (Moodle competency "
                + "framework), framework-case.json (CASE 1.1) and mappings.sssom.tsv (" + framework.mappings().size()
                + " ESCO mappings)");

        sparql(stdout, framework, index);

        // The worked mobility: an Italian learner, eight weeks at a German host theatre, all of U3 and part of U7
        TransferCase mobility = Backstage.mobility();
        LocalDate recognition = mobility.transcript().issued().plusDays(10);
        TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT).decide(mobility, recognition);
        EcvetJson ecvet = EcvetJson.create();
        ecvet.write(mobility.mou(), out.resolve("mou.json"));
        ecvet.write(mobility.agreement(), out.resolve("agreement.json"));
        ecvet.write(mobility.transcript(), out.resolve("transcript.json"));
        ecvet.write(result, out.resolve("decisions.json"));
        EcvetHtml.write(EcvetHtml.mou(mobility.mou(), "en"), out.resolve("mou.html"));
        EcvetHtml.write(EcvetHtml.agreement(mobility.agreement(), framework, "en"), out.resolve("agreement.html"));
        EcvetHtml.write(EcvetHtml.transcript(mobility.transcript(), framework, "en"), out.resolve("transcript.html"));
        EcvetHtml.write(EcvetHtml.decisions(result, mobility, "en"), out.resolve("decisions.html"));
        stdout.println("Mobility " + mobility.agreement().id() + " (" + mobility.agreement().home() + " -> "
                + mobility.agreement().host() + "), decided on " + recognition + ":");
        result.decisions().forEach(d -> stdout.println("  " + d.unitCode() + ": " + d.status() + ", coverage "
                + d.coverage().stripTrailingZeros().toPlainString() + ", " + d.awardedPoints() + ", gaps "
                + d.gapOutcomes().size()));
        stdout.println("  points held now: " + result.accumulatedPoints());
        index.section("The mobility and its ECVET decisions");
        index.paragraph("Learning agreement " + mobility.agreement().id() + " (" + mobility.agreement().home() + " → "
                + mobility.agreement().host() + "), decided on " + recognition + "; points held now: "
                + result.accumulatedPoints() + ".");
        index.unitChart("Recognised and gap outcomes per target unit", result.decisions().stream()
                .map(d -> new DemoIndex.UnitBar(d.unitCode(), d.status().name(), d.coveredOutcomes().size(),
                        d.gapOutcomes().size(), String.valueOf(d.awardedPoints()))).toList());
        index.files("mou.html", "memorandum of understanding between the home school and the host theatre", "mou.json", "the memorandum as Kulisse "
                        + "JSON", "agreement.html", "learning agreement", "agreement.json", "the agreement as JSON",
                "transcript.html", "personal transcript", "transcript.json", "the transcript as JSON",
                "decisions.html", "the recognition decisions with their reasons", "decisions.json",
                "the decisions as JSON");
        europass(stdout, result, index);
        escoGap(stdout, framework, index);
        index.write(out.resolve("index.html"));
        stdout.println("  wrote index.html (one page linking every output, with charts)");
        stdout.println("  wrote mou, agreement, transcript and decisions as .json and .html in " + out);
        stdout.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }
}
