package org.kulisse.esco;

/** Whether an occupation (or skill) needs a skill essentially or optionally. */
public enum RelationType {
    ESSENTIAL,
    OPTIONAL
}
