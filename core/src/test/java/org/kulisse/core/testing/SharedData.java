package org.kulisse.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the third-party test data of {@code ../shared/data} (design.md §5) through the system property
 * {@code kulisse.sharedData}. A test that needs a file calls {@link #require(String)}: when the data is absent the
 * test is skipped, so a user's clone still builds, unless {@code kulisse.requireSharedData=true} (as in CI), which
 * turns the skip into a failure.
 */
public final class SharedData {
    public static final String DIR_PROPERTY = "kulisse.sharedData";
    public static final String REQUIRE_PROPERTY = "kulisse.requireSharedData";

    private SharedData() {
    }

    /** The shared data folder as configured (may not exist). */
    public static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, "../../shared/data")).toAbsolutePath().normalize();
    }

    /** The file or folder {@code relative} inside the shared data, or a skip (a failure when required). */
    public static Path require(String relative) {
        Path path = dir().resolve(relative);
        if (!Files.exists(path)) {
            String message = "shared test data not found: " + path + " (set -D" + DIR_PROPERTY + "=...)";
            if (Boolean.getBoolean(REQUIRE_PROPERTY)) {
                fail(message + "; -D" + REQUIRE_PROPERTY + "=true makes this a failure");
            }
            Assumptions.abort(message);
        }
        return path;
    }
}
