package org.essor.events.inbox;

import java.util.List;

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

    /**
     * Applies the events of a batch (each one for the first time), with the effect of applying them one by one in this
     * order; runs inside the inbox transaction. A consumer whose effects combine (a projection of the latest state)
     * overrides it to write them in fewer statements.
     */
    default Uni<?> applyAll(List<IncomingEvent> events) {
        Uni<?> applied = Uni.createFrom().voidItem();
        for (IncomingEvent event : events) {
            applied = applied.chain(() -> apply(event));
        }
        return applied;
    }

    /** Empties the consumer's projection, inside the rebuild's transaction. */
    Uni<Void> clear();
}
