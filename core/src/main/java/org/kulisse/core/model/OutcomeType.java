package org.kulisse.core.model;

/** The three EQF descriptor columns a learning outcome belongs to. */
public enum OutcomeType {
    KNOWLEDGE("knowledge"),
    SKILL("skill"),
    /** "Responsibility and autonomy" in the 2017 EQF recommendation; "competence" in ECVET. */
    COMPETENCE("competence");

    private final String jsonName;

    OutcomeType(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in Kulisse JSON. */
    public String jsonName() {
        return jsonName;
    }
}
