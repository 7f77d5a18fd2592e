package org.essor.events.outbox;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.vertx.mutiny.sqlclient.Pool;

/**
 * Wakes the relays (this service's replicas all listen on the outbox's channel) once a transaction that appended to
 * the outbox has committed.
 * <p>
 * Why not a {@code NOTIFY} inside the appending transaction: PostgreSQL serialises the commits of notifying
 * transactions on one lock, held through each one's WAL flush, so every registration waited for the others' commits
 * (without it, about 20 % more registrations per second in five paired runs). Here the notification goes in a
 * transaction of its own that does not wait for its flush (a notification lost in a crash only leaves the relay to
 * its poll), and one at a time: commits that come while one is on its way share the next.
 */
@ApplicationScoped
public class OutboxWakeUp {

    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    /** One statement: the notification, and a commit that does not wait for the flush. */
    static final String NOTIFY = "SELECT set_config('synchronous_commit', 'off', true), pg_notify('"
            + OutboxRelay.CHANNEL + "', '')";

    /** 0: none on its way; 1: one on its way; 2: one on its way and a commit since, which needs another. */
    private final AtomicInteger pending = new AtomicInteger();

    private final Runnable afterCommit = this::committed;

    @Inject
    Pool database;

    /** What to run after the commit of a transaction that appended (the same action each time, so it runs once). */
    Runnable afterCommit() {
        return afterCommit;
    }

    /** A transaction that appended to the outbox has committed. */
    public void committed() {
        if (pending.getAndUpdate(state -> Math.min(state + 1, 2)) == 0) {
            send();
        }
    }

    private void send() {
        database.query(NOTIFY).execute().subscribe().with(rows -> sent(), failure -> {
            // the relays poll meanwhile; the database's trouble shows in health and in the relay's own log
            LOG.debugf("Waking the outbox relays failed: %s", failure.toString());
            sent();
        });
    }

    private void sent() {
        if (pending.getAndDecrement() == 2) {
            send();
        }
    }
}
