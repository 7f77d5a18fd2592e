package org.essor.programmes.app;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.outbox.OutgoingEvent;
import org.essor.events.outbox.Outbox;
import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.essor.persistence.Transactions;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationStatus;
import org.essor.programmes.domain.Cohort;
import org.essor.programmes.domain.HostingKind;
import org.essor.programmes.domain.MilestoneKind;
import org.essor.programmes.domain.Outcome;
import org.essor.programmes.domain.Participation;
import org.essor.programmes.events.ParticipationEvents;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Cohorts of admitted applicants and their follow-up; each change and its event commit together. */
@ApplicationScoped
public class CohortDesk {

    @Inject
    Repositories.Cohorts cohorts;

    @Inject
    Repositories.Participations participations;

    @Inject
    Repositories.Applications applications;

    @Inject
    Repositories.Calls calls;

    @Inject
    Repositories.Enterprises enterprises;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Forms a cohort of the call with the given admitted applications, or all admitted ones not yet in a cohort. */
    public Uni<Cohort> form(UUID callId, String name, LocalDate startsOn, LocalDate endsOn, List<UUID> applicationIds, Actor actor) {
        return Transactions.inTransaction(() -> calls.findById(callId).onItem().ifNull()
                .failWith(() -> new RuleViolationException(new Violation("callId", "no call " + callId)))
                .flatMap(call -> applications.ofCall(callId))
                .flatMap(ofCall -> {
                    Cohort cohort = Cohort.form(callId, name, startsOn, endsOn, actor, now());
                    List<Application> chosen = applicationIds == null || applicationIds.isEmpty()
                            ? ofCall.stream().filter(a -> a.status() == ApplicationStatus.ADMITTED).toList()
                            : applicationIds.stream().map(id -> ofCall.stream().filter(a -> a.id().equals(id)).findFirst()
                            .orElseThrow(() -> new RuleViolationException(new Violation("applicationIds",
                                    id + " is not an application of this call")))).toList();
                    Uni<Void> enrolled = Uni.createFrom().voidItem();
                    for (Application application : chosen) {
                        enrolled = enrolled.flatMap(nothing -> participations.existsFor(application.id()).map(already -> {
                            if (already) {
                                if (applicationIds == null || applicationIds.isEmpty()) {
                                    return null;
                                }
                                throw new org.essor.kernel.StateConflictException(application.id() + " is in a cohort already");
                            }
                            cohort.enrol(application, now());
                            return null;
                        }));
                    }
                    return enrolled.flatMap(nothing -> cohorts.persist(cohort)).call(Panache::flush)
                            .call(saved -> appendAll(saved.participations().stream()
                                    .map(p -> ParticipationEvents.enrolled(p, now())).toList()));
                }));
    }

    public Uni<Cohort> find(UUID id) {
        return Transactions.inSession(() -> cohorts.findById(id)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No cohort " + id));
    }

    public Uni<Participation> logCoaching(UUID cohortId, UUID participationId, long expectedVersion, LocalDate on, String coach,
                                          BigDecimal hours, String topic) {
        return change(cohortId, participationId, expectedVersion, participation -> {
            participation.logCoaching(on, coach, hours, topic);
            return () -> ParticipationEvents.coachingLogged(participation, hours, now());
        });
    }

    public Uni<Participation> reachMilestone(UUID cohortId, UUID participationId, long expectedVersion, MilestoneKind kind, LocalDate on,
                                             String note) {
        return change(cohortId, participationId, expectedVersion, participation -> {
            participation.reach(kind, on, note);
            return () -> ParticipationEvents.milestoneReached(participation, kind.name(), on, now());
        });
    }

    public Uni<Participation> host(UUID cohortId, UUID participationId, long expectedVersion, HostingKind kind, LocalDate from, LocalDate to) {
        return change(cohortId, participationId, expectedVersion, participation -> {
            participation.host(kind, from, to);
            return null;
        });
    }

    public Uni<Participation> complete(UUID cohortId, UUID participationId, long expectedVersion, Outcome outcome, UUID createdEnterpriseId) {
        return requireKnown(createdEnterpriseId).flatMap(ok -> change(cohortId, participationId, expectedVersion, participation -> {
            participation.complete(outcome, createdEnterpriseId, LocalDate.now(clock));
            return () -> ParticipationEvents.ended(participation, now());
        }));
    }

    public Uni<Participation> linkCreatedEnterprise(UUID cohortId, UUID participationId, long expectedVersion, UUID enterpriseId) {
        return requireKnown(enterpriseId).flatMap(ok -> change(cohortId, participationId, expectedVersion, participation -> {
            participation.linkCreatedEnterprise(enterpriseId);
            return null;
        }));
    }

    public Uni<Participation> dropOut(UUID cohortId, UUID participationId, long expectedVersion, String reason) {
        return change(cohortId, participationId, expectedVersion, participation -> {
            participation.dropOut(reason, LocalDate.now(clock));
            return () -> ParticipationEvents.ended(participation, now());
        });
    }

    /** A change to a participation, and the event it publishes (built after the flush, at the new version). */
    private Uni<Participation> change(UUID cohortId, UUID id, long expectedVersion,
                                      Function<Participation, java.util.function.Supplier<OutgoingEvent>> change) {
        return Transactions.inTransaction(() -> participations.findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No participation " + id))
                .flatMap(participation -> {
                    if (!participation.cohortId().equals(cohortId)) {
                        throw ProblemException.notFound("No participation " + id + " in cohort " + cohortId);
                    }
                    Versions.check(expectedVersion, participation.version());
                    var event = change.apply(participation);
                    return Panache.flush().flatMap(nothing -> event == null ? Uni.createFrom().voidItem()
                            : outbox.append(event.get())).replaceWith(participation);
                }));
    }

    private Uni<Void> requireKnown(UUID enterpriseId) {
        if (enterpriseId == null) {
            return Uni.createFrom().voidItem();
        }
        return Transactions.inSession(() -> enterprises.findById(enterpriseId)).map(known -> {
            if (known == null) {
                throw new RuleViolationException(new Violation("createdEnterpriseId",
                        "no enterprise " + enterpriseId + " is known from the register yet"));
            }
            return null;
        });
    }

    private Uni<Void> appendAll(List<OutgoingEvent> events) {
        return outbox.append(events);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
