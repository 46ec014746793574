package org.kulisse.ecvet;

/** What a partly covered unit earns (rule U5). */
public enum PartialPointsPolicy {
    /** Nothing: points come with the whole unit (the default, after ECVET Annex II §4). */
    NONE,
    /** The unit's points times the coverage, rounded half-up to one decimal. */
    PRO_RATA,
    /** The points the learning agreement fixed for the targeted outcomes (never more than the unit's). */
    LA_SPECIFIED
}
