package org.kulisse.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * An amount of credit in a named credit system. Never a bare number: 6 ECVET points and 6 ECTS credits are different
 * things.
 *
 * @param value the amount, exactly as given (scale kept)
 * @param system the IRI of the credit system, e.g. {@link #ECVET}
 */
public record CreditPoints(@NotNull @PositiveOrZero BigDecimal value, @NotBlank String system) {

    /** ECVET points (EU vocabulary "education credit" concept). */
    public static final String ECVET = "http://data.europa.eu/snb/education-credit/60b314e826";
    /** ECTS credits (EU vocabulary "education credit" concept). */
    public static final String ECTS = "http://data.europa.eu/snb/education-credit/6fcec5c5af";

    public static CreditPoints ecvet(long points) {
        return new CreditPoints(BigDecimal.valueOf(points), ECVET);
    }

    public static CreditPoints ecvet(BigDecimal points) {
        return new CreditPoints(points, ECVET);
    }

    public boolean isIn(String creditSystem) {
        return system != null && system.equals(creditSystem);
    }

    @Override
    public String toString() {
        String name = ECVET.equals(system) ? "ECVET" : ECTS.equals(system) ? "ECTS" : system;
        return (value == null ? "?" : value.toPlainString()) + " " + name;
    }
}
