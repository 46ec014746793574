package org.kulisse.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A level of a national qualifications framework as a qualification declares it.
 *
 * @param framework the framework's id as registered in {@link org.kulisse.core.nqf.NationalFrameworks} (e.g.
 *     {@code DQR}, {@code NKR}, {@code RQF})
 * @param level the level label as the framework writes it ({@code "4"}, {@code "5.1"}, {@code "Entry 3"})
 * @param eqfLevel the EQF level the document says this level is referenced to; null when not stated (the registry
 *     knows the official referencing; validation warns where the two disagree)
 */
public record NationalLevel(@NotBlank String framework, @NotBlank String level, @Valid EqfLevel eqfLevel) {

    public static NationalLevel of(String framework, String level) {
        return new NationalLevel(framework, level, null);
    }

    public Optional<EqfLevel> declaredEqfLevel() {
        return Optional.ofNullable(eqfLevel);
    }
}
