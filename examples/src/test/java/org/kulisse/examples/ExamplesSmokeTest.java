package org.kulisse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kulisse.core.json.KulisseJson;

/** Every runnable example runs without arguments and prints what it promises. */
class ExamplesSmokeTest {

    private static String capture(Runnable example) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            example.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ex01DefineUnit() {
        String output = capture(() -> Ex01_DefineUnit.main(new String[0]));
        assertThat(output).startsWith("valid: true, violations: []");
        String json = output.substring(output.indexOf('{'));
        assertThat(KulisseJson.create().readFramework(json).units()).hasSize(1);
    }

    @Test
    void ex02Validate() {
        assertThat(capture(() -> Ex02_Validate.main(new String[0]))).contains("valid: false, 3 errors, 1 warnings",
                "POINTS_SUM_MISMATCH", "UNIT_WITHOUT_OUTCOMES", "INVALID_LANGUAGE_TAG");
    }

    @Test
    void ex03JsonRoundTrip() {
        assertThat(capture(() -> Ex03_JsonRoundTrip.main(new String[0]))).contains("read back equal: true",
                "unknown fields kept: [x-lms] and [x-lms-section]", "written again with them: true, stable: true");
    }

    @Test
    void ex04EscoSearchAndMapping() {
        assertThat(capture(() -> Ex04_EscoSearchAndMapping.main(new String[0]))).contains(
                "ESCO sample: 4 occupations, 12 skills", "search: program a lighting desk",
                "proposed for S1: program a lighting desk", "semapv:ManualMappingCuration\t0.95",
                "gap against lighting operator: 1 of 4 essential skills held");
    }

    @Test
    void ex05RdfAndSparql() {
        assertThat(capture(() -> Ex05_RdfAndSparql.main(new String[0]))).contains("round trip equal: true",
                "SHACL: conforms", "EQF 3: [European Junior Backstage Technician (small theatres)]",
                "U3 links 15 ESCO skills");
    }

    @Test
    void ex06Tdb2Store() {
        assertThat(capture(() -> {
            try {
                Ex06_Tdb2Store.main(new String[0]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })).contains("graphs: [https://kulisse.org/frameworks/backstage, urn:kulisse:esco:sample]",
                "units covering the skill: [U3]", "framework read back: 7 units");
    }

    @Test
    void ex07EcvetTransfer() {
        String output = capture(() -> Ex07_EcvetTransfer.main(new String[0]));
        assertThat(output).contains("documents valid: true", "U3: FULL, coverage 1.0000, 10 ECVET",
                "U7: PARTIAL, coverage 0.3750, 3.0 ECVET", "points held now: 10 ECVET");
    }

    @Test
    void ex08EuropassCv() {
        String output = capture(() -> Ex08_EuropassCv.main(new String[0]));
        assertThat(output).contains("Code>acb6b99a-6c13-482a-81b1-8b5614e0153e</Code>",
                "EQF level 3, learner Rossi, warnings 0", "with ESCO skills");
    }

    @Test
    void ex09CustomNationalFramework() {
        assertThat(capture(() -> Ex09_CustomNationalFramework.main(new String[0])))
                .contains("AT NQR 4 -> EQF 4", "DE DQR 4 -> EQF 4");
    }
}
