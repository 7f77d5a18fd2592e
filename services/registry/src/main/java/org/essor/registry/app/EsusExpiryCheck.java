package org.essor.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Publishes {@code esus-agreement-expired} once for each agreement whose end date has passed. */
@ApplicationScoped
public class EsusExpiryCheck {

    private static final Logger LOG = Logger.getLogger(EsusExpiryCheck.class);

    @Inject
    EnterpriseRegister register;

    @Scheduled(cron = "${essor.registry.esus-expiry-cron:0 5 0 * * ?}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> everyNight() {
        return run().replaceWithVoid();
    }

    public Uni<Integer> run() {
        return register.publishEsusExpiries()
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("%d ESUS agreements expired", count);
                    }
                });
    }
}
