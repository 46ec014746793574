package org.kulisse.esco;

/** What a search may return. */
public enum ConceptKind {
    OCCUPATION,
    SKILL
}
