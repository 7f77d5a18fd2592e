package org.essor.financing.app;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.persistence.Transactions;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Finds the instalments of repayment schedules that fell due without being covered by the repayments received, and
 * marks each one missed once (event {@code repayment-missed}): every hour, so a missed instalment shows the day
 * after its due date. Each file is marked in a transaction of its own.
 */
@ApplicationScoped
public class ArrearsWatch {

    private static final Logger LOG = Logger.getLogger(ArrearsWatch.class);

    /** Files with an instalment due before today and not yet marked missed (whether covered is the aggregate's to say). */
    private static final String CANDIDATES = """
            SELECT DISTINCT a.id FROM financing_application a JOIN instalment i ON i.application_id = a.id
            WHERE a.status IN ('CONTRACTED', 'DISBURSED') AND i.due_on < :today AND i.missed_on IS NULL""";

    @Inject
    FinancingApplications applications;

    @Inject
    org.essor.kernel.ServiceTime time;

    @Scheduled(every = "${essor.financing.arrears-check-interval:1h}", delayed = "${essor.financing.arrears-check-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> everyHour() {
        return run().replaceWithVoid();
    }

    /** Marks what is missed as of today; the number of instalments marked. */
    public Uni<Integer> run() {
        LocalDate today = time.today();
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery(CANDIDATES, UUID.class).setParameter("today", today).getResultList()))
                .flatMap(ids -> markEach(ids, today))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("%d instalments found missed", count);
                    }
                });
    }

    private Uni<Integer> markEach(List<UUID> ids, LocalDate today) {
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> applications.markMissedInstalments(id, today))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }
}
