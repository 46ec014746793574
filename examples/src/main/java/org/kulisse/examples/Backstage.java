package org.kulisse.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;

/**
 * The Backstage framework: the qualification "European Junior Backstage Technician" (EQF 3, 60 ECVET points) with its
 * seven units of learning outcomes, in English, Italian, German, Bulgarian and Norwegian Bokmål.
 */
public final class Backstage {

    /** Class-path location of the framework in Kulisse JSON. */
    public static final String FRAMEWORK_RESOURCE = "/org/kulisse/examples/backstage/framework.json";

    private Backstage() {
    }

    /** Reads the bundled framework (a fresh read each call; the result is immutable). */
    public static CompetenceFramework framework() {
        try (InputStream in = Backstage.class.getResourceAsStream(FRAMEWORK_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + FRAMEWORK_RESOURCE);
            }
            return KulisseJson.create().readFramework(in, "backstage/framework.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
