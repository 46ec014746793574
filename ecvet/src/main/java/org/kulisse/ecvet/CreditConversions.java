package org.kulisse.ecvet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.model.CreditPoints;

/**
 * The credit conversions a competent institution accepts. There is no official conversion between ECVET and any
 * other system; each one here is declared with its source, and conversions between ECVET and ECTS are opt-in and
 * marked indicative.
 */
public final class CreditConversions {
    /** Finnish vocational competence points (osaamispiste); Kulisse vocabulary IRI. */
    public static final String FI_OSP = "https://kulisse.org/credit-system/FI-osp";
    /** Hours of learning; Kulisse vocabulary IRI. */
    public static final String HOURS = "https://kulisse.org/credit-system/hours";

    /** Finnish competence points to ECVET, 1:1: both count 60 for one year of full-time VET (2015 reform). */
    public static final CreditConversion FI_OSP_TO_ECVET = new CreditConversion(FI_OSP, CreditPoints.ECVET,
            BigDecimal.ONE, "FI vocational qualifications: 180 osaamispiste = three years; ECVET: 60 points = one year",
            false);

    private static final CreditConversions DEFAULTS = builder().add(FI_OSP_TO_ECVET).build();

    private final List<CreditConversion> conversions;

    private CreditConversions(List<CreditConversion> conversions) {
        this.conversions = List.copyOf(conversions);
    }

    /** FI-osp → ECVET only. */
    public static CreditConversions defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<CreditConversion> all() {
        return conversions;
    }

    /** The points in {@code toSystem}: unchanged if already there, converted if a conversion is declared. */
    public Optional<ConvertedPoints> convert(CreditPoints points, String toSystem) {
        if (points.isIn(toSystem)) {
            return Optional.of(new ConvertedPoints(points, points,
                    new CreditConversion(toSystem, toSystem, BigDecimal.ONE, "same credit system", false)));
        }
        return conversions.stream()
                .filter(c -> c.from().equals(points.system()) && c.to().equals(toSystem))
                .findFirst()
                .map(c -> new ConvertedPoints(new CreditPoints(scale(points.value().multiply(c.factor())), toSystem),
                        points, c));
    }

    private static BigDecimal scale(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** Collects conversions; two for the same pair of systems is a configuration error. */
    public static final class Builder {
        private final List<CreditConversion> conversions = new ArrayList<>();

        private Builder() {
        }

        public Builder add(CreditConversion conversion) {
            boolean taken = conversions.stream().anyMatch(c -> c.from().equals(conversion.from())
                    && c.to().equals(conversion.to()));
            if (taken) {
                throw new ConfigurationException("a conversion from " + conversion.from() + " to " + conversion.to()
                        + " is already declared");
            }
            conversions.add(conversion);
            return this;
        }

        /**
         * Hours to ECVET: {@code points = hours × 60 / referenceAnnualHours}, with the reference year of the
         * system that counts the hours (e.g. an Italian region's IeFP year).
         */
        public Builder hoursToEcvet(int referenceAnnualHours, String source) {
            if (referenceAnnualHours <= 0) {
                throw new ConfigurationException("the reference year must have a positive number of hours");
            }
            return add(new CreditConversion(HOURS, CreditPoints.ECVET, BigDecimal.valueOf(60)
                    .divide(BigDecimal.valueOf(referenceAnnualHours), 10, RoundingMode.HALF_UP),
                    source + " (reference year " + referenceAnnualHours + " h = 60 ECVET)", false));
        }

        /** ECVET ↔ ECTS 1:1 because both count 60 for a full-time year: indicative only, never for recognition. */
        public Builder indicativeEcvetEcts() {
            String why = "year equivalence (both 60 per full-time year); no official conversion exists";
            add(new CreditConversion(CreditPoints.ECVET, CreditPoints.ECTS, BigDecimal.ONE, why, true));
            return add(new CreditConversion(CreditPoints.ECTS, CreditPoints.ECVET, BigDecimal.ONE, why, true));
        }

        public CreditConversions build() {
            return new CreditConversions(conversions);
        }
    }
}
