package org.kulisse.ecvet;

/** The result of assessing one learning outcome at the host. */
public enum AssessmentResult {
    PASSED,
    FAILED,
    NOT_ASSESSED
}
