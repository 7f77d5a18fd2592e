package org.essor.events.inbox;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.essor.persistence.Transactions;

import io.smallrye.mutiny.Uni;

/**
 * What an operator does with dead letters and the events held behind them: list them, replay an aggregate's held
 * events through the inbox in order (after fixing the cause), or discard a dead letter and let the later ones follow.
 */
@ApplicationScoped
public class HeldEvents {

    private static final Logger LOG = Logger.getLogger(HeldEvents.class);

    @Inject
    InboxStore store;

    @Inject
    Inbox inbox;

    @Inject
    Instance<EventConsumer> consumers;

    @Inject
    ObjectMapper json;

    /** What a replay did: how many events it applied, and the dead letter it stopped at, if any. */
    public record Replay(int applied, HeldEvent stoppedAt) {
    }

    public Uni<List<HeldEvent>> open(String consumer, String key, int limit) {
        return Transactions.inSession(() -> store.open(consumer, key, limit));
    }

    /** Replays the consumer's held events of one aggregate, oldest first, until one fails again. */
    public Uni<Replay> replay(String consumer, String key) {
        EventConsumer target = Inbox.find(consumers.stream().toList(), consumer);
        return replayFrom(target, key, 0);
    }

    /** Discards a dead letter (it will never be applied), then replays the events held behind it. */
    public Uni<Replay> discard(long id) {
        return Transactions.inTransaction(() -> store.find(id).flatMap(held -> {
            if (held == null) {
                return Uni.createFrom().<HeldEvent>nullItem();
            }
            return store.resolve(id, "DISCARDED").replaceWith(held);
        })).flatMap(held -> {
            if (held == null) {
                return Uni.createFrom().nullItem();
            }
            LOG.warnf("%s: held event %d (%s) discarded by an operator", held.consumer(), id, held.eventId());
            return replay(held.consumer(), held.key());
        });
    }

    private Uni<Replay> replayFrom(EventConsumer consumer, String key, int applied) {
        return Transactions.inSession(() -> store.open(consumer.name(), key, 1)).flatMap(next -> {
            if (next.isEmpty()) {
                return Uni.createFrom().item(new Replay(applied, null));
            }
            HeldEvent held = next.get(0);
            // An operator waits for the answer: a transient failure fails the replay (try again later) instead of
            // being retried without end as the consumer does.
            return Transactions.inTransaction(() -> store.record(held.id())
                            .flatMap(record -> inbox.applyOnce(consumer, IncomingEvent.from(record, json)))
                            .call(() -> store.resolve(held.id(), "REPLAYED")))
                    .replaceWith(true)
                    .onFailure(failure -> !Failures.isTransient(failure)).recoverWithUni(failure ->
                            Transactions.inTransaction(() -> store.failedAgain(held.id(), failure.toString())).replaceWith(false))
                    .flatMap(replayed -> replayed ? replayFrom(consumer, key, applied + 1)
                            : Transactions.inSession(() -> store.find(held.id())).map(again -> new Replay(applied, again)));
        });
    }
}
