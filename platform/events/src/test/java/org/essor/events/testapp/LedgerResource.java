package org.essor.events.testapp;

import java.util.UUID;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.essor.events.outbox.OutgoingEvent;
import org.essor.events.outbox.Outbox;
import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Records an entry and appends its event in one transaction, opened as the services open theirs; {@code fail=true}
 * rolls the transaction back; {@code untracked=true} opens it with Panache directly (the outbox then notifies the
 * relays from inside it).
 */
@Path("/ledger/{account}/entries")
public class LedgerResource {

    @Inject
    Outbox outbox;

    @POST
    public Uni<Long> record(@PathParam("account") String account, @QueryParam("sequence") long sequence,
                            @QueryParam("fail") @DefaultValue("false") boolean fail,
                            @QueryParam("poison") @DefaultValue("false") boolean poison,
                            @QueryParam("untracked") @DefaultValue("false") boolean untracked) {
        Supplier<Uni<Long>> work = () -> {
            LedgerEntry entry = new LedgerEntry();
            entry.id = UUID.randomUUID();
            entry.account = account;
            entry.version = sequence;
            entry.note = "entry " + sequence;
            return entry.persist()
                    .flatMap(ignored -> outbox.append(OutgoingEvent.of(EntryRecorded.TYPE, account, sequence,
                            new EntryRecorded(account, sequence, entry.note, poison))))
                    .invoke(() -> {
                        if (fail) {
                            throw new IllegalStateException("the use case failed after appending its event");
                        }
                    })
                    .replaceWith(sequence);
        };
        return untracked ? Panache.withTransaction(work) : Transactions.inTransaction(work);
    }
}
