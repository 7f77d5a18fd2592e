package org.essor.financing.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.financing.domain.ApplicationChange;
import org.essor.financing.domain.FinancingApplication;
import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Every change of every financing application: its version, status after, when, who and why. */
@ApplicationScoped
public class ApplicationHistory {

    /** One line of an application's history. */
    public record Line(long version, String status, Instant changedAt, String changedBy, String note) {
    }

    Uni<Void> record(FinancingApplication application, ApplicationChange change, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO application_history (application_id, version, status, changed_at, changed_by, note)
                        VALUES (:id, :version, :status, :at, :by, :note)""")
                .setParameter("id", application.id())
                .setParameter("version", application.version())
                .setParameter("status", change.status().name())
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", actor.name())
                .setParameter("note", change.note())
                .executeUpdate().replaceWithVoid());
    }

    public Uni<List<Line>> of(UUID applicationId) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT version, status, changed_at, changed_by, note FROM application_history
                        WHERE application_id = :id ORDER BY version""", Object[].class)
                .setParameter("id", applicationId).getResultList()))
                .map(rows -> rows.stream().map(row -> new Line(((Number) row[0]).longValue(), (String) row[1],
                        Columns.instant(row[2]), (String) row[3], (String) row[4])).toList());
    }
}
