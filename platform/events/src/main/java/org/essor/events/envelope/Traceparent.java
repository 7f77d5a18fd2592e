package org.essor.events.envelope;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * W3C trace context for events: the current span's when tracing runs, else the one the web layer recorded for
 * the request being handled (MDC {@value #MDC_KEY}), else a new trace.
 */
public final class Traceparent {

    static final String MDC_KEY = "traceparent";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparent() {
    }

    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        Object recorded = MDC.get(MDC_KEY);
        if (recorded instanceof String traceparent && !traceparent.isBlank()) {
            return traceparent;
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
