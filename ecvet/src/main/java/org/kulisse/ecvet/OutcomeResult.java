package org.kulisse.ecvet;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a personal transcript: how one host learning outcome was assessed.
 *
 * @param outcome id of the host outcome
 * @param result passed, failed or not assessed
 * @param grade the grade, or null
 * @param gradingScheme the grading scheme the grade belongs to, or null
 * @param method the assessment method (observation, practical task, test ...), or null
 * @param date the assessment date, or null
 * @param assessor who assessed, or null
 * @param evidence references to evidence (files, URLs)
 */
public record OutcomeResult(String outcome, AssessmentResult result, String grade, String gradingScheme,
        String method, LocalDate date, String assessor, List<String> evidence) {

    public OutcomeResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static OutcomeResult of(String outcome, AssessmentResult result, LocalDate date) {
        return new OutcomeResult(outcome, result, null, null, null, date, null, List.of());
    }
}
