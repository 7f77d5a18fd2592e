package org.essor.evaluation.app;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.essor.evaluation.domain.Period;
import org.essor.kernel.Actor;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StateConflictException;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Closes the last month and the last quarter by itself once they have been over for
 * {@code essor.evaluation.closing-delay-days} (late events have arrived by then), unless an evaluator closed them
 * first. Every replica may try: the period is closed once, the others meet the conflict and move on.
 */
@ApplicationScoped
public class PeriodCloser {

    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);

    @Inject
    PeriodClosing closing;

    @Inject
    ServiceTime time;

    @ConfigProperty(name = "essor.evaluation.closing-delay-days", defaultValue = "5")
    int delayDays;

    @Scheduled(every = "${essor.evaluation.closing-check-interval:1h}", delayed = "${essor.evaluation.closing-check-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> everyHour() {
        return closeDue(time.today());
    }

    /** Closes the last month and quarter ended at least the delay before {@code today}, when not closed yet. */
    public Uni<Void> closeDue(LocalDate today) {
        LocalDate ended = today.minusDays(delayDays);
        YearMonth month = YearMonth.from(ended).minusMonths(1);
        int quarterOfEnded = (ended.getMonthValue() - 1) / 3;
        LocalDate quarterStart = LocalDate.of(ended.getYear(), quarterOfEnded * 3 + 1, 1).minusMonths(3);
        List<String> due = List.of(month.toString(),
                quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1));
        return Multi.createFrom().iterable(due)
                .onItem().transformToUniAndConcatenate(label -> closing.isClosed(label).chain(closed -> closed
                        ? Uni.createFrom().voidItem()
                        : closing.close(Period.parse(label).orElseThrow(), Actor.SYSTEM)
                                .invoke(snapshot -> LOG.infof("Period %s closed and published", label))
                                .replaceWithVoid()
                                .onFailure(StateConflictException.class).recoverWithNull()))
                .collect().asList().replaceWithVoid();
    }
}
