package org.essor.registry.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;

import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.StaleVersionException;
import org.essor.registry.domain.CooperativeKind;
import org.essor.registry.domain.LegalCategories;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Brings the family and cooperative kind of stored enterprises in line with INSEE's nomenclature as the register reads
 * it ({@link LegalCategories}): enterprises registered when the register knew only a few cooperative categories were
 * filed as commercial companies. Each one is changed through the unit of work (history, audit, an {@code updated}
 * event), shortly after start and every night; an enterprise changed meanwhile by someone else waits for the next run.
 */
@ApplicationScoped
public class LegalFamilyReconciliation {

    private static final Logger LOG = Logger.getLogger(LegalFamilyReconciliation.class);
    private static final Actor RECONCILIATION = new Actor("essor-registry (INSEE nomenclature)");

    @Inject
    Pool database;

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EnterpriseChanges changes;

    @Inject
    UnitOfWork work;

    private record Stored(UUID id, long version, String category, String family, String kind) {
    }

    @Scheduled(every = "24h", delayed = "${essor.registry.reclassification-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return run().replaceWithVoid();
    }

    /** Reclassifies every enterprise whose stored family or kind its category contradicts; returns how many. */
    public Uni<Integer> run() {
        return database.query("SELECT id, version, legal_category, legal_family, cooperative_kind FROM enterprise").execute()
                .map(rows -> {
                    List<Stored> wrong = new ArrayList<>();
                    for (Row row : rows) {
                        Stored stored = new Stored(row.getUUID(0), row.getLong(1), row.getString(2), row.getString(3), row.getString(4));
                        if (misfiled(stored)) {
                            wrong.add(stored);
                        }
                    }
                    return wrong;
                })
                .flatMap(wrong -> Multi.createFrom().iterable(wrong)
                        .onItem().transformToUniAndConcatenate(this::reclassify)
                        .collect().asList()
                        .map(done -> (int) done.stream().filter(Boolean::booleanValue).count()))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("%d enterprises given the family their legal category has in INSEE's nomenclature", count);
                    }
                });
    }

    private static boolean misfiled(Stored stored) {
        return LegalCategories.find(stored.category()).map(entry -> {
            boolean declaredKind = CooperativeKind.SCIC.name().equals(stored.kind()) || CooperativeKind.CAE.name().equals(stored.kind());
            String kind = entry.cooperativeKind() == null ? null : entry.cooperativeKind().name();
            return !entry.family().name().equals(stored.family()) || (!declaredKind && !Objects.equals(kind, stored.kind()));
        }).orElse(false);
    }

    private Uni<Boolean> reclassify(Stored stored) {
        return work.change(() -> enterprises.whole(stored.id()), EnterpriseAccess.NOT_FOUND, stored.version(),
                        (enterprise, now) -> enterprise.reclassify(RECONCILIATION, now).orElse(null), changes, RECONCILIATION)
                .replaceWith(true)
                .onFailure(LegalFamilyReconciliation::changedMeanwhile).recoverWithItem(false);
    }

    /** Someone changed (or erased) the enterprise since it was read: the next run looks at it again. */
    private static boolean changedMeanwhile(Throwable failure) {
        return failure instanceof StaleVersionException || failure instanceof NotFoundException
                || failure instanceof OptimisticLockException || failure instanceof StaleStateException;
    }
}
