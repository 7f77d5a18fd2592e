package org.essor.events.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.envelope.Traceparent;
import org.essor.persistence.Transactions;
import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Appends events to the transactional outbox. An append joins the caller's open Hibernate Reactive transaction,
 * so the state change and its events commit, or roll back, together; {@link OutboxRelay} publishes them later, woken
 * once the transaction has committed ({@link OutboxWakeUp}). In a transaction not opened through
 * {@code Transactions}, the append notifies the relays from inside it, at the cost of serialised commits.
 */
@ApplicationScoped
public class Outbox {

    // One column list for the Hibernate (named parameters) and the SQL client ($n) inserts.
    private static final String COLUMNS = "event_id, topic, event_type, aggregate_id, aggregate_version, occurred_at, "
            + "traceparent, payload";
    private static final String INSERT = "INSERT INTO outbox (" + COLUMNS + ")"
            + " VALUES (:eventId, :topic, :eventType, :aggregateId, :aggregateVersion, :occurredAt, :traceparent, :payload)";
    private static final String INSERT_POSITIONAL = "INSERT INTO outbox (" + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

    private static final String NOTIFY_AT_COMMIT = "NOTIFY " + OutboxRelay.CHANNEL;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxWakeUp wakeUp;

    /** Appends the events in order; must run inside a transaction (e.g. within {@code Panache.withTransaction}). */
    public Uni<Void> append(List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String traceparent = Traceparent.current();
        return Panache.getSession().flatMap(session -> {
            if (session.currentTransaction() == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Outbox.append must run inside the caller's transaction, so that the state change and its events commit together"));
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (OutgoingEvent event : events) {
                chain = chain.flatMap(ignored -> insert(session, event, traceparent));
            }
            if (!Transactions.afterCommit(wakeUp.afterCommit())) {
                chain = chain.flatMap(ignored -> session.createNativeQuery(NOTIFY_AT_COMMIT).executeUpdate()).replaceWithVoid();
            }
            return chain;
        });
    }

    /**
     * Appends the events in order through {@code connection}, which must be in the caller's transaction (the direct
     * write path, without Hibernate); the rows go in one batch.
     */
    public Uni<Void> append(SqlConnection connection, List<OutgoingEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String traceparent = Traceparent.current();
        List<Tuple> rows = new ArrayList<>(events.size());
        for (OutgoingEvent event : events) {
            rows.add(Tuple.from(new Object[] {UUID.randomUUID(), event.type().topic(), event.type().ceType(), event.subject(),
                    event.sequence(), OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC), traceparent, serialise(event)}));
        }
        Uni<?> appended = connection.preparedQuery(INSERT_POSITIONAL).executeBatch(rows);
        if (!Transactions.afterCommit(wakeUp.afterCommit())) {
            appended = appended.chain(() -> connection.query(NOTIFY_AT_COMMIT).execute());
        }
        return appended.replaceWithVoid();
    }

    public Uni<Void> append(OutgoingEvent... events) {
        return append(List.of(events));
    }

    private Uni<Void> insert(Mutiny.Session session, OutgoingEvent event, String traceparent) {
        return session.createNativeQuery(INSERT)
                .setParameter("eventId", UUID.randomUUID())
                .setParameter("topic", event.type().topic())
                .setParameter("eventType", event.type().ceType())
                .setParameter("aggregateId", event.subject())
                .setParameter("aggregateVersion", event.sequence())
                .setParameter("occurredAt", OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .setParameter("traceparent", traceparent)
                .setParameter("payload", serialise(event))
                .executeUpdate()
                .replaceWithVoid();
    }

    private String serialise(OutgoingEvent event) {
        try {
            return json.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The payload of " + event.type().ceType() + " is not serialisable: " + e.getMessage(), e);
        }
    }
}
