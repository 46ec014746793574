package org.kulisse.esco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.Unit;
import org.kulisse.core.testing.Fixtures;

class Tdb2StoreTest extends FrameworkStoreContract {
    @TempDir
    Path dir;

    @Override
    FrameworkStore open() {
        return FrameworkStore.tdb2(dir.resolve("store"));
    }

    /** TDB2 stores xsd:decimal by value: a weight written 2.50 comes back as 2.5 (docs/rdf.md). */
    @Override
    CompetenceFramework stored(CompetenceFramework framework) {
        List<Unit> units = framework.units().stream().map(u -> new Unit(u.id(), u.code(), u.title(), u.description(),
                u.learningOutcomes().stream().map(o -> LearningOutcome.of(o.type(), o.id(), o.code(), o.statement(),
                        o.weight() == null ? null : o.weight().stripTrailingZeros(), o.relatedConcepts(),
                        o.extensions())).toList(), u.assessmentCriteria(), u.assessmentMethods(), u.validity(),
                u.extensions())).toList();
        return framework.withUnits(units);
    }

    @Test
    void whatWasStoredIsThereAfterReopening() {
        String graph = store.put(Fixtures.rigging());
        store.close();
        store = FrameworkStore.open(dir.resolve("store").toString());
        assertThat(store.framework(graph)).isEqualTo(stored(Fixtures.rigging()));
        assertThat(store.location()).startsWith("tdb2:");
    }
}
