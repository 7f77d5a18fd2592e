package org.essor.persistence;

import java.util.function.Function;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Database work that a cancelled caller (an HTTP client that hangs up) cannot cut short: a cancelled
 * {@code Panache.withTransaction} closes its session while its rollback and in-flight statements still use it,
 * leaking the connection or the transaction (quarkus#51576, hibernate-reactive#2926); here the work has a
 * subscription of its own, so it commits or rolls back and closes normally, and a cancellation only drops the answer.
 * <p>
 * Open a request's outermost session or transaction with it: nested ones join the session found in the Vert.x
 * context and are only as safe as it is. {@code @WithTransaction} and {@code @WithSession} run the same Panache code
 * and are no shield either.
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

    /**
     * {@code work} in a transaction of the reactive SQL client, outside Hibernate: committed when its result comes,
     * rolled back when it fails, either way even if the caller cancels. For write paths that need no persistence
     * context (see {@code UnitOfWork.createDirect}).
     */
    public static <T> Uni<T> inSqlTransaction(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return shielded(() -> pool.withTransaction(work));
    }

    private static <T> Uni<T> shielded(Supplier<Uni<T>> work) {
        // Subscribed on the caller's thread, so in its Vert.x context where Panache keeps the session.
        return Uni.createFrom().emitter(emitter -> work.get().subscribe().with(emitter::complete, emitter::fail));
    }
}
