package org.essor.programmes.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.events.change.UnitOfWork;
import org.essor.events.inbox.EventConsumer;
import org.essor.events.inbox.IncomingEvent;
import org.essor.events.inbox.Inbox;
import org.essor.kernel.Actor;
import org.essor.programmes.app.ApplicationChanges;
import org.essor.programmes.app.Repositories;
import org.essor.programmes.domain.Application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps {@code known_enterprise} from the registry's events (every event carries the enterprise's state), so that
 * eligibility is decided here without calling the registry. A struck-off enterprise flags its open applications.
 * An older version than the one known changes nothing. Rebuilt from offset zero by the inbox's rebuild operation
 * ({@code POST /admin/v1/inbox/consumers/programmes.registry-projection/rebuild}).
 */
@ApplicationScoped
public class RegistryProjection implements EventConsumer {

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

    @Inject
    Inbox inbox;

    @Inject
    UnitOfWork work;

    @Inject
    Repositories.Applications applications;

    @Inject
    ApplicationChanges changes;

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
    public Uni<Void> onEnterprises(KafkaRecordBatch<String, byte[]> records) {
        return inbox.process(this, records);
    }

    @Override
    public String name() {
        return CONSUMER;
    }

    @Override
    public Uni<Void> clear() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("DELETE FROM known_enterprise").executeUpdate())
                .replaceWithVoid();
    }

    @Override
    public Uni<Integer> apply(IncomingEvent event) {
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
                .call(changed -> "STRUCK_OFF".equals(state.status()) ? flagOpenApplications(state.enterpriseId())
                        : Uni.createFrom().voidItem()));
    }

    /** Each open application of a struck-off enterprise is flagged through the application: versioned, in its history. */
    private Uni<Void> flagOpenApplications(UUID enterpriseId) {
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
