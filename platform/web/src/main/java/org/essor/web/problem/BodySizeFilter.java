package org.essor.web.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/** Refuses a request body larger than {@code essor.web.max-body-size} with a 413 problem, before reading it. */
public class BodySizeFilter {

    @ConfigProperty(name = "essor.web.max-body-size", defaultValue = "4M")
    MemorySize maxBodySize;

    @Inject
    ProblemResponses problems;

    @ServerRequestFilter(preMatching = true)
    public jakarta.ws.rs.core.Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        try {
            if (Long.parseLong(length.trim()) <= maxBodySize.asLongValue()) {
                return null;
            }
        } catch (NumberFormatException e) {
            return problems.of(Problem.of(400, "malformed", "Invalid Content-Length", "Content-Length is not a number"), request);
        }
        return problems.of(ProblemException.payloadTooLarge("The body may not exceed " + maxBodySize.asLongValue()
                + " bytes").problem(), request);
    }
}
