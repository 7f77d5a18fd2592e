package org.essor.events.envelope;

/** A received record that is not a well-formed Essor CloudEvent: retrying will not help, it goes to the dead letters. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
