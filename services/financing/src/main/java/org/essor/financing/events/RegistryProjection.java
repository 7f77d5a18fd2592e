package org.essor.financing.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.enterprises.KnownEnterpriseProjection;
import org.essor.financing.app.FinancingApplications;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The financing service's copy of the register ({@code known_enterprise}, see {@link KnownEnterpriseProjection}):
 * eligibility is decided here without calling the registry, and a struck-off enterprise flags its open files.
 * Rebuilt from offset zero by {@code POST /admin/v1/inbox/consumers/financing.registry-projection/rebuild}.
 */
@ApplicationScoped
public class RegistryProjection extends KnownEnterpriseProjection {

    public static final String CONSUMER = "financing.registry-projection";

    @Inject
    FinancingApplications applications;

    @Incoming("registry-enterprises")
    public Uni<Void> onEnterprises(KafkaRecordBatch<String, byte[]> records) {
        return process(records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    protected Uni<Void> struckOff(UUID enterpriseId) {
        return applications.flagStruckOff(enterpriseId);
    }
}
