package org.essor.events.envelope;

import java.security.SecureRandom;
import java.util.HexFormat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** W3C trace context for events: the current span's, or a new trace when there is none. */
public final class Traceparent {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Traceparent() {
    }

    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
        }
        return "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
