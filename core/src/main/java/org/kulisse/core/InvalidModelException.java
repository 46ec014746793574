package org.kulisse.core;

import org.kulisse.core.validation.ValidationReport;

/**
 * Thrown by convenience methods that require a valid model. Validation itself never throws: it returns the
 * {@link ValidationReport} that this exception carries.
 */
public class InvalidModelException extends KulisseException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidModelException(ValidationReport report) {
        super("the model is not valid: " + report.errors().size() + " error(s); first: "
                + report.errors().stream().findFirst().map(Object::toString).orElse("none"));
        this.report = report;
    }

    public ValidationReport report() {
        return report;
    }
}
