package org.essor.kernel;

import java.util.List;

/** Well-formed values that a business rule refuses (each with its reason): answered 422. */
public class RuleViolationException extends DomainException {

    private final List<Violation> violations;

    public RuleViolationException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(violation.message(), List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
