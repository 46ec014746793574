package org.kulisse.ecvet;

/**
 * The choices that ECVET leaves to competent institutions, made explicit.
 *
 * @param partialPoints what a partly covered unit earns
 * @param eqfTolerance the EQF difference that is reviewed rather than rejected when the memorandum does not declare
 *     the pair comparable (default 1: a one-level difference needs review, two or more are rejected)
 * @param partialPointsCount whether partial points count towards the accumulated total (A1)
 */
public record TransferPolicy(PartialPointsPolicy partialPoints, int eqfTolerance, boolean partialPointsCount) {

    public static final TransferPolicy DEFAULT = new TransferPolicy(PartialPointsPolicy.NONE, 1, false);

    public TransferPolicy {
        if (partialPoints == null) {
            partialPoints = PartialPointsPolicy.NONE;
        }
        if (eqfTolerance < 0) {
            throw new IllegalArgumentException("the EQF tolerance cannot be negative");
        }
    }

    public TransferPolicy withPartialPoints(PartialPointsPolicy policy) {
        return new TransferPolicy(policy, eqfTolerance, partialPointsCount);
    }

    public TransferPolicy withEqfTolerance(int tolerance) {
        return new TransferPolicy(partialPoints, tolerance, partialPointsCount);
    }
}
