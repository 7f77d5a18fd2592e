package org.essor.events.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.events.inbox.EventConsumer;
import org.essor.events.inbox.IncomingEvent;
import org.essor.events.inbox.Inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** A consumer of the ledger's events through the inbox; a poisoned entry makes its effect fail. */
@ApplicationScoped
public class LedgerProjection implements EventConsumer {

    public static final String CONSUMER = "ledger.projection";

    /** Tests "fix the cause" of poisoned entries by accepting them from then on. */
    public static volatile boolean acceptPoison;

    @Inject
    Inbox inbox;

    @Incoming("ledger-entries")
    public Uni<Void> onEntries(KafkaRecordBatch<String, byte[]> records) {
        return inbox.process(this, records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> clear() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("DELETE FROM ledger_projection")
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Integer> apply(IncomingEvent event) {
        EntryRecorded entry = event.data(EntryRecorded.class);
        if (entry.poison() && !acceptPoison) {
            return Uni.createFrom().failure(new IllegalArgumentException("poisoned entry " + entry.sequence()));
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "INSERT INTO ledger_projection (event_id, account, sequence) VALUES (:id, :account, :sequence)")
                .setParameter("id", event.id())
                .setParameter("account", entry.account())
                .setParameter("sequence", entry.sequence())
                .executeUpdate());
    }
}
