package org.kulisse.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.InstitutionRole;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.europass.EuropassCredential;
import org.kulisse.europass.EuropassCv;
import org.kulisse.europass.EuropassDocument;
import org.kulisse.europass.EuropassImport;
import org.kulisse.europass.EuropassReader;
import org.kulisse.europass.EuropassSchema;
import org.kulisse.europass.EuropassWarning;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.Placement;
import org.kulisse.europass.SchemaProblem;
import org.kulisse.europass.SchemaReport;
import org.kulisse.europass.TargetOccupation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kulisse europass}: Europass CVs and credentials, written, read and validated. */
@Command(name = "europass", mixinStandardHelpOptions = true,
        description = "Write Europass XML v3.4 CVs and European Digital Credentials; read and validate Europass XML.",
        subcommands = {EuropassCommand.Cv.class, EuropassCommand.Credential.class, EuropassCommand.Import.class,
                EuropassCommand.Validate.class},
        footer = {"", "Examples:", "  kulisse europass cv --learner learner.json --framework framework.json \\",
                "      --decisions decisions.json --mou mou.json --agreement agreement.json -o cv.xml",
                "  kulisse europass validate cv.xml --schema schema-v3.4.1", "  kulisse europass import Europass-CV.xml"})
final class EuropassCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: cv, credential, import or validate");
    }

    /** What the learner achieved, from the files the options name. */
    static final class AchievementInput {
        @Option(names = "--learner", required = true, paramLabel = "L", description = "The learner (Kulisse JSON).")
        Path learner;

        @Option(names = "--framework", required = true, paramLabel = "F", description = "The framework.")
        Path framework;

        @Option(names = "--decisions", paramLabel = "D",
                description = "ECVET decisions (from kulisse transfer): only recognised units are certified. "
                        + "Without it, the whole qualification.")
        Path decisions;

        @Option(names = "--qualification", paramLabel = "ID", description = "Qualification id (default: the first).")
        String qualification;

        @Option(names = "--mou", paramLabel = "M", description = "Memorandum: names the provider and the host.")
        Path mou;

        @Option(names = "--agreement", paramLabel = "LA",
                description = "Learning agreement (with --mou): the placement abroad and the home provider.")
        Path agreement;

        @Option(names = "--occupation", paramLabel = "URI", description = "Target ESCO occupation IRI.")
        String occupation;

        @Option(names = "--occupation-label", paramLabel = "TEXT", description = "Its label (English).")
        String occupationLabel;

        @Option(names = "--isced97", paramLabel = "NN", description = "ISCED-97 field for the CV, e.g. 21 (arts).")
        String isced97;

        @Option(names = "--iscedf", paramLabel = "CODE",
                description = "ISCED-F 2013 field for the credential, e.g. 0215.")
        String iscedF;

        @Option(names = "--nace", paramLabel = "X", description = "NACE section of the host, e.g. R.")
        String nace;

        @Option(names = "--issuer", paramLabel = "NAME",
                description = "Issuing organisation when no --mou/--agreement names the provider.")
        String issuer;

        @Option(names = "--issuer-country", paramLabel = "CC", description = "Its ISO country code.")
        String issuerCountry;

        LearnerAchievement read(CommandSpec spec) {
            PrintWriter err = spec.commandLine().getErr();
            Learner l = KulisseJson.create().readLearner(learner);
            CompetenceFramework f = FrameworkFiles.read(framework, err);
            LearnerAchievement.Builder builder = LearnerAchievement.builder(l, f).qualification(qualification);
            EcvetJson ecvet = EcvetJson.create();
            if (decisions != null) {
                builder.recognised(ecvet.readDecisions(decisions));
            } else {
                builder.wholeQualification();
            }
            if ((mou == null) != (agreement == null)) {
                throw new ParameterException(spec.commandLine(), "--mou and --agreement go together");
            }
            try {
                if (mou != null) {
                    MemorandumOfUnderstanding m = ecvet.readMou(mou);
                    LearningAgreement la = ecvet.readAgreement(agreement);
                    builder.placement(Placement.of(la, m, nace));
                    m.signatories().stream().filter(i -> i.id().equals(la.home())).findFirst()
                            .ifPresent(builder::provider);
                }
                if (issuer != null) {
                    builder.provider(CompetentInstitution.of("issuer", issuer, issuerCountry, InstitutionRole.HOME));
                }
                if (occupation != null) {
                    builder.occupation(new TargetOccupation(occupation, occupationLabel == null
                            ? LocalizedText.empty() : LocalizedText.of("en", occupationLabel)));
                }
                return builder.isced97Field(isced97).iscedFCode(iscedF).build();
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "cv", mixinStandardHelpOptions = true,
            description = {"Write a learner's Europass CV (XML v3.4) in one language.",
                    "With --schema, the output is validated against the official schema before it is kept."},
            footer = {"", "Exit codes: 0 written, 1 the document fails the schema, 2 unreadable input.", "Example:",
                    "  kulisse europass cv --learner learner.json --framework framework.json --decisions decisions.json \\",
                    "      --mou mou.json --agreement agreement.json --lang it -o cv-it.xml --schema schema-v3.4.1"})
    static final class Cv implements Callable<Integer> {
        @Mixin
        AchievementInput input;

        @Option(names = "--lang", paramLabel = "LANG", description = "Document language (default: the framework's "
                + "first).")
        String language;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file.")
        Path out;

        @Option(names = "--schema", paramLabel = "DIR",
                description = "Folder of the Europass XML Schema v3.4.1 with its catalog.xml.")
        Path schema;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            LearnerAchievement achievement = input.read(spec);
            EuropassCv cv = EuropassCv.create();
            if (language != null) {
                try {
                    cv = cv.locale(language);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            cv.write(achievement, out);
            spec.commandLine().getErr().println("wrote " + out);
            return schema == null ? KulisseCommand.OK : report(spec, load(spec, schema).validate(out));
        }
    }

    @Command(name = "credential", mixinStandardHelpOptions = true,
            description = {"Write a learner's European Digital Credential (unsigned ELM 3.2 JSON-LD).",
                    "Sealing adds the issue date and the issuer's eIDAS identifier; give them if you have them."},
            footer = {"", "Example:",
                    "  kulisse europass credential --learner learner.json --framework framework.json \\",
                    "      --decisions decisions.json --mou mou.json --agreement agreement.json -o credential.jsonld"})
    static final class Credential implements Callable<Integer> {
        @Mixin
        AchievementInput input;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file.")
        Path out;

        @Option(names = "--uploadable", description = "Write the {\"credential\": ...} form of the EDC issuer.")
        boolean uploadable;

        @Option(names = "--issued", paramLabel = "INSTANT", description = "Issue date, e.g. 2026-07-01T10:00:00Z.")
        java.time.Instant issued;

        @Option(names = "--eidas", paramLabel = "ID", description = "The issuer's eIDAS legal identifier.")
        String eidas;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws java.io.IOException {
            LearnerAchievement achievement = input.read(spec);
            EuropassCredential writer = EuropassCredential.create();
            if (issued != null) {
                writer = writer.issued(issued);
            }
            if (eidas != null) {
                writer = writer.eidasIdentifier(eidas);
            }
            try {
                String text = uploadable ? writer.writeUploadable(achievement) : writer.writeString(achievement);
                java.nio.file.Files.writeString(out, text);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getErr().println("wrote " + out);
            return KulisseCommand.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Read a Europass XML v3.0-v3.4 file; print a JSON summary and the warnings.",
                    "Older v1/v2 files and non-Europass XML are refused (exit 2) with the reason."},
            footer = {"", "Example:", "  kulisse europass import Europass-CV.xml"})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A Europass XML file.")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            EuropassImport read = EuropassReader.create().read(file);
            EuropassDocument doc = read.document();
            ObjectNode summary = Json.object();
            summary.put("file", file.toString());
            summary.put("version", read.version());
            summary.put("documentType", doc.info().documentType() == null ? null
                    : doc.info().documentType().name());
            summary.put("locale", doc.locale());
            Learner learner = read.toLearner();
            ObjectNode person = summary.putObject("learner");
            person.put("given", learner.name().given());
            person.put("family", learner.name().family());
            ArrayNode languages = person.putArray("languages");
            learner.languages().forEach(l -> languages.add(l.language()));
            ArrayNode educations = summary.putArray("education");
            for (EuropassDocument.Education e : doc.educations()) {
                ObjectNode entry = educations.addObject();
                entry.put("title", e.title());
                entry.put("organisation", e.organisation() == null ? null : e.organisation().name());
                entry.put("eqfLevel", e.eqfLevel().map(EqfLevel::value).orElse(null));
            }
            summary.put("workExperiences", doc.workExperiences().size());
            if (doc.skills() != null && doc.skills().jobRelated() != null) {
                summary.put("jobRelatedSkills", doc.skills().jobRelated().text());
            }
            ArrayNode achievements = summary.putArray("achievements");
            doc.achievements().forEach(a -> achievements.add(a.title() == null ? null : a.title().label()));
            ArrayNode warnings = summary.putArray("warnings");
            for (EuropassWarning w : read.warnings()) {
                warnings.add(w.toString());
            }
            Json.print(spec.commandLine().getOut(), summary);
            return KulisseCommand.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Validate Europass XML files against the official schema (offline, through its catalog).",
            footer = {"", "Exit codes: 0 valid, 1 invalid, 2 unreadable input or schema.", "Example:",
                    "  kulisse europass validate cv-en.xml cv-it.xml --schema schema-v3.4.1"})
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Europass XML files.")
        java.util.List<Path> files;

        @Option(names = "--schema", required = true, paramLabel = "DIR",
                description = "Folder of the Europass XML Schema v3.4.1 with its catalog.xml.")
        Path schema;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            EuropassSchema europass = load(spec, schema);
            int code = KulisseCommand.OK;
            for (Path file : files) {
                code = Math.max(code, report(spec, europass.validate(file)));
            }
            return code;
        }
    }

    static EuropassSchema load(CommandSpec spec, Path dir) {
        try {
            return EuropassSchema.load(dir);
        } catch (ConfigurationException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static int report(CommandSpec spec, SchemaReport report) {
        PrintWriter out = spec.commandLine().getOut();
        for (SchemaProblem p : report.problems()) {
            out.println(p);
        }
        out.println(report.source() + ": " + (report.isValid() ? "valid" : "INVALID") + " Europass XML ("
                + report.errors().size() + " error(s))");
        out.flush();
        return report.isValid() ? KulisseCommand.OK : KulisseCommand.INVALID;
    }
}
