package org.essor.programmes.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.kernel.Actor;
import org.essor.kernel.ServiceTime;
import org.essor.persistence.Columns;

import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Officers' private notes on applications: never published, never shown to applicants. */
@ApplicationScoped
public class Annotations {

    @Inject
    Applications applications;

    @Inject
    ServiceTime time;

    @Inject
    AuditTrail audit;

    /** One note. */
    public record Annotation(String author, String note, Instant writtenAt) {
    }

    public Uni<Annotation> write(UUID applicationId, String note, Actor author) {
        Instant now = time.now();
        return Transactions.inTransaction(() -> applications.find(applicationId).flatMap(found -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                INSERT INTO annotation (id, application_id, author, note, written_at)
                                VALUES (:id, :application, :author, :note, :at)""")
                        .setParameter("id", UUID.randomUUID()).setParameter("application", applicationId)
                        .setParameter("author", author.name()).setParameter("note", note)
                        .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate()))
                .call(written -> audit.record(new AuditedChange(ApplicationChanges.AUDITED_AS, applicationId, null, "ANNOTATED"),
                        author, now)))
                .replaceWith(new Annotation(author.name(), note, now));
    }

    public Uni<List<Annotation>> of(UUID applicationId) {
        return Transactions.inSession(() -> applications.find(applicationId).flatMap(found -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                SELECT author, note, written_at FROM annotation WHERE application_id = :id ORDER BY written_at""",
                                Object[].class)
                        .setParameter("id", applicationId).getResultList())))
                .map(rows -> rows.stream().map(row -> new Annotation((String) row[0], (String) row[1],
                        Columns.instant(row[2]))).toList());
    }
}
