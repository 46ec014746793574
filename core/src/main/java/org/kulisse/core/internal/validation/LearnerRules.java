package org.kulisse.core.internal.validation;

import static org.kulisse.core.validation.ViolationCodes.DUPLICATE_ID;
import static org.kulisse.core.validation.ViolationCodes.INVALID_COUNTRY;
import static org.kulisse.core.validation.ViolationCodes.INVALID_ID;
import static org.kulisse.core.validation.ViolationCodes.INVALID_LANGUAGE_TAG;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kulisse.core.model.LanguageSkill;
import org.kulisse.core.model.Learner;
import org.kulisse.core.validation.Violation;

/** Whole-model rules of a learner: id form, language tags, country code. */
public final class LearnerRules {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Learner learner;

    public LearnerRules(Learner learner) {
        this.learner = learner;
    }

    public List<Violation> check() {
        List<Violation> found = new ArrayList<>();
        if (learner.id() != null && !learner.id().isBlank() && !Identifiers.isWellFormed(learner.id())) {
            found.add(Violation.error("/id", INVALID_ID, "\"" + learner.id() + "\" is not a well-formed id"));
        }
        if (learner.nationality() != null && learner.nationality().matches("[A-Z]{2}")
                && !COUNTRIES.contains(learner.nationality())) {
            found.add(Violation.error("/nationality", INVALID_COUNTRY,
                    "\"" + learner.nationality() + "\" is not an ISO 3166-1 alpha-2 country code"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < learner.languages().size(); i++) {
            LanguageSkill skill = learner.languages().get(i);
            String path = "/languages/" + i + "/language";
            if (skill.language() != null && !LanguageTags.isValid(skill.language())) {
                found.add(Violation.error(path, INVALID_LANGUAGE_TAG,
                        "\"" + skill.language() + "\" is not a BCP-47 language tag"));
            } else if (skill.language() != null && !seen.add(skill.language())) {
                found.add(Violation.error(path, DUPLICATE_ID, "language \"" + skill.language() + "\" is listed twice"));
            }
        }
        return found;
    }
}
