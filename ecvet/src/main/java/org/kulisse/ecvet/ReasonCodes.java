package org.kulisse.ecvet;

/** The stable codes of {@link Reason#code()}: why a decision is what it is. */
public final class ReasonCodes {
    private ReasonCodes() {
    }

    /** P1: the agreement's memorandum is not the one given, or it is not signed by both home and host. */
    public static final String MOU_MISSING = "MOU_MISSING";
    /** P2: the memorandum is not in force on every day of the mobility. */
    public static final String MOU_NOT_VALID_FOR_PERIOD = "MOU_NOT_VALID_FOR_PERIOD";
    /** P3: home, host or learner has not signed the agreement. */
    public static final String LA_NOT_SIGNED = "LA_NOT_SIGNED";
    /** P3: a signature is dated after the start of the mobility. */
    public static final String LA_SIGNED_LATE = "LA_SIGNED_LATE";
    /** P4: the transcript was not issued by the agreement's host institution. */
    public static final String TRANSCRIPT_ISSUER_MISMATCH = "TRANSCRIPT_ISSUER_MISMATCH";
    /** P4: the transcript reports on another agreement. */
    public static final String TRANSCRIPT_AGREEMENT_MISMATCH = "TRANSCRIPT_AGREEMENT_MISMATCH";
    /** P5: the memorandum lacks the home or the host qualification. */
    public static final String MOU_QUALIFICATION_MISSING = "MOU_QUALIFICATION_MISSING";
    /** P5: EQF levels differ within the tolerance and the memorandum does not declare the pair comparable. */
    public static final String EQF_NEEDS_REVIEW = "EQF_NEEDS_REVIEW";
    /** P5: EQF levels differ beyond the tolerance, or the memorandum declares the pair not comparable. */
    public static final String EQF_INCOMPATIBLE = "EQF_INCOMPATIBLE";
    /** U1(a): a home outcome of the unit is not targeted by the agreement. */
    public static final String LO_NOT_TARGETED = "LO_NOT_TARGETED";
    /** U1(b): no agreed mapping of a targeted home outcome to host outcomes. */
    public static final String LO_NOT_MAPPED = "LO_NOT_MAPPED";
    /** U1(c): a mapped host outcome was failed. */
    public static final String LO_FAILED = "LO_FAILED";
    /** U1(c): a mapped host outcome was not assessed (or is missing from the transcript). */
    public static final String LO_NOT_ASSESSED = "LO_NOT_ASSESSED";
    /** U8: the assessment is older than the credit validity, or the unit's validity has ended. */
    public static final String UNIT_EXPIRED = "UNIT_EXPIRED";
    /** U9: the learner already holds the unit. */
    public static final String UNIT_ALREADY_AWARDED = "UNIT_ALREADY_AWARDED";
    /** The target names a unit that the home framework lacks. */
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    /** U5: a partial unit under the default policy: covered outcomes recorded, no points. */
    public static final String PARTIAL_NO_POINTS = "PARTIAL_NO_POINTS";

    /** A1 (warning): an award in the learner record is in a credit system with no declared conversion. */
    public static final String POINTS_NOT_CONVERTIBLE = "POINTS_NOT_CONVERTIBLE";

    /** A3 (warning), BBiG §2(3): the time abroad exceeds a quarter of the training. */
    public static final String DE_ABROAD_OVER_QUARTER = "DE_ABROAD_OVER_QUARTER";
    /** A3 (warning), BBiG §76(3): more than 8 weeks abroad need a plan agreed with the competent body. */
    public static final String DE_PLAN_REQUIRED = "DE_PLAN_REQUIRED";
}
