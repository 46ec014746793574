package org.kulisse.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A language a learner uses: a mother tongue, or a foreign language with optional self-assessed CEFR levels per
 * Europass dimension (A1 … C2).
 *
 * @param language BCP-47 tag
 * @param motherTongue whether it is a mother tongue (then the levels are not used)
 * @param listening CEFR level or null
 * @param reading CEFR level or null
 * @param spokenInteraction CEFR level or null
 * @param spokenProduction CEFR level or null
 * @param writing CEFR level or null
 */
public record LanguageSkill(
        @NotBlank String language,
        boolean motherTongue,
        @Pattern(regexp = CEFR) String listening,
        @Pattern(regexp = CEFR) String reading,
        @Pattern(regexp = CEFR) String spokenInteraction,
        @Pattern(regexp = CEFR) String spokenProduction,
        @Pattern(regexp = CEFR) String writing) {

    /** The six CEFR common reference levels. */
    public static final String CEFR = "A1|A2|B1|B2|C1|C2";

    public static LanguageSkill motherTongue(String language) {
        return new LanguageSkill(language, true, null, null, null, null, null);
    }

    /** A foreign language at one level in every dimension. */
    public static LanguageSkill foreign(String language, String level) {
        return new LanguageSkill(language, false, level, level, level, level, level);
    }
}
