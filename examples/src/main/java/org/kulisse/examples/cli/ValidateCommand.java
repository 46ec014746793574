package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.ImportException;
import org.kulisse.core.interop.FrameworkFormats;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.EcvetValidator;
import org.kulisse.core.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kulisse validate FILE}: reads any Kulisse JSON document and reports every violation with its place. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate any Kulisse JSON document, or a framework in Moodle CSV, CASE or RDF.",
                "Types: framework, learner, mou, learning-agreement, transcript, learner-record.",
                "Prints one line per violation: FILE:LINE:COLUMN: SEVERITY PATH CODE: message."},
        footer = {"", "Exit codes: 0 valid (warnings allowed), 1 errors found, 2 unreadable file.",
                "Example:", "  kulisse validate framework.json"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The Kulisse JSON document.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format must be text or json, not " + format);
        }
        boolean foreign = FrameworkFiles.isRdf(file) || FrameworkFormats.detect(new String(Violations.read(file),
                java.nio.charset.StandardCharsets.UTF_8)) != FrameworkFormats.Format.KULISSE_JSON;
        String type = foreign ? KulisseJson.TYPE_FRAMEWORK : KulisseJson.create().parse(file).type();
        ValidationReport report = foreign ? ModelValidator.standard().validate(FrameworkFiles.read(file, err))
                : validate(type);
        byte[] bytes = Violations.read(file);
        if (format.equals("json")) {
            ObjectNode result = Json.object();
            result.put("file", file.toString());
            result.put("type", type);
            result.put("valid", report.isValid());
            result.put("errors", report.errors().size());
            result.put("warnings", report.warnings().size());
            ArrayNode violations = result.putArray("violations");
            for (Violation v : report.violations()) {
                ObjectNode node = violations.addObject();
                node.put("severity", v.severity().name());
                node.put("path", v.path());
                node.put("code", v.code());
                node.put("message", v.message());
                KulisseJson.locate(bytes, v.path()).ifPresent(p -> {
                    node.put("line", p.line());
                    node.put("column", p.column());
                });
            }
            Json.print(out, result);
        } else {
            Violations.print(out, file, report);
        }
        err.println(file + ": " + (report.isValid() ? "valid " + type : "invalid " + type)
                + " (" + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s))");
        err.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }

    /** Every Kulisse JSON document type that a module of the command line knows. */
    private ValidationReport validate(String type) {
        EcvetJson ecvet = EcvetJson.create();
        return switch (type) {
            case KulisseJson.TYPE_FRAMEWORK -> ModelValidator.standard().validate(
                    KulisseJson.create().readFramework(file));
            case KulisseJson.TYPE_LEARNER -> ModelValidator.standard().validate(KulisseJson.create().readLearner(file));
            case EcvetJson.TYPE_MOU -> EcvetValidator.validate(ecvet.readMou(file));
            case EcvetJson.TYPE_AGREEMENT -> EcvetValidator.validate(ecvet.readAgreement(file));
            case EcvetJson.TYPE_TRANSCRIPT -> EcvetValidator.validate(ecvet.readTranscript(file));
            case EcvetJson.TYPE_RECORD -> EcvetValidator.validate(ecvet.readRecord(file));
            default -> throw new ImportException("unknown document type \"" + type + "\"", file.toString(), 0, 0,
                    "/type");
        };
    }
}
