package org.kulisse.core.json;

import org.kulisse.core.testing.FrameworkArbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.core.validation.ModelValidator;

/** The writer's output conforms to the JSON Schema shipped in the jar. */
class JsonSchemaConformanceTest {
    private static final Schema SCHEMA = load();
    private final KulisseJson json = KulisseJson.create();

    private static Schema load() {
        try (InputStream in = KulisseJson.class.getResourceAsStream(KulisseJson.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema in the jar").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Error> errors(String document) {
        return SCHEMA.validate(document, InputFormat.JSON);
    }

    @Test
    void fixturesConform() {
        assertThat(errors(json.writeString(Fixtures.rigging()))).isEmpty();
        assertThat(errors(json.writeString(Fixtures.riggingWithExtensions()))).isEmpty();
        assertThat(errors(json.writeString(Fixtures.withOptions(10)))).isEmpty();
        assertThat(errors(json.writeString(Fixtures.learner()))).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheReaderRefuses() {
        assertThat(errors("{\"kulisse\": \"1.0\", \"type\": \"framework\", \"id\": \"urn:x\", \"title\": {}, "
                + "\"qualifications\": [{\"id\": \"Q\", \"title\": {}, \"eqfLevel\": 9}]}")).isNotEmpty();
        assertThat(errors("{\"kulisse\": \"2.0\", \"type\": \"framework\", \"id\": \"urn:x\", \"title\": {}}"))
                .isNotEmpty();
        assertThat(errors("{\"kulisse\": \"1.0\", \"type\": \"learner\", \"id\": \"l\", "
                + "\"name\": {\"given\": \"A\", \"family\": \"B\"}, \"languages\": [{\"language\": \"en\", "
                + "\"reading\": \"D1\"}]}")).isNotEmpty();
    }

    @Provide
    Arbitrary<CompetenceFramework> validFrameworks() {
        // The schema describes valid documents; generated frameworks are filtered to those the validator accepts
        // apart from reference and translation rules, which a schema cannot express.
        return FrameworkArbitraries.frameworks().filter(f -> ModelValidator.standard().validate(f).errors().stream()
                .allMatch(v -> v.code().equals("UNKNOWN_UNIT_REFERENCE") || v.code().equals("DUPLICATE_ID")
                        || v.code().equals("POINTS_SUM_MISMATCH") || v.code().equals("MISSING_STATEMENT_LANGUAGE")
                        || v.code().equals("EMPTY_TEXT") || v.code().equals("UNKNOWN_NQF_LEVEL")
                        || v.code().equals("DUPLICATE_UNIT_REFERENCE")));
    }

    @Property(tries = 100)
    void generatedValidFrameworksConform(@ForAll("validFrameworks") CompetenceFramework framework) {
        assertThat(errors(json.writeString(framework))).isEmpty();
    }
}
