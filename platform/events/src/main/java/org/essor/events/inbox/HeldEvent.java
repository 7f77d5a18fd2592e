package org.essor.events.inbox;

import java.time.Instant;

/**
 * An event an inbox consumer did not apply: a dead letter (its effect failed for good), or a later event of the same
 * aggregate held behind one. Replayed in order by an operator, or discarded.
 */
public record HeldEvent(long id, String consumer, String key, String eventId, String topic, int partition, long offset,
                        Reason reason, String error, Instant heldAt) {

    /** Why the event waits. */
    public enum Reason { DEAD_LETTER, HELD_BEHIND }
}
