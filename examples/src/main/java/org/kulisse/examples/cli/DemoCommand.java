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
                "language (cv-LANG.xml) and credential (credential.jsonld) and, with --esco, the gap analysis.",
                "RDF is added when that module lands."},
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
        stdout.println("  best-fitting occupations:");
        for (GapAnalysis.Fit fit : analysis.rank(holdings, 5)) {
            stdout.printf(Locale.ROOT, "    %-40s %d/%d essential skills%n", fit.label(),
                    fit.essentialCovered(), fit.essentialTotal());
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
        org.kulisse.esco.rdf.FrameworkRdf.write(framework, org.kulisse.esco.rdf.RdfFormat.TURTLE,
                out.resolve("framework.ttl"));
        MoodleCsv.write(framework, "en", out.resolve("framework-moodle.csv"));
        CaseJson.write(framework, out.resolve("framework-case.json"));
        org.kulisse.esco.Sssom.write(framework, out.resolve("mappings.sssom.tsv"));
        stdout.println("  wrote framework.ttl (RDF: ELM, SKOS, SSSOM), framework-moodle.csv (Moodle competency "
                + "framework), framework-case.json (CASE 1.1) and mappings.sssom.tsv (" + framework.mappings().size()
                + " ESCO mappings)");

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
