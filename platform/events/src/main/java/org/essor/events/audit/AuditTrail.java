package org.essor.events.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Who changed what: one entry per change, written in the change's transaction (by the unit of work for every
 * recorded change), read by officers and administrators, and cleared of a person's traces when that person's data
 * is erased.
 */
@ApplicationScoped
public class AuditTrail {

    /** What stands in the trail for an erased person's name. */
    public static final String ERASED = "erased";

    // One column list for the Hibernate (named parameters) and the SQL client ($n) inserts.
    private static final String COLUMNS = "aggregate_type, aggregate_id, aggregate_version, change, at, actor, subject, client, "
            + "roles, address, correlation_id";
    private static final String INSERT = "INSERT INTO audit_entry (" + COLUMNS + ")"
            + " VALUES (:type, :id, :version, :change, :at, :actor, :subject, :client, :roles, :address, :correlation)";
    private static final String INSERT_POSITIONAL = "INSERT INTO audit_entry (" + COLUMNS + ")"
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
    private static final String PAGE = """
            SELECT id, aggregate_type, aggregate_id, aggregate_version, change, at, actor, subject, client, roles, address,
                   correlation_id
            FROM audit_entry WHERE aggregate_type = :type AND aggregate_id = :id AND id > :after ORDER BY id LIMIT :limit""";
    // The people an erasure concerns act without a token (a public form) or as the enterprise's own representative:
    // with the enterprise role and no officer's or administrator's role.
    private static final String FORGET_PEOPLE = """
            UPDATE audit_entry SET actor = :erased, subject = NULL, address = NULL
            WHERE aggregate_type = :type AND aggregate_id = :id AND actor <> :erased
              AND (subject IS NULL
                   OR (',' || roles || ',' LIKE '%,enterprise,%' AND roles NOT LIKE '%officer%' AND roles NOT LIKE '%admin%'))""";

    /** Records a change; joins the open transaction. */
    public Uni<Void> record(AuditedChange change, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("type", change.aggregateType())
                .setParameter("id", change.aggregateId())
                .setParameter("version", change.version())
                .setParameter("change", change.change())
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("actor", actor.name())
                .setParameter("subject", actor.subject())
                .setParameter("client", actor.client())
                .setParameter("roles", roles(actor))
                .setParameter("address", actor.address())
                .setParameter("correlation", actor.correlationId())
                .executeUpdate()
                .replaceWithVoid());
    }

    /** Records a change through {@code connection}, in the caller's transaction (the direct write path). */
    public Uni<Void> record(SqlConnection connection, AuditedChange change, Actor actor, Instant at) {
        return connection.preparedQuery(INSERT_POSITIONAL).execute(Tuple.from(new Object[] {change.aggregateType(),
                        change.aggregateId(), change.version(), change.change(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        actor.name(), actor.subject(), actor.client(), roles(actor), actor.address(), actor.correlationId()}))
                .replaceWithVoid();
    }

    private static String roles(Actor actor) {
        return String.join(",", actor.roles().stream().sorted().toList());
    }

    /** The entries of an aggregate after the entry {@code afterId} (0 for all), oldest first. */
    public Uni<List<AuditEntry>> of(String aggregateType, UUID aggregateId, long afterId, int limit) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(PAGE, Object[].class)
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList()
                .map(rows -> rows.stream().map(AuditTrail::entry).toList())));
    }

    /**
     * Clears the traces of the people whose data an erasure removes from the aggregate: the address and name of
     * whoever acted on it without a token or as the enterprise's representative. Joins the open transaction.
     */
    public Uni<Void> forgetPeople(String aggregateType, UUID aggregateId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(FORGET_PEOPLE)
                .setParameter("erased", ERASED)
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .executeUpdate()
                .replaceWithVoid());
    }

    private static AuditEntry entry(Object[] row) {
        String roles = (String) row[9];
        return new AuditEntry(((Number) row[0]).longValue(), (String) row[1], (UUID) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4], Columns.instant(row[5]),
                (String) row[6], (String) row[7], (String) row[8],
                roles.isEmpty() ? List.of() : Arrays.asList(roles.split(",")), (String) row[10], (String) row[11]);
    }
}
