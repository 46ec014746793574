package org.kulisse.core.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A person's name as Europass and most registries split it.
 *
 * @param given given name(s)
 * @param family family name(s)
 */
public record PersonName(@NotBlank String given, @NotBlank String family) {

    public String full() {
        return given + " " + family;
    }
}
