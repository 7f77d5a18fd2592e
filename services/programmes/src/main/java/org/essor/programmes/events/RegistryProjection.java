package org.essor.programmes.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.enterprises.KnownEnterpriseProjection;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.programmes.app.ApplicationChanges;
import org.essor.programmes.app.Repositories;
import org.essor.programmes.domain.Application;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The programmes' copy of the register ({@code known_enterprise}, see {@link KnownEnterpriseProjection}): eligibility
 * is decided here without calling the registry, and a struck-off enterprise flags its open applications. Rebuilt from
 * offset zero by {@code POST /admin/v1/inbox/consumers/programmes.registry-projection/rebuild}.
 */
@ApplicationScoped
public class RegistryProjection extends KnownEnterpriseProjection {

    public static final String CONSUMER = "programmes.registry-projection";

    @Inject
    UnitOfWork work;

    @Inject
    Repositories.Applications applications;

    @Inject
    ApplicationChanges changes;

    @Incoming("registry-enterprises")
    public Uni<Void> onEnterprises(KafkaRecordBatch<String, byte[]> records) {
        return process(records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    /** Each open application of a struck-off enterprise is flagged through the application: versioned, in its history. */
    @Override
    protected Uni<Void> struckOff(UUID enterpriseId) {
        return applications.ofEnterprise(enterpriseId).flatMap(found -> {
            Instant now = work.time().now();
            Uni<Void> flagged = Uni.createFrom().voidItem();
            for (Application application : found) {
                flagged = flagged.flatMap(nothing -> work.record(application, application.flagStruckOff(now), changes,
                        Actor.SYSTEM, now));
            }
            return flagged;
        });
    }
}
