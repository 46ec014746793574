package org.kulisse.core.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mapping of a learning outcome or unit to a concept of another vocabulary (usually an ESCO skill), with its
 * provenance, as SSSOM describes mappings.
 *
 * @param subject the id of the outcome or unit
 * @param predicate the SKOS mapping relation ({@link #EXACT}, {@link #CLOSE}, {@link #BROAD}, {@link #NARROW},
 *     {@link #RELATED})
 * @param object the IRI of the concept
 * @param objectLabel the concept's label when the mapping was made, or null
 * @param justification how the mapping was made (a SEMAPV IRI such as {@link #MANUAL_CURATION})
 * @param confidence 0 to 1, or null
 * @param author who made it, or null
 * @param date when, or null
 * @param objectVersion the version of the vocabulary (ESCO {@code v1.1.1}), or null
 * @param comment a note, or null
 */
public record Mapping(@NotBlank String subject, @NotBlank String predicate, @NotBlank String object,
        String objectLabel, @NotBlank String justification,
        @DecimalMin("0") @DecimalMax("1") BigDecimal confidence, String author, LocalDate date, String objectVersion,
        String comment) {

    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String EXACT = SKOS + "exactMatch";
    public static final String CLOSE = SKOS + "closeMatch";
    public static final String BROAD = SKOS + "broadMatch";
    public static final String NARROW = SKOS + "narrowMatch";
    public static final String RELATED = SKOS + "relatedMatch";

    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    public static final String MANUAL_CURATION = SEMAPV + "ManualMappingCuration";
    public static final String LEXICAL_MATCHING = SEMAPV + "LexicalMatching";
    public static final String UNSPECIFIED = SEMAPV + "UnspecifiedMatching";

    /** Whether the predicate is one of the five SKOS mapping relations. */
    public boolean hasKnownPredicate() {
        return predicate != null && (predicate.equals(EXACT) || predicate.equals(CLOSE) || predicate.equals(BROAD)
                || predicate.equals(NARROW) || predicate.equals(RELATED));
    }
}
