package org.kulisse.esco;

import org.kulisse.core.model.LocalizedText;

/**
 * An ESCO occupation.
 *
 * @param uri the concept IRI
 * @param code the ESCO code (ISCO code plus dotted extension, e.g. {@code 3435.25.5}), or null before v1.1
 * @param iscoGroup the ISCO-08 unit group code (four digits), or null
 * @param labels preferred, alternative and hidden labels
 * @param description the description in each language
 * @param regulatedProfessionNote the regulated-profession note IRI, or null
 */
public record Occupation(String uri, String code, String iscoGroup, Labels labels, LocalizedText description,
        String regulatedProfessionNote) {
}
