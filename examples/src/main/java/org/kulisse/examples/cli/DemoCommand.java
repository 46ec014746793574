package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.examples.Backstage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse demo [--out DIR]}: the Backstage scenario. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the Backstage scenario: validate the Backstage framework and write it to DIR.",
                "Later steps (ESCO, RDF, ECVET transfer, Europass) are added as those modules land."},
        footer = {"", "Example:", "  kulisse demo --out demo"})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "kulisse-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

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
        stdout.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }
}
