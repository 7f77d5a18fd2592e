package org.essor.events.history;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The history of an aggregate's status in a table of the service ({@code <idColumn>, version, status, changed_at,
 * changed_by, note}): one line per change, with who made it and why. Writes join the open transaction.
 */
public final class StatusHistory {

    /** One line of an aggregate's history. */
    public record Line(long version, String status, Instant changedAt, String changedBy, String note) {
    }

    private final String insert;
    private final String select;

    /** {@code table} and {@code idColumn} are the service's own names, never a caller's input. */
    public StatusHistory(String table, String idColumn) {
        insert = "INSERT INTO " + table + " (" + idColumn + ", version, status, changed_at, changed_by, note)"
                + " VALUES (:id, :version, :status, :at, :by, :note)";
        select = "SELECT version, status, changed_at, changed_by, note FROM " + table + " WHERE " + idColumn
                + " = :id ORDER BY version";
    }

    public Uni<Void> record(UUID id, long version, String status, Actor actor, Instant at, String note) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(insert)
                .setParameter("id", id)
                .setParameter("version", version)
                .setParameter("status", status)
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", actor.name())
                .setParameter("note", note)
                .executeUpdate().replaceWithVoid());
    }

    /** The aggregate's history, oldest first, in a session of its own. */
    public Uni<List<Line>> of(UUID id) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(select,
                        Object[].class).setParameter("id", id).getResultList()))
                .map(rows -> rows.stream().map(row -> new Line(((Number) row[0]).longValue(), (String) row[1],
                        Columns.instant(row[2]), (String) row[3], (String) row[4])).toList());
    }
}
