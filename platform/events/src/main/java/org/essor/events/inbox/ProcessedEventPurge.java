package org.essor.events.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Forgets processed events past their retention, a bounded batch at a time. */
@ApplicationScoped
public class ProcessedEventPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPurge.class);
    private static final int BATCH = 5_000;

    @Inject
    InboxStore store;

    @Inject
    InboxConfig config;

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purgeOnSchedule() {
        return purge().invoke(purged -> {
            if (purged > 0) {
                LOG.debugf("Forgot %d processed events past their retention", purged);
            }
        }).onFailure().invoke(failure -> LOG.debugf("Processed events not purged: %s", failure.getMessage()))
                .onFailure().recoverWithItem(0).replaceWithVoid();
    }

    /** Deletes every processed event past the retention; returns how many. */
    public Uni<Integer> purge() {
        return purgeFrom(0);
    }

    private Uni<Integer> purgeFrom(int purged) {
        return Panache.withTransaction(() -> store.purgeProcessed(config.processedRetention(), BATCH))
                .flatMap(batch -> batch < BATCH ? Uni.createFrom().item(purged + batch) : purgeFrom(purged + batch));
    }
}
