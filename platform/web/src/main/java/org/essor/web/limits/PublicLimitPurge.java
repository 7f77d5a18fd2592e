package org.essor.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Forgets the public limiter's counts once their window can no longer weigh on an estimate. */
@ApplicationScoped
public class PublicLimitPurge {

    @Inject
    Pool database;

    @Scheduled(every = "${essor.web.public-limit-purge-interval:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> purgeRegularly() {
        return purge().replaceWithVoid();
    }

    /** Deletes the expired counts; returns how many. */
    public Uni<Integer> purge() {
        return database.query("DELETE FROM public_limit_hit WHERE expires_at < now()").execute().map(rows -> rows.rowCount());
    }
}
