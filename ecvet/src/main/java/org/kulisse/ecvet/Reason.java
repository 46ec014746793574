package org.kulisse.ecvet;

/**
 * Why a decision is what it is.
 *
 * @param code a stable code from {@link ReasonCodes}
 * @param message a sentence for people
 * @param outcome the home outcome it concerns, or null
 */
public record Reason(String code, String message, String outcome) {

    public static Reason of(String code, String message) {
        return new Reason(code, message, null);
    }

    @Override
    public String toString() {
        return code + (outcome == null ? "" : " [" + outcome + "]") + ": " + message;
    }
}
