package org.essor.kernel;

/** One reason a value or a rule refuses a request: the field it is about (a JSON path) and why. */
public record Violation(String field, String message) {
}
