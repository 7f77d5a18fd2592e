package org.essor.registry.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.registry.domain.EnterpriseChange;
import org.essor.registry.events.EnterpriseState;
import org.essor.security.Roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** The versions of each enterprise: what changed, who and when, and the (non-personal) state after. */
@ApplicationScoped
public class EnterpriseHistory {

    /**
     * Who the history shows for a change made through an enterprise's own account. The account is its representative's,
     * personal data that must go with an erasure; the history never names it (the audit trail keeps who it was).
     */
    public static final String REPRESENTATIVE = "enterprise representative";

    // One column list for the Hibernate (named parameters) and the SQL client ($n) inserts.
    private static final String COLUMNS = "enterprise_id, version, change, changed_fields, changed_at, changed_by, state";
    private static final String INSERT = "INSERT INTO enterprise_history (" + COLUMNS + ")"
            + " VALUES (:id, :version, :change, :fields, :at, :by, :state)";
    private static final String INSERT_POSITIONAL = "INSERT INTO enterprise_history (" + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7)";

    @Inject
    ObjectMapper json;

    /** One version of an enterprise. */
    public record Version(long version, String change, List<String> changedFields, Instant changedAt, String changedBy,
                          String state) {
    }

    Uni<Void> record(EnterpriseState state, EnterpriseChange change, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("id", state.enterpriseId())
                .setParameter("version", state.version())
                .setParameter("change", change.kind().name())
                .setParameter("fields", String.join(",", change.changedFields()))
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", author(actor))
                .setParameter("state", write(state))
                .executeUpdate()
                .replaceWithVoid());
    }

    /** The same line written through {@code connection}, in the caller's transaction (registration's direct path). */
    Uni<Void> record(SqlConnection connection, EnterpriseState state, EnterpriseChange change, Actor actor, Instant at) {
        return connection.preparedQuery(INSERT_POSITIONAL)
                .execute(Tuple.from(new Object[] {state.enterpriseId(), state.version(), change.kind().name(),
                        String.join(",", change.changedFields()), OffsetDateTime.ofInstant(at, ZoneOffset.UTC), author(actor),
                        write(state)}))
                .replaceWithVoid();
    }

    /** Versions after {@code afterVersion} (−1 for all), oldest first. */
    public Uni<List<Version>> of(UUID enterpriseId, long afterVersion, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT version, change, changed_fields, changed_at, changed_by, state FROM enterprise_history
                        WHERE enterprise_id = :id AND version > :after ORDER BY version LIMIT :limit""", Object[].class)
                .setParameter("id", enterpriseId)
                .setParameter("after", afterVersion)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(EnterpriseHistory::version).toList()));
    }

    /** An enterprise's representative acts as one unless an officer's role gives the right for every enterprise. */
    static String author(Actor actor) {
        boolean representative = actor.roles().contains(Roles.ENTERPRISE)
                && !actor.roles().contains(Roles.ADMIN) && !actor.roles().contains(Roles.REGISTRY_OFFICER);
        return representative ? REPRESENTATIVE : actor.name();
    }

    private static Version version(Object[] row) {
        String fields = (String) row[2];
        Instant changedAt = Columns.instant(row[3]);
        return new Version(((Number) row[0]).longValue(), (String) row[1],
                fields.isEmpty() ? List.of() : List.of(fields.split(",")), changedAt, (String) row[4], (String) row[5]);
    }

    private String write(EnterpriseState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The enterprise state could not be written", e);
        }
    }
}
