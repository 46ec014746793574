package org.kulisse.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.kulisse.core.json.KulisseJson;
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
