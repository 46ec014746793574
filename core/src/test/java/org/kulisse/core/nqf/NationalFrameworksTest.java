package org.kulisse.core.nqf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.model.EqfLevel;

class NationalFrameworksTest {
    private final NationalFrameworks nqf = NationalFrameworks.defaults();

    @Test
    void issueVectors() {
        assertThat(nqf.toEqf("IT", "4")).contains(EqfLevel.of(4));
        assertThat(nqf.find("BG", "0")).isPresent();
        assertThat(nqf.toEqf("BG", "0")).isEmpty();
        assertThat(nqf.toEqf("NO", "5.1")).contains(EqfLevel.of(5));
        assertThat(nqf.toEqf("GB-SCT", "7")).contains(EqfLevel.of(5));
        assertThat(nqf.toEqf("GB-ENG", "Entry 3")).contains(EqfLevel.of(1));
        assertThat(nqf.toEqf("IE", "8")).contains(EqfLevel.of(6));
        assertThat(nqf.levelsAt("IE", EqfLevel.of(6))).extracting(m -> m.level().label()).containsExactly("7", "8");
    }

    @Test
    void everyBuiltInCountryIsThere() {
        for (String country : List.of("IT", "DE", "BG", "NO", "GB-ENG", "GB-NIR", "GB-SCT", "IE", "FR")) {
            assertThat(nqf.byCountry(country)).as(country).hasSize(1);
        }
        assertThat(nqf.byCountry("GB")).extracting(NationalFramework::id).containsExactly("RQF", "SCQF");
        assertThat(nqf.byCountry("pl")).isEmpty();
    }

    @Test
    void levelLabelsMatchLeniently() {
        assertThat(nqf.toEqf("gb-eng", "entry 3")).contains(EqfLevel.of(1));
        assertThat(nqf.toEqf("DE", "Level 4")).contains(EqfLevel.of(4));
        assertThat(nqf.toEqf("FR", "IV")).contains(EqfLevel.of(4));
        assertThat(nqf.toEqf("NO", "6.2")).contains(EqfLevel.of(6));
        assertThat(nqf.find("NO", "1")).isEmpty();
        assertThat(nqf.toEqf("GB-ENG", "Entry 1")).isEmpty();
        assertThat(nqf.toEqf("GB-SCT", "2")).isEmpty();
    }

    @Test
    void manyToOneAndUnreferencedLevels() {
        assertThat(nqf.levelsAt("GB-SCT", EqfLevel.of(5))).extracting(m -> m.level().label())
                .containsExactly("7", "8");
        assertThat(nqf.levelsAt("NO", EqfLevel.of(5))).extracting(m -> m.level().label())
                .containsExactly("5.1", "5.2");
        assertThat(nqf.levelsAt("GB-ENG", EqfLevel.of(1))).extracting(m -> m.level().label())
                .containsExactly("Entry 3");
        assertThat(nqf.byId("BQF").orElseThrow().levels()).hasSize(9);
        assertThat(nqf.byId("NKR").orElseThrow().levels()).extracting(NationalFrameworkLevel::label)
                .containsExactly("2", "3", "4", "5.1", "5.2", "6", "7", "8");
    }

    @Test
    void providersAreFoundWithServiceLoaderAndByHand() {
        // src/test/resources/META-INF/services lists TestProvider, so discovery with this class loader finds it
        NationalFrameworks discovered = NationalFrameworks.builder()
                .discover(Thread.currentThread().getContextClassLoader()).build();
        assertThat(discovered.toEqf("AT", "NQR 5")).contains(EqfLevel.of(5));
        assertThat(discovered.toEqf("IT", "4")).contains(EqfLevel.of(4));

        NationalFrameworks byHand = NationalFrameworks.builder().add(new TestProvider()).build();
        assertThat(byHand.all()).extracting(NationalFramework::id).containsExactly("NQR");
        assertThat(byHand.byId("nqr")).isPresent();
    }

    @Test
    void twoDifferentFrameworksWithOneIdAreAConfigurationError() {
        NationalFramework other = new NationalFramework("NQR", List.of("AT"), "other", null, List.of(
                new NationalFrameworkLevel("1", List.of(), EqfLevel.of(1), null)));
        assertThatThrownBy(() -> NationalFrameworks.builder().add(new TestProvider()).add(other).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("NQR");
        assertThatThrownBy(() -> new NationalFramework("X", List.of("AT"), "x", null, List.of(
                new NationalFrameworkLevel("1", List.of(), null, null),
                new NationalFrameworkLevel("Level 1", List.of(), null, null))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("twice");
    }
}
