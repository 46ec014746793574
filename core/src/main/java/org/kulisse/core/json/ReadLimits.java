package org.kulisse.core.json;

/**
 * Explicit bounds on what a reader accepts, so that hostile or broken input fails fast instead of exhausting memory.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number literal, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    /** 64 MiB, depth 64, strings of 1 Mi characters, numbers of 100 digits. */
    public static final ReadLimits DEFAULT = new ReadLimits(64L * 1024 * 1024, 64, 1024 * 1024, 100);

    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxNumberLength);
    }

    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength);
    }
}
