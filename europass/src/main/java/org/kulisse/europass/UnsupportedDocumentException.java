package org.kulisse.europass;

import org.kulisse.core.ImportException;

/**
 * The input is well-formed XML but not a document Kulisse reads: not Europass at all, or a Europass v1/v2
 * {@code learnerinfo} document (the format before v3.0, 2012).
 */
public class UnsupportedDocumentException extends ImportException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String problem, String source, long line, long column) {
        super(problem, source, line, column, null);
    }
}
