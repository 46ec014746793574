package org.kulisse.ecvet;

/**
 * The learner's training at home, for national rules on time abroad.
 *
 * @param country the country whose rules govern the training (e.g. {@code DE} for a German apprentice)
 * @param durationWeeks the total duration of the training in weeks, or null
 * @param agreedPlan whether a plan for the time abroad was agreed with the competent body
 */
public record TrainingContext(String country, Integer durationWeeks, boolean agreedPlan) {
}
