package org.kulisse.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.KulisseDocument;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.validation.ModelValidator;
import org.kulisse.core.validation.ValidationReport;
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
        description = {"Validate a Kulisse JSON document (framework or learner).",
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
        KulisseDocument document = KulisseJson.create().read(file);
        ValidationReport report = document instanceof KulisseDocument.Framework f
                ? ModelValidator.standard().validate(f.framework())
                : ModelValidator.standard().validate(((KulisseDocument.LearnerDoc) document).learner());
        byte[] bytes = readAgain();
        if (format.equals("json")) {
            ObjectNode result = Json.object();
            result.put("file", file.toString());
            result.put("type", document.type());
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
            for (Violation v : report.violations()) {
                String where = KulisseJson.locate(bytes, v.path()).map(p -> file + ":" + p + ": ")
                        .orElse(file + ": ");
                out.println(where + v);
            }
            out.flush();
        }
        err.println(file + ": " + (report.isValid() ? "valid " + document.type() : "invalid " + document.type())
                + " (" + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s))");
        err.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }

    private byte[] readAgain() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("cannot read the file: " + e.getMessage(), file.toString(), 0, 0, null, e);
        }
    }
}
