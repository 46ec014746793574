package org.kulisse.ecvet;

import java.time.LocalDate;
import org.kulisse.core.model.CreditPoints;

/**
 * A unit already awarded to a learner towards a qualification.
 *
 * @param qualification id of the qualification
 * @param unit id of the unit
 * @param points the points awarded, or null
 * @param date when it was awarded, or null
 * @param source where the award comes from (a decision, a transcript id, "prior learning"), or null
 */
public record UnitAward(String qualification, String unit, CreditPoints points, LocalDate date, String source) {
}
