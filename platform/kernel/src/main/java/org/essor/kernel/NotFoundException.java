package org.essor.kernel;

/** The record asked for does not exist (or is not the caller's to see): answered 404. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
