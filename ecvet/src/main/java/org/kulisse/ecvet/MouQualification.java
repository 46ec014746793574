package org.kulisse.ecvet;

import java.util.List;
import org.kulisse.core.model.CreditPoints;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.model.NationalLevel;

/**
 * A partner's qualification covered by a memorandum, with the levels used to agree comparability.
 *
 * @param id the qualification's id (for the home side, its id in the home framework)
 * @param institution the id of the signatory whose qualification it is
 * @param title its title
 * @param eqfLevel its EQF level
 * @param nqfLevel its national level, or null
 * @param points its credit points (possibly none: DE, NO and BG have no VET points)
 */
public record MouQualification(String id, String institution, LocalizedText title, EqfLevel eqfLevel,
        NationalLevel nqfLevel, List<CreditPoints> points) {

    public MouQualification {
        title = title == null ? LocalizedText.empty() : title;
        points = points == null ? List.of() : List.copyOf(points);
    }
}
