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

    /**
     * Reads the envelope of a received record; fails on a record that is not an Essor CloudEvent. The headers are read
     * in one pass (the last of a repeated header wins, as with {@link Headers#lastHeader(String)}): a consumer reads
     * them for every record, and a replay for hundreds of thousands.
     */
    public static Envelope read(Headers headers) {
        String specversion = null;
        String id = null;
        String source = null;
        String type = null;
        String subject = null;
        String time = null;
        String sequence = null;
        String traceparent = null;
        for (Header header : headers) {
            switch (header.key()) {
                case SPECVERSION -> specversion = value(header);
                case ID -> id = value(header);
                case SOURCE -> source = value(header);
                case TYPE -> type = value(header);
                case SUBJECT -> subject = value(header);
                case TIME -> time = value(header);
                case SEQUENCE -> sequence = value(header);
                case TRACEPARENT -> traceparent = value(header);
                default -> { }
            }
        }
        if (!"1.0".equals(specversion)) {
            throw new MalformedEventException("Not a CloudEvents 1.0 record (ce_specversion=" + specversion + ")");
        }
        required(ID, id);
        required(TYPE, type);
        required(SOURCE, source);
        try {
            return new Envelope(id, source, EventType.parse(type), subject, time == null ? null : EventTimes.parse(time),
                    sequence == null ? null : Long.valueOf(sequence), traceparent);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Malformed CloudEvent " + id + ": " + e.getMessage());
        }
    }

    private static String value(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvent header " + name + " is missing");
        }
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The envelope attributes of a received event. */
    public record Envelope(String id, String source, EventType type, String subject, Instant time, Long sequence,
                           String traceparent) {
    }
}
