package org.essor.kernel;

import java.util.Map;

/**
 * A transition the current state does not allow, or a duplicate of something unique: answered 409, with the figures
 * that explain it where there are some (e.g. {@code remaining} and {@code requested} of an exhausted budget), as
 * extension members of the problem.
 */
public class StateConflictException extends DomainException {

    private final transient Map<String, Object> figures;

    public StateConflictException(String message) {
        this(message, Map.of());
    }

    public StateConflictException(String message, Map<String, Object> figures) {
        super(message);
        this.figures = Map.copyOf(figures);
    }

    public Map<String, Object> figures() {
        return figures;
    }
}
