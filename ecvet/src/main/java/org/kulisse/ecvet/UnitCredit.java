package org.kulisse.ecvet;

import org.kulisse.core.model.CreditPoints;

/**
 * What the host says about a whole host unit: whether it awards credit, and its own points (informational; a full
 * home unit is always awarded its home points).
 *
 * @param unit id of the host unit
 * @param creditAwarded whether the host awards credit for it
 * @param hostPoints the host's points for it, or null
 */
public record UnitCredit(String unit, boolean creditAwarded, CreditPoints hostPoints) {
}
