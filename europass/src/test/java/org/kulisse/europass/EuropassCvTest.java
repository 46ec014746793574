package org.kulisse.europass;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kulisse.core.testing.SharedData;

class EuropassCvTest {
    private static EuropassSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = EuropassSchema.load(SharedData.require("europass/schema-v3.4.1"));
    }

    @Test
    void writesAValidDocumentInEveryLanguageOfTheFramework() {
        for (String language : Achievements.rigging().framework().languages()) {
            String xml = EuropassCv.create().locale(language).writeString(Achievements.rigging());
            SchemaReport report = schema.validate(xml.getBytes(StandardCharsets.UTF_8), "cv-" + language + ".xml");
            assertThat(report.problems()).isEmpty();
        }
    }
}
