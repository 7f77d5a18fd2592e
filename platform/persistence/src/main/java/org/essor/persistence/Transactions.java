package org.essor.persistence;

import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Database work that runs to its end whatever the caller does: a cancelled {@code Panache.withTransaction} (an HTTP
 * client that disconnects) closes its session while its rollback is in flight and leaks the connection or the
 * transaction (quarkus#51576, hibernate-reactive#2926), so the work here is subscribed on its own and a cancellation
 * only drops its answer. Use it for the outermost session or transaction of a request; nested calls join it.
 */
public final class Transactions {

    private Transactions() {
    }

    /** {@code work} in a transaction (the current one if open), committed or rolled back even if the caller cancels. */
    public static <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return shielded(() -> Panache.withTransaction(work));
    }

    /** {@code work} in a session (the current one if open), closed normally even if the caller cancels. */
    public static <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return shielded(() -> Panache.withSession(work));
    }

    private static <T> Uni<T> shielded(Supplier<Uni<T>> work) {
        // Subscribed on the caller's thread, so in its Vert.x context where Panache keeps the session.
        return Uni.createFrom().emitter(emitter -> work.get().subscribe().with(emitter::complete, emitter::fail));
    }
}
