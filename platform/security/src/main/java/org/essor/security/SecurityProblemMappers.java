package org.essor.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** 401 and 403 as problems: no valid token, or a valid token without the right role. */
public class SecurityProblemMappers {

    @Inject
    ProblemResponses problems;

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, ContainerRequestContext request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return problems.of(Problem.of(403, "forbidden", "Forbidden", "Your roles do not allow this request"), request);
    }

    private Response unauthenticated(ContainerRequestContext request) {
        Response problem = problems.of(Problem.of(401, "unauthorized", "Authentication required",
                "Send a valid bearer token from the essor realm"), request);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"essor\"").build();
    }
}
