package org.kulisse.core.validation;

/** How bad a violation is: an error makes the model invalid, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
