package org.essor.kernel;

/** An aggregate with an optimistic-locking version, the ETag its readers send back in {@code If-Match}. */
public interface Versioned {

    long version();
}
