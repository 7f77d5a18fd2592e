package org.essor.web.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.ext.web.RoutingContext;

/** Gives every request its correlation id, in the logs and in the response. */
public class CorrelationFilter {

    static final String PROPERTY = "essor.correlationId";

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request, RoutingContext http) {
        String incoming = request.getHeaderString("traceparent");
        String id = Correlation.of(http);
        request.setProperty(PROPERTY, id);
        MDC.put(Correlation.MDC_KEY, id);
        MDC.put(Correlation.TRACEPARENT_MDC_KEY, Correlation.traceparentFor(id, incoming));
    }

    @ServerResponseFilter
    public void expose(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HEADER, id);
        }
    }

    /** The correlation id of the request being handled. */
    public static String of(ContainerRequestContext request) {
        Object id = request == null ? null : request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }
}
