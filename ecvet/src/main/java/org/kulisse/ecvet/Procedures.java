package org.kulisse.ecvet;

import org.kulisse.core.model.LocalizedText;

/**
 * How partners assess, document, validate and recognise (MoU §6).
 *
 * @param assessment assessment at the host
 * @param documentation how results are documented
 * @param validation how the home institution validates
 * @param recognition how the home institution recognises
 */
public record Procedures(LocalizedText assessment, LocalizedText documentation, LocalizedText validation,
        LocalizedText recognition) {

    public Procedures {
        assessment = assessment == null ? LocalizedText.empty() : assessment;
        documentation = documentation == null ? LocalizedText.empty() : documentation;
        validation = validation == null ? LocalizedText.empty() : validation;
        recognition = recognition == null ? LocalizedText.empty() : recognition;
    }

    public static Procedures none() {
        return new Procedures(null, null, null, null);
    }
}
