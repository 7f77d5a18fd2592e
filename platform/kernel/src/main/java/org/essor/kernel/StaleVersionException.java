package org.essor.kernel;

/** The caller changed a record at a version that is no longer its current one: answered 412. */
public class StaleVersionException extends DomainException {

    private final long expected;
    private final long current;

    public StaleVersionException(long expected, long current) {
        super("The resource is at version " + current + ", not " + expected + "; read it again and retry with its new ETag");
        this.expected = expected;
        this.current = current;
    }

    /** Fails unless the record is still at the version the caller read. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new StaleVersionException(expected, current);
        }
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
