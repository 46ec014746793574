package org.kulisse.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Learner;
import org.kulisse.core.model.Skill;
import org.kulisse.core.testing.Fixtures;

class KulisseJsonTest {
    private final KulisseJson json = KulisseJson.create();

    @Test
    void roundTripKeepsEveryField() {
        CompetenceFramework original = Fixtures.rigging();
        String written = json.writeString(original);
        CompetenceFramework read = json.readFramework(written);
        assertThat(read).isEqualTo(original);
        assertThat(json.writeString(read)).isEqualTo(written);
        // the weight keeps its scale: 2.50 is written as 2.50
        assertThat(written).contains("\"weight\": 2.50");
        assertThat(((Skill) read.units().get(0).learningOutcomes().get(1)).weight()).isEqualByComparingTo("2.5");
    }

    @Test
    void roundTripKeepsUnknownFieldsVerbatim() {
        CompetenceFramework original = Fixtures.riggingWithExtensions();
        String written = json.writeString(original);
        CompetenceFramework read = json.readFramework(written);
        assertThat(read).isEqualTo(original);
        assertThat(read.extensions().values()).containsKeys("x-publisher", "x-flag");
        @SuppressWarnings("unchecked")
        Map<String, Object> publisher = (Map<String, Object>) read.extensions().values().get("x-publisher");
        assertThat(publisher).containsEntry("b", null);
        assertThat(publisher.get("a")).isEqualTo(List.of(new BigDecimal("1"), "two", true));
        assertThat(read.units().get(0).learningOutcomes().get(0).extensions().values())
                .containsEntry("x-moodle-id", "comp-17");
        assertThat(read.qualifications().get(0).units().get(1).extensions().values()).containsKey("x-semester");
        assertThat(json.writeString(read)).isEqualTo(written);
    }

    @Test
    void unknownFieldsOfAHandWrittenDocumentSurviveInDocumentOrder() {
        String doc = """
                {"kulisse": "1.0", "type": "framework", "zeta": 1, "id": "urn:x", "title": {"en": "X"},
                 "alpha": {"nested": [1, 2.0, null, "s", {"k": false}]},
                 "units": [{"id": "U", "title": {"en": "U"}, "x-u": "kept",
                            "learningOutcomes": [{"type": "skill", "id": "S", "statement": {"en": "Do."}, "x-o": []}]}]}
                """;
        CompetenceFramework f = json.readFramework(doc);
        assertThat(f.extensions().values().keySet()).containsExactly("zeta", "alpha");
        String written = json.writeString(f);
        assertThat(written.indexOf("\"zeta\"")).isLessThan(written.indexOf("\"alpha\""));
        assertThat(written).contains("\"x-u\": \"kept\"").contains("\"x-o\": []").contains("2.0");
        assertThat(json.readFramework(written)).isEqualTo(f);
    }

