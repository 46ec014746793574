package org.kulisse.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.LocalDate;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.Period;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.europass.LearnerAchievement;
import org.kulisse.europass.Placement;
import org.kulisse.europass.TargetOccupation;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.ecvet.LearningAgreement;
import org.kulisse.ecvet.MemorandumOfUnderstanding;
import org.kulisse.ecvet.PersonalTranscript;
import org.kulisse.ecvet.TransferCase;

/**
 * The Backstage framework: the qualification "European Junior Backstage Technician" (EQF 3, 60 ECVET points) with its
 * seven units of learning outcomes, in English, Italian, German, Bulgarian and Norwegian Bokmål.
 */
public final class Backstage {

    /** Class-path location of the framework in Kulisse JSON. */
    public static final String FRAMEWORK_RESOURCE = "/org/kulisse/examples/backstage/framework.json";

    private Backstage() {
    }

    /** Class-path folder of the worked mobility (reference notes §5.3): mou.json, agreement.json, transcript.json. */
    public static final String MOBILITY_FOLDER = "/org/kulisse/examples/backstage/mobility/";

    /** Reads the bundled framework (a fresh read each call; the result is immutable). */
    public static CompetenceFramework framework() {
        return KulisseJson.create().readFramework(text(FRAMEWORK_RESOURCE));
    }

    /** The memorandum between the Italian home school and the German host theatre. */
    public static MemorandumOfUnderstanding mou() {
        return EcvetJson.create().readMou(text(MOBILITY_FOLDER + "mou.json"));
    }

    /** Giulia Rossi's learning agreement: 8 weeks in Leipzig, all of U3 and three outcomes of U7. */
    public static LearningAgreement agreement() {
        return EcvetJson.create().readAgreement(text(MOBILITY_FOLDER + "agreement.json"));
    }

    /** The host theatre's transcript: every targeted outcome passed. */
    public static PersonalTranscript transcript() {
        return EcvetJson.create().readTranscript(text(MOBILITY_FOLDER + "transcript.json"));
    }

    /** The worked mobility as one case, with an empty learner record. */
    public static TransferCase mobility() {
        return new TransferCase(framework(), mou(), agreement(), transcript(), null);
    }

    /** The learner of the worked mobility, Giulia Rossi (an invented person): Italian, English B1/A2, German A2/A1. */
    public static Learner learner() {
        return KulisseJson.create().readLearner(text(LEARNER_RESOURCE));
    }

    /** Class-path location of the learner in Kulisse JSON. */
    public static final String LEARNER_RESOURCE = "/org/kulisse/examples/backstage/learner.json";

    /** The ESCO occupation the programme prepares for: stage technician (ESCO 3435.25.5). */
    public static final TargetOccupation STAGE_TECHNICIAN = new TargetOccupation(
            "http://data.europa.eu/esco/occupation/acb6b99a-6c13-482a-81b1-8b5614e0153e",
            LocalizedText.of("en", "stage technician", "it", "tecnico di palcoscenico", "de",
                    "Bühnentechniker/Bühnentechnikerin", "bg", "сценичен техник", "nb", "scenetekniker"));

    /**
     * What Giulia achieved by the worked mobility: the units ECVET recognised (all of U3, three outcomes of U7), the
     * placement in Leipzig, and the training at the Italian school; ISCED-97 field 21 (arts), ISCED-F 0215 (music and
     * performing arts), theatres in NACE section R.
     */
    public static LearnerAchievement achievement(TransferResult recognised) {
        TransferCase mobility = mobility();
        MemorandumOfUnderstanding mou = mobility.mou();
        LearningAgreement agreement = mobility.agreement();
        CompetentInstitution school = mou.signatories().stream().filter(i -> i.id().equals(agreement.home()))
                .findFirst().orElseThrow();
        return LearnerAchievement.builder(learner(), mobility.homeFramework())
                .recognised(recognised)
                .provider(school)
                .training(new Period(LocalDate.of(2025, 9, 15), LocalDate.of(2026, 7, 31)))
                .placement(Placement.of(agreement, mou, "R"))
                .occupation(STAGE_TECHNICIAN)
                .isced97Field("21")
                .iscedFCode("0215")
                .build();
    }

    /** The files of the bundled ESCO-format sample (invented concepts, the v1.1.1 CSV layout). */
    private static final List<String> ESCO_SAMPLE = List.of("ISCOGroups_en.csv", "skillGroups_en.csv",
            "occupations_en.csv", "skills_en.csv", "broaderRelationsOccPillar_en.csv",
            "broaderRelationsSkillPillar_en.csv", "occupationSkillRelations_en.csv", "skillSkillRelations_en.csv");

    /**
     * A small ESCO-format sample for the examples (four occupations, twelve skills, all invented under
     * {@code https://example.org/esco/}), unpacked into a new temporary folder that the loader can read.
     */
    public static Path escoSample() {
        try {
            Path folder = Files.createTempDirectory("kulisse-esco-sample");
            for (String name : ESCO_SAMPLE) {
                Files.writeString(folder.resolve(name), text("/org/kulisse/examples/esco-sample/" + name));
                folder.resolve(name).toFile().deleteOnExit();
            }
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled resource as text. */
    public static String text(String resource) {
        try (InputStream in = Backstage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
