package org.essor.programmes.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.events.inbox.IncomingEvent;
import org.essor.events.inbox.Inbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Keeps {@code known_enterprise} from the registry's events (every event carries the enterprise's state), so that
 * eligibility is decided here without calling the registry. A struck-off enterprise flags its open applications.
 * An older version than the one known changes nothing, so the projection can be rebuilt from offset zero.
 */
@ApplicationScoped
public class RegistryProjection {

    public static final String CONSUMER = "programmes.registry-projection";

    private static final String UPSERT = """
            INSERT INTO known_enterprise (enterprise_id, version, siren, legal_family, creation_date, departements,
                                          esus_granted_on, esus_valid_until, status)
            VALUES (:id, :version, :siren, :family, :created, :departements, :esusFrom, :esusUntil, :status)
            ON CONFLICT (enterprise_id) DO UPDATE SET version = EXCLUDED.version, siren = EXCLUDED.siren,
                legal_family = EXCLUDED.legal_family, creation_date = EXCLUDED.creation_date,
                departements = EXCLUDED.departements, esus_granted_on = EXCLUDED.esus_granted_on,
                esus_valid_until = EXCLUDED.esus_valid_until, status = EXCLUDED.status
            WHERE known_enterprise.version < EXCLUDED.version""";

    private static final String FLAG_OPEN_APPLICATIONS = """
            UPDATE application SET enterprise_struck_off = true
            WHERE enterprise_id = :id AND enterprise_struck_off = false AND status NOT IN ('REJECTED', 'WITHDRAWN')""";

    @Inject
    Inbox inbox;

    /** What this service reads of the registry's enterprise state; other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnterpriseState(UUID enterpriseId, long version, String siren, String legalFamily, LocalDate creationDate,
                           List<String> departements, Esus esus, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Esus(LocalDate grantedOn, LocalDate validUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistryEvent(EnterpriseState enterprise) {
    }

    @Incoming("registry-enterprises")
    public Uni<Void> onEnterprise(ConsumerRecord<String, byte[]> record) {
        return inbox.process(CONSUMER, record, this::apply);
    }

    Uni<Integer> apply(IncomingEvent event) {
        EnterpriseState state = event.data(RegistryEvent.class).enterprise();
        if (state == null || state.enterpriseId() == null) {
            throw new org.essor.events.envelope.MalformedEventException("Event " + event.id() + " carries no enterprise");
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(UPSERT)
                .setParameter("id", state.enterpriseId())
                .setParameter("version", state.version())
                .setParameter("siren", state.siren())
                .setParameter("family", state.legalFamily())
                .setParameter("created", state.creationDate())
                .setParameter("departements", String.join(",", state.departements() == null ? List.of() : state.departements()))
                .setParameter("esusFrom", state.esus() == null ? null : state.esus().grantedOn())
                .setParameter("esusUntil", state.esus() == null ? null : state.esus().validUntil())
                .setParameter("status", state.status())
                .executeUpdate()
                .flatMap(changed -> !"STRUCK_OFF".equals(state.status()) ? Uni.createFrom().item(changed)
                        : session.createNativeQuery(FLAG_OPEN_APPLICATIONS).setParameter("id", state.enterpriseId())
                        .executeUpdate()));
    }
}
