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
