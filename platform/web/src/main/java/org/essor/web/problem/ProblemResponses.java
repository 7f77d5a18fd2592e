package org.essor.web.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.essor.web.correlation.Correlation;
import org.essor.web.correlation.CorrelationFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Writes a {@link Problem} as an {@code application/problem+json} response. */
@ApplicationScoped
public class ProblemResponses {

    /** A longer path (a refused 414) is not echoed back. */
    private static final int MAX_INSTANCE_LENGTH = 2048;

    @Inject
    ObjectMapper json;

    public Response of(Problem problem, ContainerRequestContext request) {
        Problem located = request == null ? problem
                : problem.at(request.getUriInfo().getRequestUri().getRawPath(), CorrelationFilter.of(request));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(write(located)).build();
    }

    /** Answers at the HTTP layer, for a request refused before any resource is chosen. */
    public void send(Problem problem, RoutingContext http) {
        String correlation = Correlation.of(http);
        String path = http.request().path();
        http.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(Correlation.HEADER, correlation)
                .end(write(problem.at(path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null, correlation)));
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
    }
}
