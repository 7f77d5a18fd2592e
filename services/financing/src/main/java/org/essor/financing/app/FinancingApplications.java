package org.essor.financing.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.enterprises.Departements;
import org.essor.enterprises.EnterpriseFacts;
import org.essor.enterprises.KnownEnterprises;
import org.essor.events.change.UnitOfWork;
import org.essor.financing.domain.ApplicationChange;
import org.essor.financing.domain.ApplicationStatus;
import org.essor.financing.domain.BudgetEnvelope;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.Project;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.security.Visibility;

import io.smallrye.mutiny.Uni;

/**
 * The use cases of financing applications: an enterprise of the register (through a partner system or its
 * representative) applies to an instrument and follows its file; finance officers instruct, decide (committing
 * against the Région's budget envelopes), contract and pay. Every change runs through the unit of work: versioned,
 * in the history and the audit trail, published through the outbox.
 */
@ApplicationScoped
public class FinancingApplications {

    @Inject
    Repositories.Applications applications;

    @Inject
    Repositories.Envelopes envelopes;

    @Inject
    InstrumentDesk instruments;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    ApplicationChanges changes;

    @Inject
    UnitOfWork work;

    /**
     * A draft: the enterprise must be known from the register and within the caller's reach (else the same 404 as an
     * unknown one), the instrument must take applications today (409 with the reason), the enterprise must meet its
     * conditions and the project its amount rules (422 with every reason).
     */
    public Uni<FinancingApplication> draft(UUID enterpriseId, String instrumentCode, Project project, Visibility visibility,
                                           String partnerClient, Actor actor) {
        return work.inTransaction(() -> enterprises.visibleTo(enterpriseId, visibility.onlySiren())
                .flatMap(enterprise -> instruments.find(instrumentCode).flatMap(instrument -> {
                    LocalDate today = work.time().today();
                    requireTakingApplications(instrument, today);
                    List<String> refusals = instrument.conditions().refusals(enterprise, "the instrument",
                            Departements.OCCITANIE, today);
                    if (!refusals.isEmpty()) {
                        throw new RuleViolationException("The enterprise is not eligible to " + instrument.name(),
                                refusals.stream().map(reason -> new Violation("enterpriseId", reason)).toList());
                    }
                    FinancingApplication application = FinancingApplication.draft(instrument, enterprise, project,
                            partnerClient, actor, work.time().now());
                    return work.create(() -> applications.persist(application), ApplicationChange.noted(
                            ApplicationStatus.DRAFT, "drafted"), changes, actor, work.time().now());
                })));
    }

    public Uni<FinancingApplication> revise(UUID id, long expectedVersion, Project project, Visibility visibility, Actor actor) {
        return change(id, expectedVersion, visibility, actor, (application, now) -> instruments.find(application.instrumentCode())
                .map(instrument -> application.revise(instrument, project, now)));
    }

    /** Submitted (or resubmitted after corrections) while the instrument still takes applications. */
    public Uni<FinancingApplication> submit(UUID id, long expectedVersion, Visibility visibility, Actor actor) {
        return change(id, expectedVersion, visibility, actor, (application, now) -> instruments.find(application.instrumentCode())
                .map(instrument -> {
                    requireTakingApplications(instrument, work.time().today());
                    return application.submit(now);
                }));
    }

