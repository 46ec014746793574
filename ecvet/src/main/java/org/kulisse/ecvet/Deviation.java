package org.kulisse.ecvet;

import java.util.List;
import org.kulisse.core.model.LocalizedText;

/**
 * A difference between what the agreement targeted and what was assessed, or a change to the agreed assessment.
 *
 * @param description what differs
 * @param outcomes the outcomes concerned
 */
public record Deviation(LocalizedText description, List<String> outcomes) {

    public Deviation {
        description = description == null ? LocalizedText.empty() : description;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
