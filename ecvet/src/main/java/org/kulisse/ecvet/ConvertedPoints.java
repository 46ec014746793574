package org.kulisse.ecvet;

import org.kulisse.core.model.CreditPoints;

/**
 * Points converted from another credit system, with their provenance.
 *
 * @param value the converted amount
 * @param original the amount before conversion
 * @param conversion the conversion applied
 */
public record ConvertedPoints(CreditPoints value, CreditPoints original, CreditConversion conversion) {

    public boolean isIndicative() {
        return conversion.indicative();
    }
}