    @Test
    void outputIsDeterministicUtf8WithLfAndTwoSpaceIndent() {
        String a = json.writeString(Fixtures.rigging());
        String b = json.writeString(Fixtures.rigging());
        assertThat(a).isEqualTo(b).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"kulisse\": \"1.0\",\n");
    }

    @Test
    void learnerRoundTrip() {
        Learner learner = Fixtures.learner();
        String written = json.writeString(learner);
        assertThat(json.readLearner(written)).isEqualTo(learner);
        assertThat(written).contains("\"type\": \"learner\"").contains("\"motherTongue\": true");
    }

    @Test
    void personalDataIsWrittenOnlyWhenSet() {
        String written = json.writeString(Learner.of("l2", "Ola", "Nordmann"));
        assertThat(written).doesNotContain("birthDate").doesNotContain("nationality").doesNotContain("email");
    }

    @Test
    void readsFilesAndStreams(@TempDir Path dir) {
        Path file = dir.resolve("f.json");
        json.write(Fixtures.rigging(), file);
        assertThat(json.readFramework(file)).isEqualTo(Fixtures.rigging());
        assertThat(json.peekType(file)).isEqualTo("framework");
        assertThat(json.read(file)).isInstanceOf(KulisseDocument.Framework.class);
        byte[] bytes = json.writeString(Fixtures.learner()).getBytes(StandardCharsets.UTF_8);
        assertThat(json.read(new ByteArrayInputStream(bytes), "stdin")).isInstanceOf(KulisseDocument.LearnerDoc.class);
    }

    @Test
    void truncatedDocumentNamesLineColumnAndPointer(@TempDir Path dir) throws Exception {
        String full = json.writeString(Fixtures.rigging());
        Path file = dir.resolve("broken.json");
        Files.writeString(file, full.substring(0, full.indexOf("\"learningOutcomes\"") + 40));
        assertThatThrownBy(() -> json.readFramework(file))
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> {
                    assertThat(e.source()).contains(file.toString());
                    assertThat(e.line()).isGreaterThan(1);
                    assertThat(e.column()).isPositive();
                    assertThat(e.path()).hasValueSatisfying(p -> assertThat(p).startsWith("/units/0/learningOutcomes"));
                    assertThat(e.getMessage()).startsWith(file + ":" + e.line() + ":" + e.column())
                            .contains("end-of-input").doesNotContain("REDACTED");
                });
    }

    @Test
    void duplicateKeysAreRefused() {
        String doc = "{\"kulisse\": \"1.0\", \"type\": \"framework\",\n \"id\": \"a\", \"id\": \"b\"}";
        assertThatThrownBy(() -> json.readFramework(doc))
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> {
                    assertThat(e.getMessage()).contains("Duplicate").contains("id");
                    assertThat(e.line()).isEqualTo(2);
                });
    }

    @Test
    void wrongTypeIsLocatedByPointerLineAndColumn() {
        String doc = "{\n  \"kulisse\": \"1.0\",\n  \"type\": \"framework\",\n  \"id\": \"urn:x\",\n"
                + "  \"qualifications\": [\n    {\"id\": \"Q\", \"eqfLevel\": \"three\"}\n  ]\n}\n";
        assertThatThrownBy(() -> json.readFramework(doc))
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> {
                    assertThat(e.path()).contains("/qualifications/0/eqfLevel");
                    assertThat(e.line()).isEqualTo(6);
                    assertThat(e.column()).isEqualTo(17);
                    assertThat(e.problem()).isEqualTo("expected a number, found the string \"three\"");
                });
    }

    @Test
    void missingVersionUnsupportedVersionAndUnknownTypeAreRefused() {
        assertThatThrownBy(() -> json.readFramework("{\"type\": \"framework\"}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("format version is missing");
        assertThatThrownBy(() -> json.readFramework("{\"kulisse\": \"2.0\", \"type\": \"framework\"}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("unsupported Kulisse JSON version \"2.0\"");
        assertThatThrownBy(() -> json.readFramework("{\"kulisse\": \"1.0\", \"type\": \"recipe\"}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("unknown document type \"recipe\"");
        assertThatThrownBy(() -> json.readFramework("[1, 2]"))
                .isInstanceOf(ImportException.class).hasMessageContaining("expected an object");
        assertThatThrownBy(() -> json.readFramework(""))
                .isInstanceOf(ImportException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> json.readFramework("{\"kulisse\": \"1.0\", \"type\": \"framework\"} {}"))
                .isInstanceOf(ImportException.class).hasMessageContaining("after the end");
        assertThatThrownBy(() -> json.readLearner(json.writeString(Fixtures.rigging())))
                .isInstanceOf(ImportException.class).hasMessageContaining("expected a \"learner\" document");
    }

    @Test
    void unknownFieldsInValueObjectsAreRefusedNotDropped() {
        String doc = "{\"kulisse\": \"1.0\", \"type\": \"framework\", \"id\": \"urn:x\", \"qualifications\": [{\"id\": \"Q\","
                + " \"creditPoints\": [{\"value\": 60, \"system\": \"x:y\", \"hours\": 1500}]}]}";
        assertThatThrownBy(() -> json.readFramework(doc))
                .hasMessageContaining("unknown field \"hours\"")
                .asInstanceOf(type(ImportException.class))
                .satisfies(e -> assertThat(e.path()).contains("/qualifications/0/creditPoints/0/hours"));
    }

    @Test
    void badValuesAreReportedWithTheirPointer() {
        String base = "{\"kulisse\": \"1.0\", \"type\": \"framework\", \"id\": \"urn:x\", ";
        assertThatThrownBy(() -> json.readFramework(base + "\"provenance\": {\"created\": \"3 May\"}}"))
                .hasMessageContaining("/provenance/created").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> json.readFramework(base + "\"units\": [{\"id\": \"U\", \"learningOutcomes\": "
                + "[{\"type\": \"attitude\"}]}]}"))
                .hasMessageContaining("/units/0/learningOutcomes/0/type").hasMessageContaining("unknown outcome type");
        assertThatThrownBy(() -> json.readFramework(base + "\"title\": {\"en\": 5}}"))
                .hasMessageContaining("/title/en");
        assertThatThrownBy(() -> json.readFramework(base + "\"qualifications\": [{\"eqfLevel\": 3.5}]}"))
                .hasMessageContaining("whole number");
    }

    @Test
    void limitsAreExplicit() {
        KulisseJson tiny = KulisseJson.withLimits(ReadLimits.DEFAULT.withMaxDocumentBytes(100));
        String doc = json.writeString(Fixtures.rigging());
        assertThatThrownBy(() -> tiny.read(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "big"))
                .isInstanceOf(ImportException.class).hasMessageContaining("limit of 100 bytes");

        KulisseJson shallow = KulisseJson.withLimits(ReadLimits.DEFAULT.withMaxNestingDepth(5));
        String deep = "{\"kulisse\": \"1.0\", \"type\": \"framework\", \"x\": [[[[[[[1]]]]]]]}";
        assertThatThrownBy(() -> shallow.readFramework(deep))
                .isInstanceOf(ImportException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void locateFindsPointersAndFallsBackToTheParent() {
        byte[] doc = "{\n  \"units\": [\n    {\"id\": \"U\"}\n  ]\n}".getBytes(StandardCharsets.UTF_8);
        assertThat(KulisseJson.locate(doc, "/units/0/id")).contains(new JsonPosition(3, 6));
        assertThat(KulisseJson.locate(doc, "/units/0/title")).contains(new JsonPosition(3, 5));
        assertThat(KulisseJson.locate("".getBytes(StandardCharsets.UTF_8), "/x")).isEmpty();
    }
}
