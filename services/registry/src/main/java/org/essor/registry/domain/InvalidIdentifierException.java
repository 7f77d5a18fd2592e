package org.essor.registry.domain;

import org.essor.kernel.InvalidValueException;

/** A French identifier or code that is missing or malformed, naming the field it came from (answered 400). */
public class InvalidIdentifierException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** {@code field} as the API names it (e.g. {@code siren}); {@code message} says what to fix. */
    public InvalidIdentifierException(String field, String message) {
        super(field, message);
    }
}
