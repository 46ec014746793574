package org.kulisse.esco;

/** ESCO's skill types (the Tabiya variant adds language and attitude). */
public enum SkillType {
    SKILL_COMPETENCE("skill/competence"),
    KNOWLEDGE("knowledge"),
    LANGUAGE("language"),
    ATTITUDE("attitude"),
    /** The cell was empty (six skills of v1.1.1). */
    UNKNOWN("");

    private final String csvValue;

    SkillType(String csvValue) {
        this.csvValue = csvValue;
    }

    /** The value as the ESCO CSV writes it. */
    public String csvValue() {
        return csvValue;
    }

    /** The type for a CSV cell; unknown values give {@link #UNKNOWN}. */
    public static SkillType fromCsv(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        for (SkillType type : values()) {
            if (type != UNKNOWN && type.csvValue.equals(v)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
