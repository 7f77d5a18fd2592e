package org.essor.web.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, as every Essor error is answered ({@code application/problem+json}).
 * {@code errors} lists the fields a validation problem is about; {@code correlationId} lets support find the logs.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://essor.example/problems/";

    /** A problem of the given kind; {@code slug} names its type URI (e.g. {@code not-found}). */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of(), null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), correlationId);
    }

    public Problem at(String requestPath, String correlation) {
        return new Problem(type, title, status, detail, requestPath, errors, correlation);
    }

    /** One invalid field of a request: its JSON path ({@code address.postcode}, {@code items[2].amount}) and why. */
    public record FieldError(String field, String message) {
    }
}
