package org.essor.events.outbox;

import java.time.Instant;
import java.util.Objects;

import org.essor.events.envelope.EventType;

/**
 * An event a use case publishes: what happened ({@code type}) to which aggregate ({@code subject}, its id),
 * at which version of that aggregate ({@code sequence}, increasing), with its JSON-serialisable payload.
 */
public record OutgoingEvent(EventType type, String subject, long sequence, Instant time, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (sequence < 0) {
            throw new IllegalArgumentException("An aggregate version is not negative: " + sequence);
        }
    }

    public static OutgoingEvent of(EventType type, Object subject, long sequence, Object data) {
        return new OutgoingEvent(type, subject.toString(), sequence, Instant.now(), data);
    }
}
