package org.essor.registry.app.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;

import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Bulk imports: accepted at once, processed in the background by {@link ImportWorker}. */
@ApplicationScoped
public class EnterpriseImports {

    static final String COLUMNS = """
            id, status, file_name, total_lines, processed, created, updated, unchanged, rejected, failure, submitted_by,
            submitted_at, started_at, finished_at, missing_columns""";

    @Inject
    ServiceTime time;

    /** Checks the header and queues the file; the lines are read by the worker. */
    public Uni<EnterpriseImport> submit(String content, String fileName, Actor actor) {
        if (content == null || content.isBlank()) {
            throw new InvalidValueException("file", "the file is empty");
        }
        int lines = ImportCsv.read(content).stream().mapToInt(List::size).sum();
        String missing = String.join(",", ImportCsv.missingOptional(content));
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO enterprise_import (id, status, file_name, content, total_lines, submitted_by, submitted_at,
                                                       submitted_subject, submitted_client, submitted_roles,
                                                       submitted_address, submitted_correlation_id, missing_columns)
                        VALUES (:id, 'PENDING', :name, :content, :lines, :by, :at, :subject, :client, :roles, :address,
                                :correlation, :missing)""")
                .setParameter("id", id).setParameter("name", fileName).setParameter("content", content)
                .setParameter("lines", lines).setParameter("by", actor.name())
                .setParameter("subject", actor.subject()).setParameter("client", actor.client())
                .setParameter("roles", String.join(",", actor.roles().stream().sorted().toList()))
                .setParameter("address", actor.address()).setParameter("correlation", actor.correlationId()).setParameter("missing", missing)
                .setParameter("at", OffsetDateTime.ofInstant(time.now(), ZoneOffset.UTC))
                .executeUpdate()))
                .flatMap(ignored -> find(id));
    }

    public Uni<EnterpriseImport> find(UUID id) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT " + COLUMNS + " FROM enterprise_import WHERE id = :id", Object[].class)
                        .setParameter("id", id).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException("No enterprise import " + id);
                    }
                    return of(rows.get(0));
                });
    }

    /** Line outcomes after line {@code afterLine}, optionally of one outcome, in line order. */
    public Uni<List<ImportLineResult>> lines(UUID id, ImportOutcome outcome, int afterLine, int limit) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT line_number, outcome, siren, siret, enterprise_id, reason FROM enterprise_import_line
                        WHERE import_id = :id AND line_number > :after AND (:outcome = '' OR outcome = :outcome)
                        ORDER BY line_number LIMIT :limit""", Object[].class)
                .setParameter("id", id).setParameter("after", afterLine)
                .setParameter("outcome", outcome == null ? "" : outcome.name()).setParameter("limit", limit)
                .getResultList()))
                .map(rows -> rows.stream().map(row -> new ImportLineResult(((Number) row[0]).intValue(),
                        ImportOutcome.valueOf((String) row[1]), (String) row[2], (String) row[3], (UUID) row[4],
                        (String) row[5])).toList());
    }

    static EnterpriseImport of(Object[] row) {
        return new EnterpriseImport((UUID) row[0], (String) row[1], (String) row[2], number(row[3]), number(row[4]),
                number(row[5]), number(row[6]), number(row[7]), number(row[8]), (String) row[9], (String) row[10],
                instant(row[11]), instant(row[12]), instant(row[13]),
                row[14] == null || ((String) row[14]).isEmpty() ? List.of() : List.of(((String) row[14]).split(",")));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    static Instant instant(Object value) {
        return Columns.instant(value);
    }
}
