package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.essor.kernel.StateConflictException;

/**
 * The selection committee of a call: ranks the reviewed applications by weighted score, admits them up to the
 * seats still free and waitlists the others; when an admitted applicant withdraws, the best waitlisted one takes
 * the seat. Callers hold the call's lock, so seats are never counted twice.
 */
public final class Committee {

    private static final Comparator<Application> RANKING = Comparator
            .comparing(Application::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Application::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Application::id);

    private Committee() {
    }

    /** Decides every application under review of the call. */
    public static Map<Application, ApplicationChange> decide(Call call, List<Application> applications, Instant now) {
        List<Application> underReview = applications.stream()
                .filter(a -> a.status() == ApplicationStatus.UNDER_REVIEW).sorted(RANKING).toList();
        if (underReview.isEmpty()) {
            throw new StateConflictException("No application of this call is under review");
        }
        List<Application> unreviewed = underReview.stream().filter(a -> a.reviews().isEmpty()).toList();
        if (!unreviewed.isEmpty()) {
            throw new StateConflictException(unreviewed.size() + " application(s) under review have no review yet, e.g. "
                    + unreviewed.get(0).id());
        }
        long free = call.seats() - admitted(applications);
        Map<Application, ApplicationChange> decisions = new LinkedHashMap<>();
        for (Application application : underReview) {
            decisions.put(application, application.decide(free-- > 0, now));
        }
        call.committeeDecided(now);
        return decisions;
    }

    /** After a withdrawal: the best waitlisted applicant, if a seat is free. */
    public static Optional<Map.Entry<Application, ApplicationChange>> fillFreedSeat(Call call, List<Application> applications,
                                                                                  Instant now) {
        if (admitted(applications) >= call.seats()) {
            return Optional.empty();
        }
        return applications.stream().filter(a -> a.status() == ApplicationStatus.WAITLISTED).sorted(RANKING).findFirst()
                .map(next -> Map.entry(next, next.promote(now)));
    }

    public static long admitted(List<Application> applications) {
        return applications.stream().filter(a -> a.status() == ApplicationStatus.ADMITTED).count();
    }

    static List<Application> ranked(List<Application> applications) {
        return new ArrayList<>(applications.stream().sorted(RANKING).toList());
    }
}
