package org.essor.programmes.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.events.change.UnitOfWork;
import org.essor.events.envelope.MalformedEventException;
import org.essor.events.inbox.EventConsumer;
import org.essor.events.inbox.IncomingEvent;
import org.essor.events.inbox.Inbox;
import org.essor.persistence.ValuesRows;
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

    /** The known state of the enterprises of a batch, each at its newest version (the VALUES rows, one per enterprise). */
    private static final String UPSERT = """
            INSERT INTO known_enterprise (enterprise_id, version, siren, legal_family, creation_date, departements,
                                          esus_granted_on, esus_valid_until, status)
            VALUES %s
            ON CONFLICT (enterprise_id) DO UPDATE SET version = EXCLUDED.version, siren = EXCLUDED.siren,
                legal_family = EXCLUDED.legal_family, creation_date = EXCLUDED.creation_date,
                departements = EXCLUDED.departements, esus_granted_on = EXCLUDED.esus_granted_on,
                esus_valid_until = EXCLUDED.esus_valid_until, status = EXCLUDED.status
            WHERE known_enterprise.version < EXCLUDED.version""";

    /** Rows per statement (nine parameters each, well under PostgreSQL's 65,535). */
    private static final int ROWS_PER_STATEMENT = 1000;

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
    public Uni<?> apply(IncomingEvent event) {
        return applyAll(List.of(event));
    }

    /**
     * The batch's newest state of each enterprise in one statement (an older version than the one known changes
     * nothing, so the order within the batch does not matter), then the open applications of those struck off flagged.
     */
    @Override
    public Uni<?> applyAll(List<IncomingEvent> events) {
        Map<UUID, EnterpriseState> newest = new LinkedHashMap<>();
        Set<UUID> struckOff = new LinkedHashSet<>();
        for (IncomingEvent event : events) {
            EnterpriseState state = stateOf(event);
            newest.merge(state.enterpriseId(), state, (known, other) -> other.version() > known.version() ? other : known);
            if ("STRUCK_OFF".equals(state.status())) {
                struckOff.add(state.enterpriseId());
            }
        }
        List<EnterpriseState> states = List.copyOf(newest.values());
        Uni<Void> written = Uni.createFrom().voidItem();
        for (int from = 0; from < states.size(); from += ROWS_PER_STATEMENT) {
            List<EnterpriseState> rows = states.subList(from, Math.min(states.size(), from + ROWS_PER_STATEMENT));
            written = written.chain(() -> upsert(rows));
        }
        for (UUID enterpriseId : struckOff) {
            written = written.chain(() -> flagOpenApplications(enterpriseId));
        }
        return written;
    }

    private static EnterpriseState stateOf(IncomingEvent event) {
        EnterpriseState state = event.data(RegistryEvent.class).enterprise();
        if (state == null || state.enterpriseId() == null) {
            throw new MalformedEventException("Event " + event.id() + " carries no enterprise");
        }
        return state;
    }

    private Uni<Void> upsert(List<EnterpriseState> states) {
        ValuesRows rows = ValuesRows.of("id", "version", "siren", "family", "created", "departements", "esusFrom",
                "esusUntil", "status");
        for (EnterpriseState state : states) {
            rows.row(state.enterpriseId(), state.version(), state.siren(), state.legalFamily(), state.creationDate(),
                    String.join(",", state.departements() == null ? List.of() : state.departements()),
                    state.esus() == null ? null : state.esus().grantedOn(),
                    state.esus() == null ? null : state.esus().validUntil(), state.status());
        }
        return Panache.getSession().flatMap(session -> {
            var upsert = session.createNativeQuery(UPSERT.formatted(rows.sql()));
            rows.parameters().forEach(upsert::setParameter);
            return upsert.executeUpdate();
        }).replaceWithVoid();
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
