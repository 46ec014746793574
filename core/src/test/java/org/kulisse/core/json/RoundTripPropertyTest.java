package org.kulisse.core.json;

import org.kulisse.core.testing.FrameworkArbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kulisse.core.model.CompetenceFramework;

class RoundTripPropertyTest {
    private final KulisseJson json = KulisseJson.create();

    @Provide
    Arbitrary<CompetenceFramework> frameworks() {
        return FrameworkArbitraries.frameworks();
    }

    @Property(tries = 300)
    void readAfterWriteIsEqual(@ForAll("frameworks") CompetenceFramework framework) {
        String written = json.writeString(framework);
        CompetenceFramework read = json.readFramework(written);
        assertThat(read).isEqualTo(framework);
        assertThat(json.writeString(read)).isEqualTo(written);
    }
}
