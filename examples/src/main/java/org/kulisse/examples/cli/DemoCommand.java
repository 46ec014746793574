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
    private void escoGap(PrintWriter stdout, CompetenceFramework framework) {
        if (esco.isEmpty()) {
            stdout.println("ESCO: skipped (no --esco DIR). Download the ESCO CSV package (v1.1.1, English) from the "
                    + "ESCO portal and pass its folder to see the gap against stage technician and the best-fitting "
                    + "occupations.");
            return;
        }
        EscoTaxonomy taxonomy = EscoCommand.load(esco, spec);
        GapAnalysis analysis = GapAnalysis.of(
                SkillProfiles.of(taxonomy));
        GapAnalysis.Holdings holdings = analysis.holdings(framework, List.of("U3", "U7"));
        GapAnalysis.Gap gap = analysis.gap(holdings, "3435.25.5");
        stdout.println("ESCO " + taxonomy.version() + ": a learner holding U3 and U7 has " + holdings.skills()
                .cardinality() + " ESCO skills");
        stdout.printf(Locale.ROOT, "  stage technician (3435.25.5): %d of %d essential skills (%.0f %%), "
                + "%d missing%n", gap.essentialCovered().size(), gap.essentialCovered().size()
                + gap.essentialMissing().size(), gap.essentialCoverage() * 100, gap.essentialMissing().size());
        try (FrameworkStore store = FrameworkStore.inMemory()) {
            String graph = store.put(framework);
            store.put(taxonomy);
            QueryRows rows = store.select(ReadyQuery.GAP, QueryParams.create().iri("framework", graph)
                    .iri("occupation", gap.occupation()).text("units", "U3 U7"));
            writeRows(rows, "query-gap.json");
            long covered = rows.rows().stream().filter(r -> r.get("relation").asLiteral().getString()
                    .equals("essential") && !r.get("coveredBy").asLiteral().getString().isEmpty()).count();
            stdout.println("  the ready-made SPARQL gap query finds " + covered + " essential skills covered too "
                    + "(query-gap.json)");
        }
        stdout.println("  best-fitting occupations:");
        for (GapAnalysis.Fit fit : analysis.rank(holdings, 5)) {
            stdout.printf(Locale.ROOT, "    %-40s %d/%d essential skills%n", fit.label(),
                    fit.essentialCovered(), fit.essentialTotal());
        }
    }

    /** The framework in an in-memory SPARQL store, and two of the ready-made queries on it. */
    private void sparql(PrintWriter stdout, CompetenceFramework framework) {
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
    private void europass(PrintWriter stdout, TransferResult recognised) {
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
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        CompetenceFramework framework = Backstage.framework();
        ValidationReport report = ModelValidator.standard().validate(framework);
        Path file = out.resolve("framework.json");
        KulisseJson.create().write(framework, file);

        stdout.println("Kulisse demo: " + framework.title().getOrFirst("en").orElse(framework.id()));
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
        FrameworkRdf.write(framework, RdfFormat.TURTLE, out.resolve("framework.ttl"));
        MoodleCsv.write(framework, "en", out.resolve("framework-moodle.csv"));
        CaseJson.write(framework, out.resolve("framework-case.json"));
        org.kulisse.esco.Sssom.write(framework, out.resolve("mappings.sssom.tsv"));
        stdout.println("  wrote framework.ttl (RDF: ELM, SKOS, SSSOM), framework-moodle.csv (Moodle competency "
                + "framework), framework-case.json (CASE 1.1) and mappings.sssom.tsv (" + framework.mappings().size()
                + " ESCO mappings)");

        sparql(stdout, framework);

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
        europass(stdout, result);
        escoGap(stdout, framework);
        stdout.println("  wrote mou, agreement, transcript and decisions as .json and .html in " + out);
        stdout.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }
}
