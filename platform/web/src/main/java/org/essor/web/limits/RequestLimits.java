package org.essor.web.limits;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;
import org.essor.web.problem.ProblemResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, with a problem, a request target or body larger than its path allows (413, 414), before any resource
 * runs. A declared {@code Content-Length} is refused before a byte of the body is read; an HTTP/1 chunked body is
 * counted as it arrives and refused, and the connection closed, as soon as it passes the limit.
 * <p>
 * An HTTP/2 body without a declared length is left to the REST layer, bounded by
 * {@code quarkus.http.limits.max-body-size}: Quarkus REST fails with a 500 on any HTTP/2 request whose body was read
 * before it (it pauses the ended request: quarkusio/quarkus#34393).
 */
@Singleton
public class RequestLimits {

    /** Before Quarkus' own body-size check (order -2), which answers without a problem. */
    static final int ROUTE_ORDER = -3;
    private static final String STREAMED_BODY = "essor.streamedBody";

    /** Looked up at the first request: the router is set up at static init, before runtime configuration exists. */
    @Inject
    Instance<RequestLimitsConfig> limits;

    private volatile RequestLimitsConfig config;

    @Inject
    ProblemResponses problems;

    void install(@Observes Router router) {
        router.route().order(ROUTE_ORDER).handler(this::check);
    }

    /** A body read here (a streamed one) is given to the resource as its entity. */
    @ServerRequestFilter(preMatching = true)
    public void handOverStreamedBody(ContainerRequestContext request, RoutingContext http) {
        Buffer body = http.get(STREAMED_BODY);
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }

    void check(RoutingContext http) {
        RequestLimitsConfig config = config();
        HttpServerRequest request = http.request();
        long maxTarget = config.target().asLongValue();
        if (request.uri().length() > maxTarget) {
            refuse(http, Problem.of(414, "uri-too-long", "The request target is too long",
                    "The path and query string may not exceed " + maxTarget + " characters"));
            return;
        }
        long limit = bodyLimit(config, http.normalizedPath());
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            checkDeclared(http, declared.trim(), limit);
        } else if (streamsBody(request)) {
            readCounting(http, limit);
        } else {
            http.next();
        }
    }

    private RequestLimitsConfig config() {
        RequestLimitsConfig known = config;
        if (known == null) {
            known = limits.get();
            config = known;
        }
        return known;
    }

    static long bodyLimit(RequestLimitsConfig config, String path) {
        List<String> bulk = config.bulkPaths().orElse(List.of());
        boolean isBulk = path != null && bulk.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
        return (isBulk ? config.bulkBody() : config.body()).asLongValue();
    }

    private void checkDeclared(RoutingContext http, String declared, long limit) {
        long length;
        try {
            length = Long.parseLong(declared);
        } catch (NumberFormatException e) {
            refuse(http, Problem.of(400, "malformed", "Invalid Content-Length", "Content-Length is not a number"));
            return;
        }
        if (length > limit) {
            refuse(http, tooLarge(limit));
        } else {
            http.next();
        }
    }

    private void readCounting(RoutingContext http, long limit) {
        HttpServerRequest request = http.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(http, tooLarge(limit));
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(failure -> refused[0] = true);
        request.endHandler(end -> {
            if (!refused[0]) {
                http.put(STREAMED_BODY, body);
                http.next();
            }
        });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT)) && request.version() == HttpVersion.HTTP_1_1) {
            http.response().writeContinue();
        }
        request.resume();
    }

    /** Answers and, in HTTP/1, closes the connection so that the rest of the body is never read. */
    private void refuse(RoutingContext http, Problem problem) {
        HttpServerRequest request = http.request();
        if (request.version() != HttpVersion.HTTP_2) {
            http.response().putHeader(HttpHeaders.CONNECTION, "close");
            http.response().endHandler(ended -> request.connection().close());
        }
        problems.send(problem, http);
    }

    private static Problem tooLarge(long limit) {
        return ProblemException.payloadTooLarge("The body may not exceed " + limit + " bytes here").problem();
    }

    /** An HTTP/1 chunked body (see the class comment for HTTP/2). */
    private static boolean streamsBody(HttpServerRequest request) {
        return request.version() != HttpVersion.HTTP_2 && request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }
}
