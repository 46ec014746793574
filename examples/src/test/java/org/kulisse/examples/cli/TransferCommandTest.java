package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.ecvet.EcvetJson;
import org.kulisse.examples.Backstage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TransferCommandTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private String out;
    private String err;

    private int run(String... args) {
        int code = cli.run(args);
        out = cli.out;
        err = cli.err;
        return code;
    }

    @BeforeEach
    void demo() {
        assertThat(run("demo", "--out", dir.toString())).as(err).isZero();
    }

    private String[] transfer(String... extra) {
        String[] base = {"transfer", "--framework", dir.resolve("framework.json").toString(), "--mou",
                dir.resolve("mou.json").toString(), "--agreement", dir.resolve("agreement.json").toString(),
                "--transcript", dir.resolve("transcript.json").toString(), "--date", "2026-06-15"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void demoWritesTheMobilityAndItsDecisions() throws IOException {
        for (String name : new String[] {"mou", "agreement", "transcript", "decisions"}) {
            assertThat(dir.resolve(name + ".json")).exists();
            assertThat(Files.readString(dir.resolve(name + ".html"))).startsWith("<!DOCTYPE html>");
        }
        assertThat(Files.readString(dir.resolve("mou.json")))
                .isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "mou.json"));
        assertThat(Files.readString(dir.resolve("agreement.json")))
                .isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "agreement.json"));
        assertThat(Files.readString(dir.resolve("transcript.json")))
                .isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "transcript.json"));
        JsonNode decisions = MAPPER.readTree(dir.resolve("decisions.json").toFile());
        assertThat(decisions.get("decisions").get(0).get("status").stringValue()).isEqualTo("FULL");
        assertThat(decisions.get("decisions").get(1).get("status").stringValue()).isEqualTo("PARTIAL");
    }

    @Test
    void transferPrintsOneDecisionPerTarget() throws IOException {
        Path html = dir.resolve("report.html");
        assertThat(run(transfer("--policy", "pro-rata", "--html", html.toString()))).as(err).isZero();
        JsonNode result = MAPPER.readTree(out);
        JsonNode u3 = result.get("decisions").get(0);
        JsonNode u7 = result.get("decisions").get(1);
        assertThat(u3.get("unit").stringValue()).isEqualTo("U3");
        assertThat(u3.get("status").stringValue()).isEqualTo("FULL");
        assertThat(u3.get("awardedPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(u7.get("status").stringValue()).isEqualTo("PARTIAL");
        assertThat(u7.get("coverage").decimalValue()).isEqualByComparingTo("0.375");
        assertThat(u7.get("awardedPoints").decimalValue()).isEqualByComparingTo("3.0");
        assertThat(u7.get("gapOutcomes").size()).isEqualTo(5);
        assertThat(u7.get("reasons").size()).isPositive();
        assertThat(result.get("documentedOnly").isArray()).isTrue();
        assertThat(Files.readString(html)).contains("U7", "PARTIAL");
    }

    @Test
    void aRejectedTargetExitsOne() throws IOException {
        Path mou = dir.resolve("mou.json");
        Files.writeString(mou, Files.readString(mou).replace("\"until\": \"2028-12-31\"", "\"until\": \"2026-05-01\""));
        assertThat(run(transfer())).isEqualTo(1);
        assertThat(MAPPER.readTree(out).get("decisions").get(0).get("status").stringValue()).isEqualTo("REJECTED");
        assertThat(out).contains("MOU_NOT_VALID_FOR_PERIOD");
    }

    @Test
    void invalidDocumentsAreReportedWithPlacesAndExitOne() throws IOException {
        Path la = dir.resolve("agreement.json");
        Files.writeString(la, Files.readString(la).replace("\"homeUnit\": \"EU-BACKSTAGE-U3\"",
                "\"homeUnit\": \"EU-BACKSTAGE-U9\"").replace("\"from\": \"2026-04-13\"", "\"from\": \"2026-07-13\""));
        Path tr = dir.resolve("transcript.json");
        Files.writeString(tr, Files.readString(tr).replace("\"agreement\": \"LA-2026-ROSSI\"",
                "\"agreement\": \"LA-2026-OTHER\""));
        assertThat(run(transfer())).isEqualTo(1);
        assertThat(out).contains(la + ":").contains("/targets/0/homeUnit UNKNOWN_UNIT_REFERENCE")
                .contains("/period INVALID_PERIOD").contains(tr + ":").contains("/agreement DOCUMENT_MISMATCH");
        assertThat(err).contains("no decision was taken").doesNotContain("Exception");
    }

    @Test
    void unreadableDocumentsExitTwoWithTheirPlace() throws IOException {
        Path tr = dir.resolve("transcript.json");
        Files.writeString(tr, Files.readString(tr).replace("\"PASSED\"", "\"OK\""));
        assertThat(run(transfer())).isEqualTo(2);
        assertThat(err).contains(tr + ":").contains("/results/0/result").contains("unknown value \"OK\"");
        Files.writeString(tr, "{\"kulisse\": \"1.0\", \"type\": \"transcript\", ");
        assertThat(run(transfer())).isEqualTo(2);
        assertThat(run(transfer("--policy", "generous"))).isEqualTo(2);
        assertThat(run("transfer", "--framework", "x.json")).isEqualTo(2);
    }

    @Test
    void validateKnowsTheMobilityDocuments() throws IOException {
        assertThat(run("validate", dir.resolve("agreement.json").toString())).isZero();
        assertThat(err).contains("valid learning-agreement");
        Path mou = dir.resolve("mou.json");
        Files.writeString(mou, Files.readString(mou).replace("\"country\": \"DE\"", "\"country\": \"XX\""));
        assertThat(run("validate", mou.toString())).isEqualTo(1);
        assertThat(out).contains("/signatories/1/country INVALID_COUNTRY");
        assertThat(run("validate", dir.resolve("decisions.json").toString())).isEqualTo(2);
    }

    @Test
    void allocate() throws IOException {
        String framework = dir.resolve("framework.json").toString();
        assertThat(run("ecvet", "allocate", "--framework", framework, "--qualification", "EU-BACKSTAGE-JBT"))
                .as(err).isZero();
        JsonNode equal = MAPPER.readTree(out);
        assertThat(equal.get("allocation").valueStream().map(a -> a.get("points").intValue()).toList())
                .containsExactly(9, 9, 9, 9, 8, 8, 8);
        assertThat(run("ecvet", "allocate", "--framework", framework, "--qualification", "EU-BACKSTAGE-JBT",
                "--weights", "U1=1,U2=2,U3=2,U4=2,U5=1,U6=1,U7=1")).isZero();
        assertThat(MAPPER.readTree(out).get("allocation").valueStream().mapToInt(a -> a.get("points").intValue())
                .sum()).isEqualTo(60);
        assertThat(run("ecvet", "allocate", "--framework", framework, "--qualification", "NOPE")).isEqualTo(2);
        assertThat(run("ecvet", "allocate", "--framework", framework, "--qualification", "EU-BACKSTAGE-JBT",
                "--weights", "U9=1")).isEqualTo(2);
        assertThat(run("ecvet", "allocate", "--framework", dir.resolve("none.json").toString(), "--qualification",
                "Q")).isEqualTo(2);
    }

    @Test
    void bundledMobilityFilesAreCanonical() {
        EcvetJson json = EcvetJson.create();
        assertThat(json.writeString(Backstage.mou())).isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "mou.json"));
        assertThat(json.writeString(Backstage.agreement()))
                .isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "agreement.json"));
        assertThat(json.writeString(Backstage.transcript()))
                .isEqualTo(Backstage.text(Backstage.MOBILITY_FOLDER + "transcript.json"));
    }
}
