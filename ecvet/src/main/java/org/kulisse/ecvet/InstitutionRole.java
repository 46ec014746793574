package org.kulisse.ecvet;

/** What a competent institution does in a mobility. */
public enum InstitutionRole {
    /** Sends the learner; validates and recognises the credit. */
    HOME,
    /** Receives the learner; delivers training and assesses. */
    HOST,
    /** Awards the qualification. */
    AWARDING
}
