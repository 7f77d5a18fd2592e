package org.essor.web.problem;

import java.time.Duration;
import java.util.List;

import org.essor.web.problem.Problem.FieldError;

/** Thrown by any layer to answer with a given problem; the mapper turns it into problem+json. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** When the client may try again ({@code Retry-After}); null when waiting would not help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ProblemException badRequest(String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(400, "validation", "The request is not valid", detail).withErrors(errors));
    }

    public static ProblemException invalidField(String field, String message) {
        return badRequest(field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "conflict", "Conflict with the current state", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "precondition-failed", "The resource has changed", detail));
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(Problem.of(413, "payload-too-large", "The request body is too large", detail));
    }

    public static ProblemException unprocessable(String detail, List<FieldError> reasons) {
        return new ProblemException(Problem.of(422, "unprocessable", "The request cannot be carried out", detail)
                .withErrors(reasons));
    }

    /** A 429 that tells the client, in {@code Retry-After}, how long to wait. */
    public static ProblemException tooManyRequests(String title, String detail, Duration retryAfter) {
        return new ProblemException(Problem.of(429, "too-many-requests", title, detail), retryAfter);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "precondition-required", "If-Match is required", detail));
    }
}
