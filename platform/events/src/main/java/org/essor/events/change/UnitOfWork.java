package org.essor.events.change;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.outbox.Outbox;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StaleVersionException;
import org.essor.kernel.Versioned;
import org.essor.persistence.Transactions;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.runtime.SessionOperations;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The one way a use case changes an aggregate: in one transaction, load it (or refuse: not found), check the version
 * the caller read (or refuse: stale), let the domain decide (a transition that returns its change), flush, write the
 * history row and the audit entry, append the events to the outbox. The state, its history, its audit and its events
 * commit together or not at all.
 */
@ApplicationScoped
public class UnitOfWork {

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ServiceTime time;

    @Inject
    Pool database;

    /** A domain transition: changes the aggregate and says what changed (null: nothing did, nothing is recorded). */
    @FunctionalInterface
    public interface Transition<A, C> {
        C apply(A aggregate, Instant now);
    }

    /** A transition that first reads something else in the same transaction (a uniqueness check, a projection). */
    @FunctionalInterface
    public interface CheckedTransition<A, C> {
        Uni<C> apply(A aggregate, Instant now);
    }

    /** Changes an existing aggregate at the version the caller read. */
    public <A extends Versioned, C> Uni<A> change(Supplier<Uni<A>> load, String notFound, long expectedVersion,
                                                   Transition<A, C> transition, ChangeRecorder<A, C> recorder, Actor actor) {
        return changeChecked(load, notFound, expectedVersion,
                (aggregate, now) -> Uni.createFrom().item(() -> transition.apply(aggregate, now)), recorder, actor);
    }

    /** Changes an existing aggregate at the version the caller read, with a transition that reads first. */
    public <A extends Versioned, C> Uni<A> changeChecked(Supplier<Uni<A>> load, String notFound, long expectedVersion,
                                                          CheckedTransition<A, C> transition, ChangeRecorder<A, C> recorder,
                                                          Actor actor) {
        return inTransaction(() -> load.get()
                .onItem().ifNull().failWith(() -> new NotFoundException(notFound))
                .flatMap(aggregate -> {
                    StaleVersionException.check(expectedVersion, aggregate.version());
                    Instant now = time.now();
                    return transition.apply(aggregate, now)
                            .flatMap(change -> record(aggregate, change, recorder, actor, now))
                            .replaceWith(aggregate);
                }));
    }

    /** Stores a new aggregate and records its first change. */
    public <A, C> Uni<A> create(Supplier<Uni<A>> persist, C change, ChangeRecorder<A, C> recorder, Actor actor, Instant at) {
        return inTransaction(() -> persist.get()
                .flatMap(aggregate -> record(aggregate, change, recorder, actor, at).replaceWith(aggregate)));
    }

    /**
     * Stores a new aggregate and records its first change through the reactive SQL client, without Hibernate: for
     * creations frequent enough that a persistence context (the entity's snapshot, cascades, a flush, native queries
     * parsed on each call) costs more than the statements themselves. After the store's check, the aggregate's rows,
     * its history row, its audit entry and its outbox rows are sent together, pipelined on the transaction's
     * connection, and commit together (a unique violation under a race reaches the web layer as a 409, like one
     * Hibernate meets). Inside a caller's open Hibernate transaction, {@code persist} stores the
     * aggregate through it instead (with its own checks), as {@link #create} does.
     */
    public <A, C> Uni<A> createDirect(A aggregate, DirectStore<A> store, Supplier<Uni<A>> persist, C change,
                                      DirectChangeRecorder<A, C> recorder, Actor actor, Instant at) {
        if (hibernateTransactionOpen()) {
            // A caller's transaction (an Idempotency-Key's claim) must commit together with the creation: join it.
            return create(persist, change, recorder, actor, at);
        }
        return Transactions.inSqlTransaction(database, connection -> store.check(connection, aggregate)
                        .flatMap(checked -> Uni.combine().all()
                                .unis(store.insert(connection, aggregate),
                                        recorder.history(connection, aggregate, change, actor, at),
                                        audit.record(connection, recorder.audited(aggregate, change), actor, at),
                                        outbox.append(connection, recorder.events(aggregate, change, at)))
                                .discardItems())
                        .replaceWith(aggregate));
    }

    private static boolean hibernateTransactionOpen() {
        Mutiny.Session session = SessionOperations.getCurrentSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME);
        return session != null && session.currentTransaction() != null;
    }

    /**
     * Records a change of an aggregate loaded in the caller's open transaction (for use cases that change several
     * aggregates together, such as a committee's decisions): flush, history, audit, events.
     */
    public <A, C> Uni<Void> record(A aggregate, C change, ChangeRecorder<A, C> recorder, Actor actor, Instant at) {
        if (change == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.flush()
                .flatMap(flushed -> recorder.history(aggregate, change, actor, at))
                .flatMap(written -> audit.record(recorder.audited(aggregate, change), actor, at))
                .flatMap(written -> outbox.append(recorder.events(aggregate, change, at)));
    }

    /** The transaction every change runs in; a caller that goes away (a client that hangs up) cannot cut it short. */
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Transactions.inTransaction(work);
    }

    /** A session for reads, shielded in the same way. */
    public <T> Uni<T> inSession(Supplier<Uni<T>> work) {
        return Transactions.inSession(work);
    }

    public ServiceTime time() {
        return time;
    }
}
