package org.kulisse.europass;

/** The Europass v3 document types ({@code DocumentInfo/DocumentType}). */
public enum DocumentType {
    /** Curriculum vitae. */
    ECV,
    /** Curriculum vitae with the European Skills Passport. */
    ECV_ESP,
    /** European Skills Passport. */
    ESP,
    /** Language Passport. */
    ELP,
    /** Cover letter. */
    ECL
}
