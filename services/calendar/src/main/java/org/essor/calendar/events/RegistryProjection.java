package org.essor.calendar.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.enterprises.KnownEnterpriseProjection;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The calendar's copy of the register ({@code known_enterprise}, see {@link KnownEnterpriseProjection}): an event's
 * organiser, when an enterprise, must be one of the register that is not struck off. Rebuilt from offset zero by
 * {@code POST /admin/v1/inbox/consumers/calendar.registry-projection/rebuild}.
 */
@ApplicationScoped
public class RegistryProjection extends KnownEnterpriseProjection {

    public static final String CONSUMER = "calendar.registry-projection";

    @Incoming("registry-enterprises")
    public Uni<Void> onEnterprises(KafkaRecordBatch<String, byte[]> records) {
        return process(records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }
}
