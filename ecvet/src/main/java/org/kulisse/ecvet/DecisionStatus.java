package org.kulisse.ecvet;

/** The outcome of recognition for one targeted home unit. */
public enum DecisionStatus {
    /** Every outcome of the unit is covered: the unit and its home points are awarded. */
    FULL,
    /** Some outcomes are covered: they are recorded as credit; the unit is not awarded. */
    PARTIAL,
    /** No outcome is covered. */
    NOT_RECOGNISED,
    /** A precondition failed (memorandum, signatures, transcript, EQF): nothing is recognised. */
    REJECTED,
    /** The assessment is too old, or the unit no longer valid: re-assessment is required. */
    EXPIRED,
    /** The learner already holds the unit: it is not awarded twice. */
    NOT_AWARDED_AGAIN
}
