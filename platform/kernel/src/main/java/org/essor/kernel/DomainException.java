package org.essor.kernel;

/** A request the domain refuses; the web layer answers each kind with its own status. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
