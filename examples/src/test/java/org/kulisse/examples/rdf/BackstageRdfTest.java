package org.kulisse.examples.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.esco.rdf.FrameworkRdf;
import org.kulisse.esco.rdf.RdfFormat;
import org.kulisse.examples.Backstage;

class BackstageRdfTest {

    @Test
    void theBackstageFrameworkRoundTripsThroughEveryFormat() {
        CompetenceFramework framework = Backstage.framework();
        String json = KulisseJson.create().writeString(framework);
        Model reference = FrameworkRdf.toModel(framework);
        for (RdfFormat format : RdfFormat.values()) {
            String text = FrameworkRdf.writeString(framework, format);
            CompetenceFramework back = FrameworkRdf.read(text, format);
            assertThat(KulisseJson.create().writeString(back)).as(format.name()).isEqualTo(json);
            Model parsed = FrameworkRdf.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    format, format.name());
            assertThat(parsed.isIsomorphicWith(reference)).as(format.name()).isTrue();
        }
        assertThat(framework.mappings()).hasSize(59);
    }
}
