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
 * <p>
 * Work inside can ask for an action once the outermost transaction has committed ({@link #afterCommit}).
 */
public final class Transactions {

    private Transactions() {
    }

    /** {@code work} in a transaction (the current one if open), committed or rolled back even if the caller cancels. */
    public static <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return shielded(() -> Panache.withTransaction(work), true);
    }

    /** {@code work} in a session (the current one if open), closed normally even if the caller cancels. */
    public static <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return shielded(() -> Panache.withSession(work), false);
    }

    /**
     * {@code work} in a transaction of the reactive SQL client, outside Hibernate: committed when its result comes,
     * rolled back when it fails, either way even if the caller cancels. For write paths that need no persistence
     * context (see {@code UnitOfWork.createDirect}).
     */
    public static <T> Uni<T> inSqlTransaction(Pool pool, Function<SqlConnection, Uni<T>> work) {
        return shielded(() -> pool.withTransaction(work), true);
    }

    /**
     * Runs {@code action} once the outermost transaction opened here ({@link #inTransaction}, {@link #inSqlTransaction})
     * has committed, on its completion; never when it rolls back. The same action asked for twice runs once. Returns
     * false, and keeps nothing, when no such transaction is open in this Vert.x context: the caller then does without.
     */
    public static boolean afterCommit(Runnable action) {
        return CommitActions.register(action);
    }

    private static <T> Uni<T> shielded(Supplier<Uni<T>> work, boolean transaction) {
        // Subscribed on the caller's thread, so in its Vert.x context where Panache keeps the session.
        return Uni.createFrom().emitter(emitter -> {
            CommitActions scope = transaction ? CommitActions.enter() : null;
            Uni<T> started;
            try {
                started = work.get();
            } catch (RuntimeException e) {
                CommitActions.leave(scope, false);
                emitter.fail(e);
                return;
            }
            started.subscribe().with(item -> {
                CommitActions.leave(scope, true);
                emitter.complete(item);
            }, failure -> {
                CommitActions.leave(scope, false);
                emitter.fail(failure);
            });
        });
    }
}