    public Uni<FinancingApplication> assignInstructor(UUID id, long expectedVersion, String instructor, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.assignInstructor(instructor,
                work.time().now())));
    }

    public Uni<FinancingApplication> askCorrections(UUID id, long expectedVersion, String what, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.askCorrections(what,
                work.time().now())));
    }

    public Uni<FinancingApplication> sendToCommittee(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.sendToCommittee(
                work.time().now())));
    }

    /**
     * The committee's approval. On a regional instrument the granted amount is committed against the envelope of
     * the decision's year, locked for the rest of the transaction so that concurrent approvals commit one after the
     * other and never exceed it (409 with the figures when it would).
     */
    public Uni<FinancingApplication> approve(UUID id, long expectedVersion, BigDecimal granted, String conditions, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, (application, now) -> instruments.find(application.instrumentCode())
                .flatMap(instrument -> {
                    if (!instrument.regional()) {
                        return Uni.createFrom().item(application.approve(granted, conditions, null, now));
                    }
                    int year = work.time().today().getYear();
                    return envelopes.lockedFor(instrument.code(), year).map(envelope -> {
                        if (envelope == null) {
                            throw new StateConflictException("No " + year + " budget envelope is open for " + instrument.name()
                                    + ": a finance officer opens it before the committee's decisions");
                        }
                        ApplicationChange change = application.approve(granted, conditions, envelope.id(), now);
                        envelope.commit(application.grantedAmount(), now);
                        return change;
                    });
                }));
    }

    public Uni<FinancingApplication> reject(UUID id, long expectedVersion, String motivation, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.reject(motivation,
                work.time().now())));
    }

    /** Closed without follow-up; an approved file gives its commitment back to its envelope. */
    public Uni<FinancingApplication> close(UUID id, long expectedVersion, String reason, Visibility visibility, Actor actor) {
        return change(id, expectedVersion, visibility, actor, (application, now) -> {
            BigDecimal committed = application.committed();
            ApplicationChange change = application.close(reason, now);
            return onEnvelope(application, envelope -> envelope.release(committed, now)).replaceWith(change);
        });
    }

    public Uni<FinancingApplication> contract(UUID id, long expectedVersion, FinancingApplication.RepaymentTermsAsked terms,
                                              Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.contract(terms,
                work.time().now())));
    }

    /** A tranche paid, counted as paid against the envelope. */
    public Uni<FinancingApplication> disburse(UUID id, long expectedVersion, BigDecimal amount, LocalDate paidOn, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, (application, now) -> {
            ApplicationChange change = application.disburse(amount, paidOn, actor, now);
            return onEnvelope(application, envelope -> envelope.pay(change.payments().get(0).amount(), now)).replaceWith(change);
        });
    }

    public Uni<FinancingApplication> receiveRepayment(UUID id, long expectedVersion, BigDecimal amount, LocalDate receivedOn,
                                                      Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.receiveRepayment(amount,
                receivedOn, actor, work.time().now())));
    }

    public Uni<FinancingApplication> reportLoanBalance(UUID id, long expectedVersion, BigDecimal balance, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.reportLoanBalance(balance,
                work.time().now())));
    }

    public Uni<FinancingApplication> callGuarantee(UUID id, long expectedVersion, BigDecimal outstandingBalance,
                                                   LocalDate calledOn, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, sync(application -> application.callGuarantee(
                outstandingBalance, calledOn, work.time().now())));
    }

    /** A claim paid by the guarantor, counted as paid against the envelope of a regional guarantee. */
    public Uni<FinancingApplication> payClaim(UUID id, long expectedVersion, UUID claimId, BigDecimal amount, LocalDate paidOn,
                                              Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, (application, now) -> {
            ApplicationChange change = application.payClaim(claimId, amount, paidOn, now);
            return onEnvelope(application, envelope -> envelope.pay(change.payments().get(0).amount(), now)).replaceWith(change);
        });
    }

    /** Flags each open file of an enterprise the register struck off; inside the caller's transaction. */
    public Uni<Void> flagStruckOff(UUID enterpriseId) {
        return applications.openOfEnterprise(enterpriseId).flatMap(found -> {
            Instant now = work.time().now();
            Uni<Void> flagged = Uni.createFrom().voidItem();
            for (FinancingApplication application : found) {
                flagged = flagged.flatMap(nothing -> work.record(application, application.flagStruckOff(now), changes,
                        Actor.SYSTEM, now));
            }
            return flagged;
        });
    }

    /** Marks the missed instalments of one file, each as a change of its own; the number marked. */
    public Uni<Integer> markMissedInstalments(UUID id, LocalDate today) {
        return work.inTransaction(() -> applications.findById(id).flatMap(application -> markNext(application, today, 0)));
    }

    private Uni<Integer> markNext(FinancingApplication application, LocalDate today, int marked) {
        Instant now = work.time().now();
        ApplicationChange change = application.findMissedInstalment(today, now);
        if (change == null) {
            return Uni.createFrom().item(marked);
        }
        return work.record(application, change, changes, Actor.SYSTEM, now).flatMap(done -> markNext(application, today, marked + 1));
    }

    /** The file if the caller may see it; otherwise the same not-found as a file that does not exist. */
    public Uni<FinancingApplication> visible(UUID id, Visibility visibility) {
        return work.inSession(() -> findVisible(id, visibility));
    }

    public Uni<List<FinancingApplication>> list(ApplicationStatus status, String instrumentCode, UUID enterpriseId,
                                                Instant updatedSince, Visibility visibility, Instant afterUpdated,
                                                UUID afterId, int limit) {
        return work.inSession(() -> (visibility.onlySiren() == null ? Uni.createFrom().item(List.<UUID>of())
                : enterprises.withSiren(visibility.onlySiren())).flatMap(own -> {
            StringBuilder query = new StringBuilder("from FinancingApplication a where 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            if (status != null) {
                query.append(" and a.status = :status");
                parameters.put("status", status);
            }
            if (instrumentCode != null) {
                query.append(" and a.instrumentCode = :instrument");
                parameters.put("instrument", instrumentCode);
            }
            if (enterpriseId != null) {
                query.append(" and a.enterpriseId = :enterprise");
                parameters.put("enterprise", enterpriseId);
            }
            if (updatedSince != null) {
                query.append(" and a.updatedAt >= :since");
                parameters.put("since", updatedSince);
            }
            if (visibility.onlySiren() != null) {
                if (own.isEmpty()) {
                    return Uni.createFrom().item(List.<FinancingApplication>of());
                }
                query.append(" and a.enterpriseId in :own");
                parameters.put("own", own);
            }
            if (visibility.onlyClient() != null) {
                query.append(" and a.partnerClient = :client");
                parameters.put("client", visibility.onlyClient());
            }
            if (afterId != null) {
                query.append(" and (a.updatedAt > :afterUpdated or (a.updatedAt = :afterUpdated and a.id > :afterId))");
                parameters.put("afterUpdated", afterUpdated);
                parameters.put("afterId", afterId);
            }
            query.append(" order by a.updatedAt, a.id");
            return applications.find(query.toString(), parameters).page(0, limit).list();
        }));
    }

    private Uni<FinancingApplication> findVisible(UUID id, Visibility visibility) {
        return applications.findById(id).flatMap(application -> {
            if (application == null || (visibility.onlyClient() != null
                    && !visibility.onlyClient().equals(application.partnerClient()))) {
                return Uni.createFrom().failure(notFound(id));
            }
            if (visibility.onlySiren() == null) {
                return Uni.createFrom().item(application);
            }
            return enterprises.find(application.enterpriseId()).map(enterprise -> {
                if (enterprise == null || !visibility.onlySiren().equals(enterprise.siren())) {
                    throw notFound(id);
                }
                return application;
            });
        });
    }

    /** A change of a file within the caller's reach (the reach checked before the version), at the version read. */
    private Uni<FinancingApplication> change(UUID id, long expectedVersion, Visibility visibility, Actor actor,
                                             UnitOfWork.CheckedTransition<FinancingApplication, ApplicationChange> transition) {
        return work.changeChecked(() -> findVisible(id, visibility), "No financing application " + id, expectedVersion,
                transition, changes, actor);
    }

    private static UnitOfWork.CheckedTransition<FinancingApplication, ApplicationChange> sync(
            Function<FinancingApplication, ApplicationChange> transition) {
        return (application, now) -> Uni.createFrom().item(() -> transition.apply(application));
    }

    /** Applies {@code action} to the file's envelope, locked, when it has one. */
    private Uni<Void> onEnvelope(FinancingApplication application, java.util.function.Consumer<BudgetEnvelope> action) {
        if (application.envelopeId() == null) {
            return Uni.createFrom().voidItem();
        }
        return envelopes.locked(application.envelopeId()).invoke(action).replaceWithVoid();
    }

    private static void requireTakingApplications(Instrument instrument, LocalDate today) {
        List<String> reasons = instrument.refusals(null, today);
        if (!reasons.isEmpty()) {
            throw new StateConflictException(String.join("; ", reasons));
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No financing application " + id);
    }
}
