package org.essor.events.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.events.inbox.IncomingEvent;
import org.essor.events.inbox.Inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** A consumer of the ledger's events through the inbox; a poisoned entry makes its effect fail. */
@ApplicationScoped
public class LedgerProjection {

    public static final String CONSUMER = "ledger.projection";

    @Inject
    Inbox inbox;

    @Incoming("ledger-entries")
    public Uni<Void> onEntry(ConsumerRecord<String, byte[]> record) {
        return inbox.process(CONSUMER, record, this::project);
    }

    private Uni<Integer> project(IncomingEvent event) {
        EntryRecorded entry = event.data(EntryRecorded.class);
        if (entry.poison()) {
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
