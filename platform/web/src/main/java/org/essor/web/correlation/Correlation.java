package org.essor.web.correlation;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.RoutingContext;

/**
 * The correlation id of a request: the W3C trace id of its {@code traceparent} (the current span's when tracing
 * runs), else a new one. It is logged (MDC {@code correlationId}), returned in {@code X-Correlation-Id} and in
 * every problem.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";
    /** The W3C trace context of the request, for what it causes (events carry it); read by platform/events. */
    public static final String TRACEPARENT_MDC_KEY = "traceparent";
    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}");

    private Correlation() {
    }

    /** The id of a request, assigned by the first layer that asks for it (the HTTP layer, or the REST filters). */
    public static String of(RoutingContext http) {
        String id = http.get(MDC_KEY);
        if (id == null) {
            id = forRequest(http.request().getHeader("traceparent"));
            http.put(MDC_KEY, id);
        }
        return id;
    }

    /** The id for a request carrying the given {@code traceparent} header (may be null). */
    public static String forRequest(String traceparent) {
        var span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        if (traceparent != null) {
            var matcher = TRACEPARENT.matcher(traceparent.trim());
            if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
                return matcher.group(1);
            }
        }
        return newTraceId();
    }

    /**
     * A new W3C trace id: 128 random bits, never all zeros. Not a secret, so it comes from the thread's own generator
     * rather than {@code SecureRandom}, which every request would otherwise queue on.
     */
    static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high;
        long low;
        do {
            high = random.nextLong();
            low = random.nextLong();
        } while (high == 0 && low == 0);
        return hex16(high) + hex16(low);
    }

    private static String hex16(long bits) {
        String hex = Long.toHexString(bits);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /** The trace context to hand on: the current span's, else the request's own header, else one for this id. */
    public static String traceparentFor(String correlationId, String incoming) {
        var span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        if (incoming != null && TRACEPARENT.matcher(incoming.trim()).matches()) {
            return incoming.trim();
        }
        return "00-" + correlationId + "-" + correlationId.substring(0, 16) + "-01";
    }
}
