package org.kulisse.ecvet;

/**
 * Violation codes of the mobility documents, beside those of {@link org.kulisse.core.validation.ViolationCodes}
 * (REQUIRED, DUPLICATE_ID, INVALID_PERIOD, INVALID_COUNTRY, EQF_LEVEL_OUT_OF_RANGE, UNKNOWN_UNIT_REFERENCE), which they
 * reuse. Stable: never renamed or reused.
 */
public final class EcvetViolationCodes {
    private EcvetViolationCodes() {
    }

    /** A memorandum with fewer than two signatories. */
    public static final String TOO_FEW_SIGNATORIES = "TOO_FEW_SIGNATORIES";
    /** A reference to an institution that is not a signatory of the memorandum. */
    public static final String UNKNOWN_INSTITUTION = "UNKNOWN_INSTITUTION";
    /** A reference to a qualification that the memorandum or framework does not have. */
    public static final String UNKNOWN_QUALIFICATION = "UNKNOWN_QUALIFICATION";
    /** A reference to an outcome that the unit does not have. */
    public static final String UNKNOWN_OUTCOME_REFERENCE = "UNKNOWN_OUTCOME_REFERENCE";
    /** A targeted unit that is not part of the home qualification. */
    public static final String UNIT_NOT_IN_QUALIFICATION = "UNIT_NOT_IN_QUALIFICATION";
    /** A document refers to another document (memorandum, agreement) than the one given. */
    public static final String DOCUMENT_MISMATCH = "DOCUMENT_MISMATCH";
    /** Home and host are the same institution. */
    public static final String SAME_INSTITUTION = "SAME_INSTITUTION";
    /** A learning agreement without targets. */
    public static final String NO_TARGETS = "NO_TARGETS";
    /** The same home unit targeted twice. */
    public static final String DUPLICATE_TARGET = "DUPLICATE_TARGET";
    /** A transcript without results. */
    public static final String NO_RESULTS = "NO_RESULTS";
    /** Two results for the same outcome. */
    public static final String DUPLICATE_RESULT = "DUPLICATE_RESULT";
    /** A transcript not issued by the agreement's host. */
    public static final String ISSUER_NOT_HOST = "ISSUER_NOT_HOST";
    /** An assessment dated after the transcript was issued, or outside the mobility (warning). */
    public static final String DATE_OUT_OF_ORDER = "DATE_OUT_OF_ORDER";
}
