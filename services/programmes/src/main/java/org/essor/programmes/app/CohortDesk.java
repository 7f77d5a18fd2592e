package org.essor.programmes.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.enterprises.KnownEnterprises;
import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationStatus;
import org.essor.programmes.domain.Cohort;
import org.essor.programmes.domain.HostingKind;
import org.essor.programmes.domain.Jobs;
import org.essor.programmes.domain.Referral;
import org.essor.programmes.domain.MilestoneKind;
import org.essor.programmes.domain.Outcome;
import org.essor.programmes.domain.Participation;
import org.essor.programmes.domain.ParticipationChange;

import io.smallrye.mutiny.Uni;

/** Cohorts of admitted applicants and their follow-up; each change, its history line and its event commit together. */
@ApplicationScoped
public class CohortDesk {

    /** The name of a cohort in the audit trail. */
    public static final String AUDITED_AS = "cohort";

    @Inject
    Repositories.Cohorts cohorts;

    @Inject
    Repositories.Participations participations;

    @Inject
    Repositories.Applications applications;

    @Inject
    Repositories.Calls calls;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    Repositories.Programmes programmes;

    @Inject
    FinancingInstruments instruments;

    @Inject
    ParticipationChanges changes;

    @Inject
    UnitOfWork work;

    @Inject
    ServiceTime time;

    @Inject
    AuditTrail audit;

    /** Forms a cohort of the call with the given admitted applications, or all admitted ones not yet in a cohort. */
    public Uni<Cohort> form(UUID callId, String name, LocalDate startsOn, LocalDate endsOn, List<UUID> applicationIds, Actor actor) {
        boolean chosenByOfficer = applicationIds != null && !applicationIds.isEmpty();
        return work.inTransaction(() -> calls.findById(callId).onItem().ifNull()
                .failWith(() -> new RuleViolationException(new Violation("callId", "no call " + callId)))
                .flatMap(call -> applications.ofCall(callId))
                .flatMap(ofCall -> {
                    Instant now = time.now();
                    Cohort cohort = Cohort.form(callId, name, startsOn, endsOn, actor, now);
                    List<Application> chosen = !chosenByOfficer
                            ? ofCall.stream().filter(a -> a.status() == ApplicationStatus.ADMITTED).toList()
                            : applicationIds.stream().map(id -> ofCall.stream().filter(a -> a.id().equals(id)).findFirst()
                            .orElseThrow(() -> new RuleViolationException(new Violation("applicationIds",
                                    id + " is not an application of this call")))).toList();
                    Uni<Void> enrolled = Uni.createFrom().voidItem();
                    for (Application application : chosen) {
                        enrolled = enrolled.flatMap(nothing -> participations.existsFor(application.id()).map(already -> {
                            if (already && chosenByOfficer) {
                                throw new StateConflictException(application.id() + " is in a cohort already");
                            }
                            if (!already) {
                                cohort.enrol(application, now);
                            }
                            return null;
                        }));
                    }
                    return enrolled.flatMap(nothing -> cohorts.persist(cohort)).call(saved -> {
                        Uni<Void> recorded = audit.record(new AuditedChange(AUDITED_AS, saved.id(), 0L, "FORMED"), actor, now);
                        for (Participation participation : saved.participations()) {
                            recorded = recorded.flatMap(nothing -> work.record(participation,
                                    ParticipationChange.of(ParticipationChange.Kind.ENROLLED), changes, actor, now));
                        }
                        return recorded;
                    });
                }));
    }

    public Uni<Cohort> find(UUID id) {
        return work.inSession(() -> cohorts.findById(id)).onItem().ifNull()
                .failWith(() -> new NotFoundException("No cohort " + id));
    }

    public Uni<Participation> logCoaching(UUID cohortId, UUID participationId, long expectedVersion, LocalDate on, String coach,
                                          BigDecimal hours, String topic, Actor actor) {
        return change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.logCoaching(on, coach, hours, topic, now), actor);
    }

    public Uni<Participation> reachMilestone(UUID cohortId, UUID participationId, long expectedVersion, MilestoneKind kind,
                                             LocalDate on, String note, Actor actor) {
        return change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.reach(kind, on, note, now), actor);
    }

    public Uni<Participation> host(UUID cohortId, UUID participationId, long expectedVersion, HostingKind kind, LocalDate from,
                                   LocalDate to, Actor actor) {
        return change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.host(kind, from, to, now), actor);
    }

    public Uni<Participation> complete(UUID cohortId, UUID participationId, long expectedVersion, Outcome outcome,
                                       UUID createdEnterpriseId, Jobs jobs, Actor actor) {
        return requireKnown(createdEnterpriseId).flatMap(ok -> change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.complete(outcome, createdEnterpriseId, jobs, time.today(), now), actor));
    }

    /**
     * Refers the participant to the next link of the support chain: a programme of the catalogue that takes calls,
     * or a financing instrument of the plan's map that exists (not one still to be deployed or created).
     */
    public Uni<Participation> refer(UUID cohortId, UUID participationId, long expectedVersion, Referral referral, Actor actor) {
        Uni<Void> checked = switch (referral.kind()) {
            case FINANCING_INSTRUMENT -> {
                var instrument = instruments.find(referral.code()).orElseThrow(() -> new RuleViolationException(
                        new Violation("financingInstrument", "no financing instrument " + referral.code() + " in the plan's map")));
                if (!instrument.available()) {
                    throw new RuleViolationException(new Violation("financingInstrument", instrument.name()
                            + " does not exist yet: the plan has it " + instrument.status()));
                }
                yield Uni.createFrom().voidItem();
            }
            case PROGRAMME -> work.inSession(() -> programmes.findById(referral.code())).map(programme -> {
                if (programme == null) {
                    throw new RuleViolationException(new Violation("programme", "no programme " + referral.code()
                            + " in the catalogue"));
                }
                if (!programme.takesCalls()) {
                    throw new RuleViolationException(new Violation("programme", programme.name()
                            + " does not run yet: the plan has it " + programme.status().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')));
                }
                return null;
            });
        };
        return checked.flatMap(ok -> change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.refer(referral, now), actor));
    }

    public Uni<Participation> linkCreatedEnterprise(UUID cohortId, UUID participationId, long expectedVersion, UUID enterpriseId,
                                                    Actor actor) {
        return requireKnown(enterpriseId).flatMap(ok -> change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.linkCreatedEnterprise(enterpriseId, now), actor));
    }

    public Uni<Participation> dropOut(UUID cohortId, UUID participationId, long expectedVersion, String reason, Actor actor) {
        return change(cohortId, participationId, expectedVersion,
                (participation, now) -> participation.dropOut(reason, time.today(), now), actor);
    }

    /** A change to a participation of the cohort, as one unit of work. */
    private Uni<Participation> change(UUID cohortId, UUID id, long expectedVersion,
                                      UnitOfWork.Transition<Participation, ParticipationChange> transition, Actor actor) {
        return work.change(() -> participations.findById(id).map(found -> found != null && found.cohortId().equals(cohortId)
                        ? found : null), "No participation " + id + " in cohort " + cohortId, expectedVersion,
                transition, changes, actor);
    }

    private Uni<Void> requireKnown(UUID enterpriseId) {
        if (enterpriseId == null) {
            return Uni.createFrom().voidItem();
        }
        return work.inSession(() -> enterprises.find(enterpriseId)).map(known -> {
            if (known == null) {
                throw new RuleViolationException(new Violation("createdEnterpriseId",
                        "no enterprise " + enterpriseId + " is known from the register yet"));
            }
            return null;
        });
    }
}
