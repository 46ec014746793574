package org.kulisse.esco.internal.rdf;

import org.apache.jena.riot.system.ErrorHandler;
import org.kulisse.core.ImportException;

/** Jena parse errors with their position, turned into Kulisse's located exceptions. */
public final class RdfErrors {
    private RdfErrors() {
    }

    /** A parse error with its position, thrown through the parser. */
    public static final class Located extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String source;
        private final long line;
        private final long column;

        Located(String message, String source, long line, long column) {
            super(message);
            this.source = source;
            this.line = line;
            this.column = column;
        }

        public ImportException toImportException() {
            return new ImportException(getMessage(), source, line, column, null);
        }
    }

    /** Fails on the first error; warnings are ignored (Jena warns about things such as unusual IRIs). */
    public static ErrorHandler strict(String source) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // not an error: the data is read as given
            }

            @Override
            public void error(String message, long line, long col) {
                throw new Located(message, source, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new Located(message, source, line, col);
            }
        };
    }
}
