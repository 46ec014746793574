package org.kulisse.core.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Unit;
import org.kulisse.core.testing.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseJsonTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String resource(String name) throws IOException {
        try (InputStream in = CaseJsonTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(resource("case-1.1-subset.schema.json"), InputFormat.JSON);
    }

    private static Map<String, JsonNode> byIdentifier(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.get("identifier").stringValue(), n));
        return map;
    }

    @Test
    void exportValidatesAgainstTheCaseSchemaWithStableUuids() throws IOException {
        String json = CaseJson.write(Fixtures.rigging());
        assertThat(schema().validate(json, InputFormat.JSON)).isEmpty();
        assertThat(CaseJson.write(Fixtures.rigging())).isEqualTo(json);
        JsonNode pkg = MAPPER.readTree(json);
        // 1 qualification + 2 units + 3 outcomes, each also in German (the second language): 12 items
        assertThat(pkg.get("CFItems").size()).isEqualTo(12);
        assertThat(pkg.get("CFItems").valueStream().filter(i -> i.get("language").stringValue().equals("de")))
                .hasSize(6);
        assertThat(pkg.get("CFAssociations").valueStream().map(a -> a.get("associationType").stringValue()).toList())
                .contains("isChildOf", "isTranslationOf", "isRelatedTo");
        JsonNode skill = pkg.get("CFItems").valueStream().filter(i -> "S1".equals(i.path("humanCodingScheme")
                .asString()) && i.get("language").stringValue().equals("en")).findFirst().orElseThrow();
        assertThat(skill.get("CFItemType").stringValue()).isEqualTo("Skill");
        assertThat(CaseJson.looksLike(json)).isTrue();
    }

    @Test
    void frameworkToCaseToFrameworkKeepsTheModel() {
        CompetenceFramework original = Fixtures.rigging();
        InteropResult<CompetenceFramework> result = CaseJson.read(CaseJson.write(original), "en");
        assertThat(result.errors()).isEmpty();
        CompetenceFramework back = result.value();
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.languages()).isEqualTo(original.languages());
        assertThat(back.units()).extracting(Unit::id, Unit::code, Unit::title).isEqualTo(original.units().stream()
                .map(u -> org.assertj.core.groups.Tuple.tuple(u.id(), u.code(), u.title())).toList());
        for (int i = 0; i < original.units().size(); i++) {
            assertThat(back.units().get(i).learningOutcomes()).extracting(LearningOutcome::id, LearningOutcome::type,
                    LearningOutcome::statement, LearningOutcome::weight, LearningOutcome::relatedConcepts)
                    .isEqualTo(original.units().get(i).learningOutcomes().stream().map(o ->
                            org.assertj.core.groups.Tuple.tuple(o.id(), o.type(), o.statement(), o.weight(),
                                    o.relatedConcepts())).toList());
        }
        assertThat(back.qualifications().get(0).eqfLevel()).isEqualTo(original.qualifications().get(0).eqfLevel());
        assertThat(back.qualifications().get(0).units()).isEqualTo(original.qualifications().get(0).units());
        // and the framework read back exports the very same package
        String again = CaseJson.write(back);
        String first = CaseJson.write(original);
        if (!again.equals(first)) {
            java.util.List<String> a = first.lines().toList();
            java.util.List<String> b = again.lines().toList();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    throw new AssertionError("line " + (i + 1) + ":\n" + a.get(i) + "\n" + b.get(i));
                }
            }
        }
        assertThat(again).isEqualTo(first);
    }

    @Test
    void caseToFrameworkToCaseKeepsEveryItemAssociationAndUnknownField() throws IOException {
        String source = resource("case-package.json");
        InteropResult<CompetenceFramework> result = CaseJson.read(source, "en");
        assertThat(result.errors()).isEmpty();
        CompetenceFramework f = result.value();
        assertThat(f.qualifications()).singleElement().satisfies(q -> assertThat(q.title().get("en"))
                .contains("Stage safety"));
        Unit height = f.units().get(0);
        assertThat(height.code()).isEqualTo("SAFE-H");
        assertThat(height.learningOutcomes()).extracting(LearningOutcome::code).containsExactly("S1", "I1");
        LearningOutcome harness = height.learningOutcomes().get(0);
        assertThat(harness.type()).isEqualTo(OutcomeType.SKILL);
        assertThat(harness.statement().get("de")).contains("Einen Auffanggurt richtig benutzen.");
        assertThat(harness.relatedConcepts())
                .containsExactly("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-0000000000aa");
        assertThat(result.warnings()).extracting(InteropIssue::message)
                .anyMatch(m -> m.contains("\"Indicator\" is kept as a skill"))
                .anyMatch(m -> m.contains("\"Cluster\" is read as a qualification"));

        // through Kulisse JSON too: the kept CASE data are ordinary extensions
        CompetenceFramework viaJson = KulisseJson.create().readFramework(KulisseJson.create().writeString(f));
        String exported = CaseJson.write(viaJson);
        assertThat(schema().validate(exported, InputFormat.JSON)).isEmpty();

        JsonNode before = MAPPER.readTree(source);
        JsonNode after = MAPPER.readTree(exported);
        assertThat(after.get("CFDefinitions")).isEqualTo(before.get("CFDefinitions"));
        for (String field : List.of("identifier", "uri", "subject", "notes", "lastChangeDateTime")) {
            assertThat(after.get("CFDocument").get(field)).as(field).isEqualTo(before.get("CFDocument").get(field));
        }
        // Kulisse adds its own block beside the ones it found
        assertThat(after.get("CFDocument").get("extensions").get("acme"))
                .isEqualTo(before.get("CFDocument").get("extensions").get("acme"));
        Map<String, JsonNode> itemsBefore = byIdentifier(before.get("CFItems"));
        Map<String, JsonNode> itemsAfter = byIdentifier(after.get("CFItems"));
        assertThat(itemsAfter.keySet()).isEqualTo(itemsBefore.keySet());
        itemsBefore.forEach((id, item) -> item.propertyNames().forEach(field -> {
            if (!field.equals("CFDocumentURI")) {
                assertThat(itemsAfter.get(id).get(field)).as(id + " " + field).isEqualTo(item.get(field));
            }
        }));
        Map<String, JsonNode> associationsBefore = byIdentifier(before.get("CFAssociations"));
        Map<String, JsonNode> associationsAfter = byIdentifier(after.get("CFAssociations"));
        assertThat(associationsAfter).isEqualTo(associationsBefore);
    }

    @Test
    void notACasePackageIsAnError() {
        InteropResult<CompetenceFramework> result = CaseJson.read("{\"items\": []}", "en");
        assertThat(result.value()).isNull();
        assertThat(result.errors()).singleElement().asString().contains("no CFDocument");
    }
}
