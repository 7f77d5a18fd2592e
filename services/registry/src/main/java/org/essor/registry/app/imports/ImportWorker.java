package org.essor.registry.app.imports;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.kernel.Actor;
import org.essor.kernel.DomainException;
import org.essor.kernel.RuleViolationException;
import org.essor.persistence.Transactions;
import org.essor.registry.app.EnterpriseRegister;
import org.essor.registry.app.EnterpriseRepository;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseStatus;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Processes queued imports, one at a time per instance (instances share the queue: each claims an import with
 * {@code FOR UPDATE SKIP LOCKED}). Each enterprise of a file is registered or amended through the register's
 * own use cases, in a transaction of its own, so that every change has its history line and its event.
 * Re-importing a file changes nothing: its enterprises come out unchanged.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    private static final int PROGRESS_EVERY = 100;

    @Inject
    EnterpriseRegister register;

    @Inject
    EnterpriseRepository enterprises;

    /** A running import that has not beaten for this long is taken up again by another instance. */
    @ConfigProperty(name = "essor.registry.import-stale-after", defaultValue = "5m")
    Duration staleAfter;

    private volatile boolean stopping;

    /**
     * Claims and runs the next import. A queue it cannot read (the database away, or the pool closing as the service
     * stops) is tried again at the next poll: a warning, not an error, and nothing at shutdown.
     */
    @Scheduled(every = "${essor.registry.import-poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> poll() {
        return claimNext()
                .onFailure().recoverWithItem(failure -> {
                    if (!stopping) {
                        LOG.warnf("Import queue not read, trying again at the next poll: %s", failure.toString());
                    }
                    return null;
                })
                .flatMap(claimed -> claimed == null ? Uni.createFrom().voidItem() : run(claimed));
    }

    void stopping(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** A claimed import, with the caller who submitted it: its changes are audited as theirs. */
    private record Claimed(UUID id, String content, Actor submitter) {

        static Claimed of(Object[] row) {
            String roles = (String) row[5];
            return new Claimed((UUID) row[0], (String) row[1], new Actor((String) row[2], (String) row[3], (String) row[4],
                    roles.isEmpty() ? Set.of() : Set.of(roles.split(",")), (String) row[6], (String) row[7]));
        }
    }

    /**
     * Claims the oldest pending import, or a running one whose instance stopped beating (it died): importing again
     * is safe, since the enterprises already imported come out unchanged and line outcomes are kept once.
     */
    private Uni<Claimed> claimNext() {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE enterprise_import SET status = 'RUNNING', started_at = coalesce(started_at, now()),
                               heartbeat_at = now()
                        WHERE id = (SELECT id FROM enterprise_import
                                    WHERE status = 'PENDING'
                                       OR (status = 'RUNNING' AND heartbeat_at < now() - :stale * interval '1 second')
                                    ORDER BY submitted_at FOR UPDATE SKIP LOCKED LIMIT 1)
                        RETURNING id, content, submitted_by, submitted_subject, submitted_client, submitted_roles,
                                  submitted_address, submitted_correlation_id""", Object[].class)
                .setParameter("stale", staleAfter.toSeconds()).getResultList()))
                .map(rows -> rows.isEmpty() ? null : Claimed.of(rows.get(0)));
    }

    private Uni<Void> run(Claimed claimed) {
        Actor actor = claimed.submitter();
        Counts counts = new Counts();
        List<List<ImportLine>> groups = ImportCsv.read(claimed.content());
        return Multi.createFrom().iterable(groups)
                .onItem().transformToUniAndConcatenate(group -> importGroup(claimed.id(), group, actor)
                        .invoke(results -> counts.add(results))
                        .call(results -> counts.groups++ % PROGRESS_EVERY == 0 ? progress(claimed.id(), counts, "RUNNING")
                                : Uni.createFrom().voidItem()))
                .collect().last()
                .flatMap(ignored -> progress(claimed.id(), counts, EnterpriseImport.COMPLETED))
                .invoke(() -> LOG.infof("Import %s completed: %s", claimed.id(), counts))
                .call(this::analyseRegister)
                .onFailure().recoverWithUni(failure -> {
                    LOG.errorf(failure, "Import %s failed", claimed.id());
                    return fail(claimed.id(), counts, failure);
                });
    }

    /**
     * A bulk load changes what the register's tables hold: the planner's statistics are refreshed at once, so that reads
     * keep their index plans whether or not (and whenever) an autovacuum would have analysed them.
     */
    private Uni<Void> analyseRegister() {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("ANALYZE enterprise, establishment, enterprise_sector").executeUpdate()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("The register's statistics were not refreshed after an import: %s", failure.getMessage());
                    return null;
                });
    }

    /** Registers or amends the enterprise of one group of lines; returns the outcome of each line. */
    Uni<Map<Integer, ImportLineResult>> importGroup(UUID importId, List<ImportLine> lines, Actor actor) {
        Map<Integer, String> rejections = new LinkedHashMap<>();
        var read = ImportedEnterprise.read(lines, rejections);
        if (read.isEmpty()) {
            return store(importId, lines, rejections, null, null);
        }
        ImportedEnterprise imported = read.get();
        return existing(imported).flatMap(existing -> {
            Uni<Enterprise> effect;
            ImportOutcome[] outcome = new ImportOutcome[1];
            if (existing == null) {
                outcome[0] = ImportOutcome.CREATED;
                effect = register.register(imported.forRegistration(), actor);
            } else if (existing.status() == EnterpriseStatus.STRUCK_OFF) {
                throw new RuleViolationException(new org.essor.kernel.Violation("siren",
                        "the enterprise " + existing.id() + " was struck off the register"));
            } else {
                long before = existing.version();
                effect = register.amend(existing.id(), before, current -> imported.mergedInto(current.details()), actor)
                        .invoke(after -> outcome[0] = after.version() == before ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED);
            }
            return effect.flatMap(enterprise -> store(importId, lines, rejections, outcome[0], enterprise.id()));
        }).onFailure(DomainException.class)
                .recoverWithUni(failure -> {
                    String reason = reason(failure);
                    lines.forEach(line -> rejections.putIfAbsent(line.number(), reason));
                    return store(importId, lines, rejections, null, null);
                });
    }

    private Uni<Enterprise> existing(ImportedEnterprise imported) {
        return Transactions.inSession(() -> imported.siren() != null ? enterprises.bySiren(imported.siren())
                : enterprises.byRna(imported.rna()));
    }

    private Uni<Map<Integer, ImportLineResult>> store(UUID importId, List<ImportLine> lines, Map<Integer, String> rejections,
                                                       ImportOutcome accepted, UUID enterpriseId) {
        Map<Integer, ImportLineResult> results = new LinkedHashMap<>();
        for (ImportLine line : lines) {
            String reason = rejections.get(line.number());
            results.put(line.number(), new ImportLineResult(line.number(),
                    reason != null || accepted == null ? ImportOutcome.REJECTED : accepted,
                    blankToNull(line.siren()), blankToNull(line.siret()), reason == null ? enterpriseId : null,
                    reason == null && accepted == null ? "not imported" : reason));
        }
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> insertLines(session, importId, results)))
                .replaceWith(results);
    }

    private Uni<Void> insertLines(Mutiny.Session session, UUID importId, Map<Integer, ImportLineResult> results) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ImportLineResult result : results.values()) {
            chain = chain.flatMap(ignored -> session.createNativeQuery("""
                            INSERT INTO enterprise_import_line (import_id, line_number, outcome, siren, siret, enterprise_id, reason)
                            VALUES (:import, :line, :outcome, :siren, :siret, :enterprise, :reason)
                            ON CONFLICT (import_id, line_number) DO NOTHING""")
                    .setParameter("import", importId).setParameter("line", result.line())
                    .setParameter("outcome", result.outcome().name()).setParameter("siren", result.siren())
                    .setParameter("siret", result.siret()).setParameter("enterprise", result.enterpriseId())
                    .setParameter("reason", result.reason())
                    .executeUpdate().replaceWithVoid());
        }
        return chain;
    }

    /** Records progress (and beats); at the end, the totals are counted from the stored line outcomes. */
    private Uni<Void> progress(UUID importId, Counts counts, String status) {
        boolean done = EnterpriseImport.COMPLETED.equals(status);
        String totals = done ? """
                UPDATE enterprise_import i SET status = :status, heartbeat_at = now(), finished_at = now(), content = NULL,
                       created = t.created, updated = t.updated, unchanged = t.unchanged, rejected = t.rejected,
                       processed = t.created + t.updated + t.unchanged + t.rejected
                FROM (SELECT count(*) FILTER (WHERE outcome = 'CREATED') AS created,
                             count(*) FILTER (WHERE outcome = 'UPDATED') AS updated,
                             count(*) FILTER (WHERE outcome = 'UNCHANGED') AS unchanged,
                             count(*) FILTER (WHERE outcome = 'REJECTED') AS rejected
                      FROM enterprise_import_line WHERE import_id = :id) t
                WHERE i.id = :id""" : """
                UPDATE enterprise_import SET status = :status, heartbeat_at = now(), processed = :processed,
                       created = :created, updated = :updated, unchanged = :unchanged, rejected = :rejected
                WHERE id = :id""";
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> {
            var update = session.createNativeQuery(totals).setParameter("status", status).setParameter("id", importId);
            if (!done) {
                update.setParameter("processed", counts.processed()).setParameter("created", counts.created)
                        .setParameter("updated", counts.updated).setParameter("unchanged", counts.unchanged)
                        .setParameter("rejected", counts.rejected);
            }
            return update.executeUpdate();
        })).replaceWithVoid();
    }

    private Uni<Void> fail(UUID importId, Counts counts, Throwable failure) {
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        UPDATE enterprise_import SET status = 'FAILED', failure = :failure, processed = :processed,
                               created = :created, updated = :updated, unchanged = :unchanged, rejected = :rejected,
                               finished_at = now()
                        WHERE id = :id""")
                .setParameter("failure", String.valueOf(failure.getMessage())).setParameter("processed", counts.processed())
                .setParameter("created", counts.created).setParameter("updated", counts.updated)
                .setParameter("unchanged", counts.unchanged).setParameter("rejected", counts.rejected)
                .setParameter("id", importId)
                .executeUpdate())).replaceWithVoid();
    }

    private static String reason(Throwable failure) {
        if (failure instanceof RuleViolationException rules && !rules.violations().isEmpty()) {
            return String.join("; ", rules.violations().stream().map(v -> v.field() + ": " + v.message()).toList());
        }
        return failure.getMessage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.replace(" ", "");
    }

    /** Running totals of an import, by line. */
    private static final class Counts {
        int groups;
        int created;
        int updated;
        int unchanged;
        int rejected;

        void add(Map<Integer, ImportLineResult> results) {
            for (ImportLineResult result : results.values()) {
                switch (result.outcome()) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> rejected++;
                }
            }
        }

        int processed() {
            return created + updated + unchanged + rejected;
        }

        @Override
        public String toString() {
            return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + rejected + " rejected";
        }
    }
}
