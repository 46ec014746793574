package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A learner. Personal data beyond the name is opt-in: birth date, nationality and e-mail stay null unless the caller
 * sets them, and writers emit only what is set.
 *
 * @param id identifier
 * @param name given and family name
 * @param birthDate birth date, or null
 * @param nationality ISO 3166-1 alpha-2 country code, or null
 * @param email e-mail address, or null
 * @param languages languages spoken, mother tongues first by convention
 * @param extensions unknown fields kept from the document
 */
public record Learner(
        @NotBlank String id,
        @NotNull @Valid PersonName name,
        @Past LocalDate birthDate,
        @jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}") String nationality,
        @jakarta.validation.constraints.Email String email,
        List<@Valid LanguageSkill> languages,
        Extensions extensions) {

    public Learner {
        languages = Lists.copy(languages);
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    public static Learner of(String id, String givenName, String familyName) {
        return new Learner(id, new PersonName(givenName, familyName), null, null, null, List.of(), null);
    }

    public Optional<LocalDate> optionalBirthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Learner withLanguages(List<LanguageSkill> newLanguages) {
        return new Learner(id, name, birthDate, nationality, email, newLanguages, extensions);
    }
}
