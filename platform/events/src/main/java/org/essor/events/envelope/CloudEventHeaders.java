package org.essor.events.envelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents 1.0 envelope in the Kafka protocol binding, binary mode: the one place that writes and reads
 * Essor's {@code ce_*} headers, {@code traceparent} and {@code content-type}.
 */
public final class CloudEventHeaders {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String SEQUENCE = "ce_sequence";
    public static final String TRACEPARENT = "traceparent";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    /** The headers of an event about to be published. */
    public static Headers write(UUID id, EventType type, String subject, long sequence, Instant time, String traceparent) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPECVERSION, "1.0");
        add(headers, ID, id.toString());
        add(headers, SOURCE, type.source());
        add(headers, TYPE, type.ceType());
        add(headers, SUBJECT, subject);
        add(headers, TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(time, ZoneOffset.UTC)));
        add(headers, SEQUENCE, sequence(sequence));
        add(headers, TRACEPARENT, traceparent);
        add(headers, CONTENT_TYPE, "application/json");
        return headers;
    }

    /**
     * The {@code ce_sequence} of an aggregate version: zero-padded to 19 digits, so that sequences order as strings,
     * as the CloudEvents sequence extension requires.
     */
    public static String sequence(long version) {
        return String.format("%019d", version);
    }

    /** Reads the envelope of a received record; fails on a record that is not an Essor CloudEvent. */
    public static Envelope read(Headers headers) {
        String specversion = text(headers, SPECVERSION);
        if (!"1.0".equals(specversion)) {
            throw new MalformedEventException("Not a CloudEvents 1.0 record (ce_specversion=" + specversion + ")");
        }
        String id = require(headers, ID);
        String type = require(headers, TYPE);
        String sequence = text(headers, SEQUENCE);
        String time = text(headers, TIME);
        try {
            return new Envelope(id, require(headers, SOURCE), EventType.parse(type), text(headers, SUBJECT),
                    time == null ? null : OffsetDateTime.parse(time).toInstant(),
                    sequence == null ? null : Long.valueOf(sequence), text(headers, TRACEPARENT));
        } catch (RuntimeException e) {
            throw new MalformedEventException("Malformed CloudEvent " + id + ": " + e.getMessage());
        }
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String require(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvent header " + name + " is missing");
        }
        return value;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The envelope attributes of a received event. */
    public record Envelope(String id, String source, EventType type, String subject, Instant time, Long sequence,
                           String traceparent) {
    }
}
