package org.essor.enterprises;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.essor.events.envelope.MalformedEventException;
import org.essor.events.inbox.EventConsumer;
import org.essor.events.inbox.Inbox;
import org.essor.events.inbox.IncomingEvent;
import org.essor.persistence.ValuesRows;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps the service's {@code known_enterprise} table from the register's events (every event of
 * {@code registry.enterprise.v1} carries the enterprise's whole state), so that the service decides eligibility and
 * territory without calling the registry. An older version than the one known changes nothing, so redeliveries and
 * the order within a batch do not matter.
 * <p>
 * A service extends it as a bean with its consumer name and its channel:
 * <pre>{@code
 * @Incoming("registry-enterprises")
 * public Uni<Void> onEnterprises(KafkaRecordBatch<String, byte[]> records) { return process(records); }
 * }</pre>
 * and reacts to strike-offs in {@link #struckOff(UUID)}. Rebuilt from offset zero by the inbox's rebuild operation
 * ({@code POST /admin/v1/inbox/consumers/<name>/rebuild}).
 */
public abstract class KnownEnterpriseProjection implements EventConsumer {

    /** The known state of the enterprises of a batch, each at its newest version (the VALUES rows, one per enterprise). */
    private static final String UPSERT = """
            INSERT INTO known_enterprise (enterprise_id, version, siren, legal_family, cooperative_kind, creation_date,
                                          head_office_departement, departements, esus_granted_on, esus_valid_until, status)
            VALUES %s
            ON CONFLICT (enterprise_id) DO UPDATE SET version = EXCLUDED.version, siren = EXCLUDED.siren,
                legal_family = EXCLUDED.legal_family, cooperative_kind = EXCLUDED.cooperative_kind,
                creation_date = EXCLUDED.creation_date, head_office_departement = EXCLUDED.head_office_departement,
                departements = EXCLUDED.departements, esus_granted_on = EXCLUDED.esus_granted_on,
                esus_valid_until = EXCLUDED.esus_valid_until, status = EXCLUDED.status
            WHERE known_enterprise.version < EXCLUDED.version""";

    /** Rows per statement (eleven parameters each, well under PostgreSQL's 65,535). */
    private static final int ROWS_PER_STATEMENT = 1000;

    @Inject
    protected Inbox inbox;

    /** What this projection reads of the registry's enterprise state; other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnterpriseState(UUID enterpriseId, long version, String siren, String legalFamily, String cooperativeKind,
                           LocalDate creationDate, String headOfficeDepartement, List<String> departements, Esus esus,
                           String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Esus(LocalDate grantedOn, LocalDate validUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegistryEvent(EnterpriseState enterprise) {
    }

    /** Hands a batch of the channel's records to the inbox, which applies the first-time ones in one transaction. */
    protected Uni<Void> process(KafkaRecordBatch<String, byte[]> records) {
        return inbox.process(this, records);
    }

    /**
     * What the service does when an enterprise of the batch has been struck off (e.g. flag its open files), after the
     * batch's states are written, inside the inbox's transaction; nothing by default.
     */
    protected Uni<Void> struckOff(UUID enterpriseId) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> clear() {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("DELETE FROM known_enterprise").executeUpdate())
                .replaceWithVoid();
    }

    @Override
    public Uni<?> apply(IncomingEvent event) {
        return applyAll(List.of(event));
    }

    /**
     * The batch's newest state of each enterprise in one statement (an older version than the one known changes
     * nothing, so the order within the batch does not matter), then the service's reaction to each strike-off.
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
            written = written.chain(() -> struckOff(enterpriseId));
        }
        return written;
    }

    private static EnterpriseState stateOf(IncomingEvent event) {
        EnterpriseState state = event.data(RegistryEvent.class).enterprise();
        if (state == null || state.enterpriseId() == null || state.legalFamily() == null || state.status() == null) {
            throw new MalformedEventException("Event " + event.id() + " carries no enterprise state");
        }
        return state;
    }

    private Uni<Void> upsert(List<EnterpriseState> states) {
        ValuesRows rows = ValuesRows.of("id", "version", "siren", "family", "kind", "created", "headOffice",
                "departements", "esusFrom", "esusUntil", "status");
        for (EnterpriseState state : states) {
            rows.row(state.enterpriseId(), state.version(), state.siren(), state.legalFamily(), state.cooperativeKind(),
                    state.creationDate(), state.headOfficeDepartement(),
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
}
