package org.kulisse.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Extensions;
import org.kulisse.core.model.LearningOutcome;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;
import org.kulisse.core.model.OutcomeType;
import org.kulisse.core.model.Period;
import org.kulisse.core.model.Provenance;
import org.kulisse.core.model.Qualification;
import org.kulisse.core.model.QualificationUnit;
import org.kulisse.core.model.Unit;

/** Random frameworks for round-trip properties: any text (Unicode, quotes, control characters), any JSON extension. */
public final class FrameworkArbitraries {
    private static final List<String> LANGUAGES = List.of("en", "it", "de", "bg", "nb", "fr", "de-AT");

    private FrameworkArbitraries() {
    }

    static Arbitrary<String> ids() {
        return Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(12)
                .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    }

    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(30)
                .filter(s -> s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE));
    }

    static Arbitrary<LocalizedText> texts() {
        return Arbitraries.maps(Arbitraries.of(LANGUAGES), anyText()).ofMaxSize(4)
                .map(m -> new LocalizedText(new LinkedHashMap<>(m)));
    }

    static Arbitrary<LocalizedText> titles() {
        return texts().filter(t -> !t.isEmpty());
    }

    static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2)
                .injectDuplicates(0.1);
    }

    static Arbitrary<Object> jsonValues(int depth) {
        Arbitrary<Object> scalar = Arbitraries.oneOf(anyText().map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e6"), new BigDecimal("1e6")).ofScale(3)
                        .map(d -> (Object) d),
                Arbitraries.just(null));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<Object> list = jsonValues(depth - 1).list().ofMaxSize(3).map(l -> (Object) l);
        Arbitrary<Object> map = Arbitraries.maps(ids(), jsonValues(depth - 1)).ofMaxSize(3)
                .map(m -> (Object) new LinkedHashMap<>(m));
        return Arbitraries.oneOf(scalar, list, map);
    }

    /** Extension names are prefixed so they never collide with a field the codec knows. */
    static Arbitrary<Extensions> extensions() {
        return Arbitraries.maps(ids().map(s -> "x-" + s), jsonValues(2)).ofMaxSize(2)
                .map(m -> new Extensions(new LinkedHashMap<>(m)));
    }

    static Arbitrary<LearningOutcome> outcomes() {
        return Combinators.combine(Arbitraries.of(OutcomeType.class), ids(), ids().injectNull(0.3), titles(),
                decimals().filter(d -> d.signum() > 0).injectNull(0.5),
                Arbitraries.of("http://data.europa.eu/esco/skill/a", "urn:x:y").list().ofMaxSize(2), extensions())
                .as(LearningOutcome::of);
    }

    static Arbitrary<Unit> units() {
        return Combinators.combine(ids(), ids().injectNull(0.3), titles(), texts(), outcomes().list().ofMaxSize(3),
                texts().list().ofMaxSize(2), dates().injectNull(0.5), extensions())
                .as((id, code, title, description, outcomes, criteria, from, ext) -> new Unit(id, code, title,
                        description, outcomes, criteria, List.of(), from == null ? null : new Period(from, null), ext));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    static Arbitrary<Qualification> qualifications() {
        Arbitrary<CreditPoints> points = decimals().map(CreditPoints::ecvet);
        Arbitrary<QualificationUnit> parts = Combinators.combine(ids(), points.list().ofMaxSize(1), extensions())
                .as((unit, p, ext) -> new QualificationUnit(unit, p, null, ext));
        return Combinators.combine(ids(), titles(), Arbitraries.integers().between(0, 9),
                Arbitraries.of("DQR", "NKR").injectNull(0.5), points.list().ofMaxSize(1), parts.list().ofMaxSize(3),
                extensions())
                .as((id, title, eqf, nqf, p, u, ext) -> new Qualification(id, title, null, EqfLevel.of(eqf),
                        nqf == null ? null : NationalLevel.of(nqf, "4"), p, u, List.of(), ext));
    }

    public static Arbitrary<CompetenceFramework> frameworks() {
        return Combinators.combine(ids(), anyText().injectNull(0.3), titles(),
                Arbitraries.of(LANGUAGES).list().uniqueElements().ofMaxSize(3), qualifications().list().ofMaxSize(2),
                units().list().ofMaxSize(3), dates().injectNull(0.5), extensions())
                .as((id, version, title, languages, qualifications, units, created, ext) -> new CompetenceFramework(
                        id, version, title, null, new ArrayList<>(languages), qualifications, units,
                        units.isEmpty() ? List.of() : List.of(new org.kulisse.core.model.Mapping(units.get(0).id(),
                                org.kulisse.core.model.Mapping.CLOSE, "http://data.europa.eu/esco/skill/x", null,
                                org.kulisse.core.model.Mapping.MANUAL_CURATION, new BigDecimal("0.80"), "A. Tester",
                                created, "v1.1.1", null)),
                        new Provenance(null, null, List.of(), created, null), ext));
    }

}
