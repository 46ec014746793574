package org.kulisse.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.interop.CaseJson;
import org.kulisse.core.interop.InteropResult;
import org.kulisse.core.interop.MoodleCsv;
import org.kulisse.core.interop.MoodleRules;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Unit;
import org.kulisse.examples.Backstage;

/** The Backstage framework through Moodle CSV and CASE, from the API and from the command line. */
class InteropCommandTest {
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

    private static List<String> tree(CompetenceFramework f) {
        return f.units().stream().flatMap(u -> java.util.stream.Stream.concat(java.util.stream.Stream.of(
                u.code() + " " + u.title().get("en").orElse("")), u.learningOutcomes().stream()
                .map(o -> u.code() + "/" + o.code() + " " + o.type() + " " + o.statement().get("en").orElse(""))))
                .toList();
    }

    /** Everything of the units that Moodle carries: ids, codes, titles and outcomes in every language. */
    private static List<Object> whole(CompetenceFramework f) {
        return f.units().stream().map(u -> List.of(u.id(), u.code(), u.title(), u.learningOutcomes()))
                .map(Object.class::cast).toList();
    }

    @Test
    void backstageThroughMoodleKeepsTreeCodesAndEnglishTexts() {
        CompetenceFramework backstage = Backstage.framework();
        String csv = MoodleCsv.write(backstage, "en");
        MoodleRules.check(csv);
        InteropResult<CompetenceFramework> back = MoodleCsv.read(csv, "en");
        assertThat(back.errors()).isEmpty();
        assertThat(tree(back.value())).isEqualTo(tree(backstage));
        assertThat(back.value().qualifications().get(0).units()).isEqualTo(backstage.qualifications().get(0).units());
        // ids and all five languages come back too (Moodle has no place for assessment methods)
        assertThat(whole(back.value())).isEqualTo(whole(backstage));
    }

    @Test
    void backstageThroughCaseIsWhole() {
        CompetenceFramework backstage = Backstage.framework();
        InteropResult<CompetenceFramework> back = CaseJson.read(CaseJson.write(backstage), "en");
        assertThat(back.errors()).isEmpty();
        assertThat(tree(back.value())).isEqualTo(tree(backstage));
        assertThat(back.value().units()).extracting(Unit::id).isEqualTo(backstage.units().stream().map(Unit::id)
                .toList());
        assertThat(back.value().units().get(6).learningOutcomes()).extracting(LearningOutcome::relatedConcepts)
                .isEqualTo(backstage.units().get(6).learningOutcomes().stream().map(LearningOutcome::relatedConcepts)
                        .toList());
        assertThat(CaseJson.write(back.value())).isEqualTo(CaseJson.write(backstage));
    }

    @Test
    void demoWritesBothAndTheCommandsReadThemByContent() throws IOException {
        assertThat(run("demo", "--out", dir.toString())).as(err).isZero();
        Path moodle = dir.resolve("framework-moodle.csv");
        Path caseJson = dir.resolve("framework-case.json");
        assertThat(moodle).exists();
        assertThat(caseJson).exists();
        assertThat(run("validate", moodle.toString())).as(out + err).isZero();
        assertThat(run("validate", caseJson.toString())).as(out + err).isZero();

        Path fromMoodle = dir.resolve("from-moodle.json");
        assertThat(run("convert", moodle.toString(), "--to", "json", "-o", fromMoodle.toString())).as(err).isZero();
        assertThat(whole(KulisseJson.create().readFramework(fromMoodle))).isEqualTo(whole(Backstage.framework()));
        assertThat(run("convert", dir.resolve("framework.json").toString(), "--to", "case-json")).isZero();
        assertThat(out).isEqualTo(Files.readString(caseJson));
        assertThat(run("convert", caseJson.toString(), "--to", "moodle-csv")).isZero();
        MoodleRules.check(out);
        assertThat(run("ecvet", "allocate", "--framework", moodle.toString(), "--qualification",
                "EU-BACKSTAGE-JBT")).as(err).isZero();
    }

    @Test
    void badMoodleFilesExitTwoWithRowNumbers() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, String.join(",", MoodleCsv.HEADER) + "\n"
                + "\"\",F,Framework,,1,\"a,b\",\"[{\"\"scaleid\"\":\"\"1\"\"}]\",,,,,,1,competency\n"
                + "NOPE,C1,Child,,1,,,,,,,,,\n");
        assertThat(run("validate", csv.toString())).isEqualTo(2);
        assertThat(err).contains(csv + ":3").contains("parent \"NOPE\" does not exist");
        assertThat(run("convert", csv.toString(), "--to", "case-json")).isEqualTo(2);
    }
}
