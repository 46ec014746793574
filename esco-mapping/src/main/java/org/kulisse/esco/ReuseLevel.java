package org.kulisse.esco;

/** How widely a skill is used across occupations and sectors. */
public enum ReuseLevel {
    TRANSVERSAL("transversal"),
    CROSS_SECTOR("cross-sector"),
    SECTOR_SPECIFIC("sector-specific"),
    OCCUPATION_SPECIFIC("occupation-specific"),
    UNKNOWN("");

    private final String csvValue;

    ReuseLevel(String csvValue) {
        this.csvValue = csvValue;
    }

    public String csvValue() {
        return csvValue;
    }

    public static ReuseLevel fromCsv(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        for (ReuseLevel level : values()) {
            if (level != UNKNOWN && level.csvValue.equals(v)) {
                return level;
            }
        }
        return UNKNOWN;
    }
}
