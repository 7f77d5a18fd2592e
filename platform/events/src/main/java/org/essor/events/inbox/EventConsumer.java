package org.essor.events.inbox;

import io.smallrye.mutiny.Uni;

/**
 * A consumer of events through the {@link Inbox}: its name is its consumer group ({@code <service>.<purpose>}), its
 * effect runs inside the inbox's transaction, and {@link #clear()} empties what it built, for a rebuild from offset
 * zero.
 */
public interface EventConsumer {

    /** The consumer group, {@code <service>.<purpose>}; the channel's {@code group.id} must be the same. */
    String name();

    /** Applies one event; runs inside the inbox transaction and must not open another one. */
    Uni<?> apply(IncomingEvent event);

    /** Empties the consumer's projection, inside the rebuild's transaction. */
    Uni<Void> clear();
}
