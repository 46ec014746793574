package org.kulisse.core.validation;

/**
 * The stable codes of {@link Violation#code()}. Codes are never renamed or reused; docs/validation.md lists each
 * with its severity and an example.
 */
public final class ViolationCodes {
    private ViolationCodes() {
    }

    // Field-level constraints (Jakarta Validation on the records)
    /** A required value is missing or blank. */
    public static final String REQUIRED = "REQUIRED";
    /** A value does not have the required form (pattern, e-mail). */
    public static final String MALFORMED_VALUE = "MALFORMED_VALUE";
    /** A number is outside its allowed range (negative points, weight not positive, ...). */
    public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
    /** A date that must lie in the past does not. */
    public static final String DATE_NOT_IN_PAST = "DATE_NOT_IN_PAST";
    /** EQF level outside 1–8. */
    public static final String EQF_LEVEL_OUT_OF_RANGE = "EQF_LEVEL_OUT_OF_RANGE";

    // Identifiers and references
    /** An id is neither an absolute IRI nor a simple local name. */
    public static final String INVALID_ID = "INVALID_ID";
    /** Two elements of one document share an id. */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    /** A qualification names a unit the framework does not have. */
    public static final String UNKNOWN_UNIT_REFERENCE = "UNKNOWN_UNIT_REFERENCE";
    /** A qualification lists the same unit twice. */
    public static final String DUPLICATE_UNIT_REFERENCE = "DUPLICATE_UNIT_REFERENCE";
    /** A unit names an option group its qualification does not define. */
    public static final String UNKNOWN_OPTION_GROUP = "UNKNOWN_OPTION_GROUP";
    /** An option group asks to choose more units than it has. */
    public static final String OPTION_GROUP_TOO_SMALL = "OPTION_GROUP_TOO_SMALL";
    /** A related concept is not an absolute IRI. */
    public static final String INVALID_IRI = "INVALID_IRI";
    /** A mapping names an outcome or unit the framework does not have. */
    public static final String UNKNOWN_MAPPING_SUBJECT = "UNKNOWN_MAPPING_SUBJECT";
    /** A mapping's predicate is not a SKOS mapping relation (warning). */
    public static final String UNKNOWN_MAPPING_PREDICATE = "UNKNOWN_MAPPING_PREDICATE";
    /** A unit is part of no qualification (warning). */
    public static final String UNUSED_UNIT = "UNUSED_UNIT";

    // Content
    /** A unit has no learning outcome. */
    public static final String UNIT_WITHOUT_OUTCOMES = "UNIT_WITHOUT_OUTCOMES";
    /** An outcome has no statement in any of the framework's languages. */
    public static final String MISSING_STATEMENT_LANGUAGE = "MISSING_STATEMENT_LANGUAGE";
    /** A text lacks one of the framework's languages (warning). */
    public static final String MISSING_TRANSLATION = "MISSING_TRANSLATION";
    /** A text is empty or blank in some language. */
    public static final String EMPTY_TEXT = "EMPTY_TEXT";
    /** A language tag is not a valid BCP-47 tag with a known language. */
    public static final String INVALID_LANGUAGE_TAG = "INVALID_LANGUAGE_TAG";
    /** The framework declares no languages (warning). */
    public static final String NO_LANGUAGES = "NO_LANGUAGES";
    /** A country code is not an ISO 3166-1 alpha-2 code. */
    public static final String INVALID_COUNTRY = "INVALID_COUNTRY";
    /** A period ends before it starts. */
    public static final String INVALID_PERIOD = "INVALID_PERIOD";

    // Levels
    /** The national framework of an NQF level is not registered (warning). */
    public static final String UNKNOWN_NQF_FRAMEWORK = "UNKNOWN_NQF_FRAMEWORK";
    /** A registered national framework has no such level. */
    public static final String UNKNOWN_NQF_LEVEL = "UNKNOWN_NQF_LEVEL";
    /** An NQF level and the EQF level disagree with the official referencing (warning). */
    public static final String NQF_EQF_MISMATCH = "NQF_EQF_MISMATCH";

    // Credit points
    /** The unit points in a credit system do not add up to the qualification's points. */
    public static final String POINTS_SUM_MISMATCH = "POINTS_SUM_MISMATCH";
    /** A unit of a qualification has no points in a credit system the qualification uses (warning). */
    public static final String MISSING_UNIT_POINTS = "MISSING_UNIT_POINTS";
    /** Two amounts in one list use the same credit system. */
    public static final String DUPLICATE_CREDIT_SYSTEM = "DUPLICATE_CREDIT_SYSTEM";
}
