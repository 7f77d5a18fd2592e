package org.essor.kernel;

/** A value that is not well formed (a SIRET with a wrong check digit, an unknown code): answered 400. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
