package org.essor.web.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.essor.web.correlation.CorrelationFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a {@link Problem} as an {@code application/problem+json} response. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    ObjectMapper json;

    public Response of(Problem problem, ContainerRequestContext request) {
        Problem located = request == null ? problem
                : problem.at(request.getUriInfo().getRequestUri().getRawPath(), CorrelationFilter.of(request));
        try {
            return Response.status(problem.status())
                    .type(Problem.MEDIA_TYPE)
                    .entity(json.writeValueAsString(located))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written", e);
        }
    }
}
