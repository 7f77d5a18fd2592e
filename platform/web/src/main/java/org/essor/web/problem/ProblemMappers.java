package org.essor.web.problem;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.essor.kernel.InvalidValueException;
import org.essor.kernel.StaleVersionException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.web.problem.Problem.FieldError;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.persistence.OptimisticLockException;

/** Maps every error a request can meet to an RFC 9457 problem. */
public class ProblemMappers {

    /** PostgreSQL's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemResponses problems;

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request) {
        Response problem = problems.of(e.problem(), request);
        if (e.retryAfter() == null) {
            return problem;
        }
        long seconds = Math.max(1, e.retryAfter().toSeconds() + (e.retryAfter().toMillisPart() > 0 ? 1 : 0));
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, ContainerRequestContext request) {
        return problems.of(Problem.of(400, "validation", "The request is not valid", e.getMessage())
                .withErrors(List.of(new FieldError(e.field(), e.reason()))), request);
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolationException e, ContainerRequestContext request) {
        return problems.of(Problem.of(422, "unprocessable", "The request cannot be carried out", e.getMessage())
                .withErrors(e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList()), request);
    }

    @ServerExceptionMapper
    public Response stateConflict(StateConflictException e, ContainerRequestContext request) {
        return problems.of(Problem.of(409, "conflict", "Conflict with the current state", e.getMessage())
                .withExtensions(e.figures()), request);
    }

    @ServerExceptionMapper
    public Response notFound(org.essor.kernel.NotFoundException e, ContainerRequestContext request) {
        return problems.of(Problem.of(404, "not-found", "Not found", e.getMessage()), request);
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleVersionException e, ContainerRequestContext request) {
        return problems.of(Problem.of(412, "precondition-failed", "The resource has changed", e.getMessage()), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response violations(ResteasyReactiveViolationException e, ContainerRequestContext request) {
        boolean ourResponseIsInvalid = e.getConstraintViolations().stream().anyMatch(violation ->
                java.util.stream.StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                        .anyMatch(node -> node.getKind() == jakarta.validation.ElementKind.RETURN_VALUE));
        if (ourResponseIsInvalid) {
            return unexpected(e, request);
        }
        return violations((ConstraintViolationException) e, request);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, ContainerRequestContext request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return problems.of(Problem.of(400, "validation", "The request is not valid",
                errors.size() + " field" + (errors.size() == 1 ? " is" : "s are") + " not valid").withErrors(errors), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e, ContainerRequestContext request) {
        String field = pathOf(e);
        return problems.of(Problem.of(400, "validation", "The request is not valid",
                "Unknown property '" + e.getPropertyName() + "'")
                .withErrors(List.of(new FieldError(field, "unknown property"))), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidValue(InvalidFormatException e, ContainerRequestContext request) {
        String field = pathOf(e);
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return problems.of(Problem.of(400, "validation", "The request is not valid",
                "'" + field + "' has a value that is not a valid " + expected)
                .withErrors(List.of(new FieldError(field, "not a valid " + expected))), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request) {
        return mismatchedInput((JsonMappingException) e, request);
    }

    private Response mismatchedInput(JsonMappingException e, ContainerRequestContext request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, request);
        }
        String field = pathOf(e);
        if (field.isEmpty()) {
            return malformed(e, request);
        }
        return problems.of(Problem.of(400, "validation", "The request is not valid",
                "'" + field + "' does not have the expected shape")
                .withErrors(List.of(new FieldError(field, "unexpected JSON type"))), request);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e, ContainerRequestContext request) {
        return malformed(e, request);
    }

    @ServerExceptionMapper(priority = 2)
    public Response otherJson(JsonProcessingException e, ContainerRequestContext request) {
        return malformed(e, request);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, ContainerRequestContext request) {
        return stale(request);
    }

    @ServerExceptionMapper
    public Response staleVersion(StaleStateException e, ContainerRequestContext request) {
        return stale(request);
    }

    /** A unique constraint the database enforced under a race the use case's own check could not see. */
    @ServerExceptionMapper
    public Response duplicate(org.hibernate.exception.ConstraintViolationException e, ContainerRequestContext request) {
        return UNIQUE_VIOLATION.equals(e.getSQLState()) ? duplicate(e.getConstraintName(), request) : unexpected(e, request);
    }

    /** The same race on a write path that runs on the reactive SQL client without Hibernate. */
    @ServerExceptionMapper
    public Response duplicate(io.vertx.pgclient.PgException e, ContainerRequestContext request) {
        return UNIQUE_VIOLATION.equals(e.getSqlState()) ? duplicate(e.getConstraint(), request) : unexpected(e, request);
    }

    private Response duplicate(String constraint, ContainerRequestContext request) {
        return problems.of(Problem.of(409, "conflict", "Conflict with the current state",
                "This would duplicate something that exists already" + (constraint == null ? "" : " (" + constraint + ")")),
                request);
    }

    /** JAX-RS answers a query or path value it cannot convert with a 404; it is the client's mistake, a 400. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        Response unconvertible = unconvertibleParameter(e, request);
        if (unconvertible != null) {
            return unconvertible;
        }
        if (e.getCause() != null) {
            return problems.of(Problem.of(400, "validation", "The request is not valid",
                    "A path or query value does not have the expected type"), request);
        }
        return problems.of(Problem.of(404, "not-found", "Not found", "No resource at this address"), request);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, ContainerRequestContext request) {
        Response problem = web(e, request);
        return Response.fromResponse(problem).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        Response unconvertible = unconvertibleParameter(e, request);
        if (unconvertible != null) {
            return unconvertible;
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // the JSON reader wraps what Jackson could not parse
            return json instanceof JsonMappingException mapping && !pathOf(mapping).isEmpty()
                    ? mismatchedInput(mapping, request)
                    : malformed(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String slug = type.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
        return problems.of(Problem.of(status, slug, type.getReasonPhrase(), detailOf(e, type)), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        LOG.errorf(e, "Unexpected failure of %s %s", request.getMethod(), request.getUriInfo().getPath());
        return problems.of(Problem.of(500, "internal", "Internal error",
                "The request failed on our side; quote the correlation id to support"), request);
    }

    /** The problem {@link org.essor.web.params.NamedParameters} raised for a value it could not convert, if any. */
    private Response unconvertibleParameter(WebApplicationException e, ContainerRequestContext request) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, request);
        }
        if (e.getCause() instanceof InvalidValueException invalid) {
            return invalidValue(invalid, request);
        }
        return null;
    }

    private Response stale(ContainerRequestContext request) {
        return problems.of(Problem.of(412, "precondition-failed", "The resource has changed",
                "Another change was saved first; read the resource again and retry with its new ETag"), request);
    }

    private Response malformed(JsonProcessingException e, ContainerRequestContext request) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return problems.of(Problem.of(400, "malformed", "The request body is not valid JSON",
                "The body could not be read as JSON" + where), request);
    }

    private static String detailOf(WebApplicationException e, Response.StatusType type) {
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? type.getReasonPhrase() : message;
    }

    /** {@code create.request.address.postcode} → {@code address.postcode}: the JSON path, without method and parameter. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean beanPart = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> { }
                case PARAMETER -> beanPart = true;
                default -> {
                    if (node.getName() == null) {
                        continue;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        if (field.isEmpty() && beanPart) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
        }
        return field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
