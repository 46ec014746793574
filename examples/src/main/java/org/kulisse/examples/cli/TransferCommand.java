package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.ecvet.CaseValidation;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.EcvetHtml;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.EcvetValidator;
import org.kulisse.ecvet.LearnerRecord;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.PartialPointsPolicy;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.TransferCase;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kulisse transfer}: ECVET credit-transfer decisions for one learning agreement. */
@Command(name = "transfer", mixinStandardHelpOptions = true,
        description = {"Decide ECVET credit transfer for a learning agreement (JSON).",
                "Validates the documents, then prints one decision per target unit (unit, status, coverage,",
                "awardedPoints, coveredOutcomes, gapOutcomes, reasons) plus documentedOnly."},
        footer = {"", "Exit codes: 0 decided, 1 invalid documents or a REJECTED target, 2 unreadable input.",
                "Example:", "  kulisse transfer --framework framework.json --mou mou.json --agreement agreement.json \\",
                "      --transcript transcript.json --policy pro-rata --date 2026-06-15 --html decisions.html"})
final class TransferCommand implements Callable<Integer> {

    @Option(names = "--framework", required = true, paramLabel = "F", description = "The home framework.")
    Path framework;

    @Option(names = "--mou", required = true, paramLabel = "M", description = "The memorandum of understanding.")
    Path mou;

    @Option(names = "--agreement", required = true, paramLabel = "LA", description = "The learning agreement.")
    Path agreement;

    @Option(names = "--transcript", required = true, paramLabel = "T", description = "The host's transcript.")
    Path transcript;

    @Option(names = "--record", paramLabel = "R", description = "Units the learner already holds.")
    Path record;

    @Option(names = "--policy", defaultValue = "none", paramLabel = "POLICY",
            description = "Points for partial units: none (default), pro-rata, la-specified.")
    String policy;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Recognition date (default: today).")
    LocalDate date;

    @Option(names = "--html", paramLabel = "OUT", description = "Also write the decisions as an HTML report.")
    Path html;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Language of the report.")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PartialPointsPolicy partial;
        try {
            partial = PartialPointsPolicy.valueOf(policy.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--policy must be none, pro-rata or la-specified");
        }
        EcvetJson json = EcvetJson.create();
        CompetenceFramework home = FrameworkFiles.read(framework, spec.commandLine().getErr());
        MemorandumOfUnderstanding m = json.readMou(mou);
        LearningAgreement la = json.readAgreement(agreement);
        PersonalTranscript t = json.readTranscript(transcript);
        LearnerRecord r = record == null ? null : json.readRecord(record);
        TransferCase transferCase = new TransferCase(home, m, la, t, r);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CaseValidation validation = EcvetValidator.validate(transferCase);
        if (!validation.isValid()) {
            Violations.print(out, framework, validation.framework());
            Violations.print(out, mou, validation.mou());
            Violations.print(out, agreement, validation.agreement());
            Violations.print(out, transcript, validation.transcript());
            if (record != null) {
                Violations.print(out, record, validation.record());
            }
            err.println("kulisse: the documents are not valid; no decision was taken");
            return KulisseCommand.INVALID;
        }
        TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT.withPartialPoints(partial))
                .decide(transferCase, date != null ? date : LocalDate.now());
        out.print(json.writeString(result));
        out.flush();
        if (html != null) {
            EcvetHtml.write(EcvetHtml.decisions(result, transferCase, language), html);
            err.println("wrote " + html);
        }
        result.decisions().forEach(d -> err.println(d.unitCode() + ": " + d.status() + ", "
                + (d.awardedPoints() == null ? "no points" : d.awardedPoints())));
        return result.anyRejected() ? KulisseCommand.INVALID : KulisseCommand.OK;
    }
}
