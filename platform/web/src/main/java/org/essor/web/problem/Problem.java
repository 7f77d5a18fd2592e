package org.essor.web.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, as every Essor error is answered ({@code application/problem+json}).
 * {@code errors} lists the fields a validation problem is about; {@code correlationId} lets support find the logs;
 * {@code extensions} are the extension members where figures help (e.g. {@code remaining}, {@code requested}),
 * written beside the standard members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      String correlationId, @JsonIgnore Map<String, Object> extensions) {

    public Problem {
        extensions = extensions == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                   String correlationId) {
        this(type, title, status, detail, instance, errors, correlationId, Map.of());
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://essor.example/problems/";

    /** A problem of the given kind; {@code slug} names its type URI (e.g. {@code not-found}). */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of(), null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), correlationId, extensions);
    }

    /** The same problem with extension members (figures that help the client, e.g. {@code remaining}). */
    public Problem withExtensions(Map<String, Object> members) {
        return new Problem(type, title, status, detail, instance, errors, correlationId, members);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    public Problem at(String requestPath, String correlation) {
        return new Problem(type, title, status, detail, requestPath, errors, correlation, extensions);
    }

    /** One invalid field of a request: its JSON path ({@code address.postcode}, {@code items[2].amount}) and why. */
    public record FieldError(String field, String message) {
    }
}
