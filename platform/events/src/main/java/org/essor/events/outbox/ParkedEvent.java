package org.essor.events.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row the relay stopped trying to send: it waits, with its aggregate's later events, for an operator. */
public record ParkedEvent(UUID eventId, String topic, String eventType, String aggregateId, long aggregateVersion,
                          int attempts, String lastError, Instant parkedAt) {
}
