package org.essor.kernel;

/** A transition the current state does not allow, or a duplicate of something unique: answered 409. */
public class StateConflictException extends DomainException {

    public StateConflictException(String message) {
        super(message);
    }
}
