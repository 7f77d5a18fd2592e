package org.essor.programmes.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.enterprises.KnownEnterprises;
import org.essor.enterprises.EnterpriseFacts;
import org.essor.events.audit.AuditTrail;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StaleVersionException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationChange;
import org.essor.programmes.domain.ApplicationStatus;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Committee;
import org.essor.programmes.domain.Declarations;
import org.essor.programmes.domain.Siren;
import org.essor.programmes.domain.TerritorialNeed;
import org.essor.programmes.domain.PersonApplicant;
import org.essor.programmes.domain.Stage;
import org.essor.security.SecretLinks;
import org.essor.security.Visibility;

import io.smallrye.mutiny.Uni;

/**
 * The use cases of applications. Each runs in one transaction and stores the application, its history line and
 * its event together; decisions and withdrawals lock the call first, so seats are counted one decision at a time.
 */
@ApplicationScoped
public class Applications {

    @Inject
    Repositories.Calls calls;

    @Inject
    Repositories.Applications applications;

    @Inject
    Repositories.Programmes programmes;

    @Inject
    Repositories.Persons persons;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    Repositories.Needs needs;

    @Inject
    DeclaredCounts counts;

    @Inject
    CallChanges callChanges;

    @Inject
    ApplicationChanges changes;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    ServiceTime time;

    /** What an enterprise's application says besides the call: the project, and what it optionally declares. */
    public record Project(Stage stage, String projectTitle, UUID needId, Declarations declarations) {
    }

    /**
     * An enterprise known from the registry applies; a partner's application is in the hands of its client
     * ({@code partnerClient}, null when not a partner applies). An unknown enterprise,
     * or for an enterprise representative ({@code onlySiren}) another enterprise, is not found; a struck-off or
     * ineligible one gets a 422 with the reasons.
     */
    public Uni<Application> applyAsEnterprise(UUID callId, UUID enterpriseId, Project project, String onlySiren,
                                              String partnerClient, Actor actor) {
        return work.inTransaction(() -> openCall(callId).flatMap(call -> enterprises.visibleTo(enterpriseId, onlySiren)
                .flatMap(known -> {
                    List<String> refusals = call.rules().refusals(known, project.stage(), call.departements(), today());
                    if (!refusals.isEmpty()) {
                        throw new RuleViolationException("The enterprise is not eligible to this call",
                                refusals.stream().map(reason -> new Violation("enterpriseId", reason)).toList());
                    }
                    requireNotClosed(call);
                    return openApplicationOf(call, enterpriseId).flatMap(already -> {
                        if (already) {
                            throw new StateConflictException("The enterprise has an application on this call already");
                        }
                        return needTakenUp(call, project.needId(), known.departements()).flatMap(need ->
                                draftFor(call, known, enterpriseId, project, partnerClient, actor));
                    });
                })));
    }

    /**
     * An enterprise known only by its SIREN, not (yet) in the ESS register, applies to a call of a programme that takes
     * such enterprises (YESS Académie « Entreprises », the takeover into SCOP of conventional enterprises); it says the
     * département it applies from. The call's rules on the register's facts (legal family, age, ESUS) cannot be
     * checked without the register: a call that sets them takes registered enterprises only.
     */
    public Uni<Application> applyAsUnregistered(UUID callId, String siren, String departement, Project project,
                                                String onlySiren, String partnerClient, Actor actor) {
        Siren.checked("siren", siren);
        if (onlySiren != null && !onlySiren.equals(siren)) {
            throw new NotFoundException("No enterprise " + siren + " is yours to apply for");
        }
        return work.inTransaction(() -> openCall(callId).flatMap(call -> programmes.findById(call.programmeCode())
                .flatMap(programme -> {
                    if (!programme.takesUnregisteredEnterprises()) {
                        throw new RuleViolationException(new Violation("siren", programme.name()
                                + " takes enterprises of the ESS register (by enterpriseId), not by SIREN alone"));
                    }
                    List<Violation> refusals = new java.util.ArrayList<>();
                    if (departement == null || !call.departements().contains(departement)) {
                        refusals.add(new Violation("departement", "the call covers the départements " + call.departements()));
                    }
                    if (call.rules().readsTheRegister()) {
                        refusals.add(new Violation("siren", "the call's rules (legal family, age, ESUS agreement) take "
                                + "enterprises of the ESS register only"));
                    }
                    if (!call.rules().stages().isEmpty() && !call.rules().stages().contains(project.stage())) {
                        refusals.add(new Violation("stage", "the call takes the stages " + call.rules().stages()));
                    }
                    if (!refusals.isEmpty()) {
                        throw new RuleViolationException("The enterprise may not apply to this call", refusals);
                    }
                    requireNotClosed(call);
                    return applications.count("call.id = ?1 and siren = ?2 and status <> ?3", call.id(), siren,
                            ApplicationStatus.WITHDRAWN).flatMap(already -> {
                        if (already > 0) {
                            throw new StateConflictException("The enterprise has an application on this call already");
                        }
                        return needTakenUp(call, project.needId(), Set.of(departement)).flatMap(need -> {
                            Application application = Application.draftOfUnregistered(call, siren, project.stage(), departement,
                                    project.projectTitle(), partnerClient, actor, now());
                            application.takeUp(project.needId());
                            application.declare(project.declarations());
                            return applications.persist(application).call(saved -> recordDraft(saved, null, actor));
                        });
                    });
                })));
    }

    private Uni<Application> draftFor(Call call, EnterpriseFacts known, UUID enterpriseId, Project project,
                                      String partnerClient, Actor actor) {
        String departement = known.departements().stream().filter(call.departements()::contains)
                .sorted().findFirst().orElse(known.departements().stream().sorted().findFirst().orElse(""));
        Application application = Application.draft(call, enterpriseId, null, project.stage(), departement,
                project.projectTitle(), partnerClient, actor, now());
        application.takeUp(project.needId());
        application.declare(project.declarations());
        return applications.persist(application).call(saved -> recordDraft(saved, null, actor));
    }

    /**
     * The need an application to a Fabrique à Initiatives call takes up: required there, in one of the call's
     * départements and where the applicant is; refused on the calls of other programmes.
     */
    private Uni<TerritorialNeed> needTakenUp(Call call, UUID needId, Set<String> applicantDepartements) {
        return programmes.findById(call.programmeCode()).flatMap(programme -> {
            if (!programme.answersTerritorialNeeds()) {
                if (needId != null) {
                    throw new RuleViolationException(new Violation("needId", programme.name()
                            + " does not answer territorial needs: apply without one"));
                }
                return Uni.createFrom().nullItem();
            }
            if (needId == null) {
                throw new RuleViolationException(new Violation("needId", programme.name()
                        + " answers needs identified in the territories: say which one the application takes up"));
            }
            return needs.findById(needId).map(need -> {
                if (need == null || !need.programmeCode().equals(programme.code())) {
                    throw new RuleViolationException(new Violation("needId", "no need " + needId + " identified by "
                            + programme.name()));
                }
                if (!call.departements().contains(need.departement())
                        || (!applicantDepartements.isEmpty() && !applicantDepartements.contains(need.departement()))) {
                    throw new RuleViolationException(new Violation("needId", "the need is in the département "
                            + need.departement() + ", outside the call's or the applicant's territory"));
                }
                return need;
            });
        });
    }

    private Uni<Boolean> openApplicationOf(Call call, UUID enterpriseId) {
        return applications.count("call.id = ?1 and enterpriseId = ?2 and status <> ?3", call.id(), enterpriseId,
                ApplicationStatus.WITHDRAWN).map(count -> count > 0);
    }

    /** What a person gets back: the application and the secret of its tracking link (shown once, stored hashed). */
    public record PersonApplication(Application application, String secret) {
    }

    /**
     * A person with a project applies to a call of a programme that takes people (YESS Académie, Fabrique à Initiatives).
     * An application while the same e-mail has one open on the call is taken all the same and flagged for officers:
     * refusing it would tell anyone who tries an address that this person applied.
     */
    public Uni<PersonApplication> applyAsPerson(UUID callId, PersonApplicant person, String projectTitle, UUID needId,
                                                Declarations declarations, Actor actor) {
        String secret = newSecret();
        return work.inTransaction(() -> openCall(callId).flatMap(call -> programmes.findById(call.programmeCode())
                .flatMap(programme -> {
                    if (!programme.takesPersonApplicants()) {
                        throw new RuleViolationException(new Violation("callId", programme.name()
                                + " takes enterprises, not people without an enterprise"));
                    }
                    if (!call.rules().stages().isEmpty() && !call.rules().stages().contains(Stage.EMERGENCE_CREATION)) {
                        throw new RuleViolationException(new Violation("callId", "the call takes the stages "
                                + call.rules().stages() + ": a project still in creation applies to a creation call"));
                    }
                    if (!call.departements().contains(person.departement())) {
                        throw new RuleViolationException(new Violation("communeCode",
                                "the call covers the départements " + call.departements()));
                    }
                    requireNotClosed(call);
                    return needTakenUp(call, needId, Set.of(person.departement()))
                            .flatMap(need -> openApplicationOfPerson(call, person.email())).flatMap(open -> {
                        Application application = Application.draft(call, null, person.id(), Stage.EMERGENCE_CREATION,
                                person.departement(), projectTitle, actor, now());
                        application.takeUp(needId);
                        application.declare(declarations);
                        application.protectWith(hash(secret));
                        if (open != null) {
                            application.flagPossibleDuplicateOf(open.id());
                        }
                        String note = open == null ? null : "possibly a duplicate of " + open.id();
                        return persons.persist(person).flatMap(p -> applications.persist(application))
                                .call(saved -> recordDraft(saved, note, actor));
                    });
                }))).map(application -> new PersonApplication(application, secret));
    }

    /** Submits the application if the caller may see it (checked again in the transaction: a handover may have come). */
    public Uni<Application> submit(UUID id, long expectedVersion, Visibility visibility, Actor actor) {
        return work.change(() -> findVisible(id, visibility), notFound(id), expectedVersion,
                (application, now) -> application.submit(now), changes, actor);
    }

    public Uni<Application> startReview(UUID id, long expectedVersion, Actor actor) {
        return work.change(() -> applications.findById(id), notFound(id), expectedVersion,
                (application, now) -> application.startReview(now), changes, actor);
    }

    public Uni<Application> requestCorrections(UUID id, long expectedVersion, String what, Actor actor) {
        return work.change(() -> applications.findById(id), notFound(id), expectedVersion,
                (application, now) -> application.requestCorrections(what, now), changes, actor);
    }

    public Uni<Application> reject(UUID id, long expectedVersion, String motivation, Actor actor) {
        return work.change(() -> applications.findById(id), notFound(id), expectedVersion,
                (application, now) -> application.reject(motivation, now), changes, actor);
    }

    /** An officer hands the application over to another partner client. */
    public Uni<Application> handOver(UUID id, long expectedVersion, String client, Actor actor) {
        return work.change(() -> applications.findById(id), notFound(id), expectedVersion,
                (application, now) -> application.handOverTo(client, now), changes, actor);
    }

    /** A reviewer scores the application; its history records that it was reviewed, and by whom. */
    public Uni<Application> review(UUID id, Map<String, Integer> scores, String comment, Actor reviewer) {
        return work.inTransaction(() -> find(id).call(application -> {
            Instant now = now();
            application.review(reviewer, scores, comment, now);
            return work.record(application, ApplicationChange.noted(application.status(), "reviewed"), changes, reviewer, now);
        }));
    }

    /** The applicant withdraws; if they held a seat, the best waitlisted applicant takes it. */
    public Uni<Application> withdraw(UUID id, long expectedVersion, Visibility visibility, Actor actor) {
        // the call is locked before the application or the call is loaded, so that both are read as they are now
        return work.inTransaction(() -> applications.callOf(id).onItem().ifNull()
                .failWith(() -> new NotFoundException(notFound(id))).flatMap(calls::locked)
                .flatMap(call -> findVisible(id, visibility).onItem().ifNull()
                        .failWith(() -> new NotFoundException(notFound(id))).replaceWith(call))
                .flatMap(call -> applications.ofCall(call.id()).flatMap(all -> {
                    Application application = all.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
                    StaleVersionException.check(expectedVersion, application.version());
                    Instant now = now();
                    boolean heldSeat = application.status() == ApplicationStatus.ADMITTED;
                    ApplicationChange withdrawn = application.withdraw(now);
                    Uni<Void> recorded = work.record(application, withdrawn, changes, actor, now);
                    if (heldSeat) {
                        var promotion = Committee.fillFreedSeat(call, all, now);
                        if (promotion.isPresent()) {
                            recorded = recorded.flatMap(nothing -> work.record(promotion.get().getKey(),
                                    promotion.get().getValue(), changes, actor, now));
                        }
                    }
                    return recorded.replaceWith(application);
                })));
    }

    /** What a committee decided: the call (at its new version) and the applications it decided, admitted first. */
    public record Decision(Call call, List<Application> decided) {
    }

    /**
     * The committee ranks the reviewed applications of the call, admits up to the free seats and waitlists the rest;
     * on the call at the version the officer read (another decision since then moved it).
     */
    public Uni<Decision> decide(UUID callId, OptionalLong expectedVersion, Actor actor) {
        return work.inTransaction(() -> calls.locked(callId).onItem().ifNull()
                .failWith(() -> new NotFoundException("No call " + callId))
                .invoke(call -> expectedVersion.ifPresent(expected -> StaleVersionException.check(expected, call.version())))
                .flatMap(call -> applications.ofCall(callId).flatMap(all -> {
                    Instant now = now();
                    Map<Application, ApplicationChange> decisions = Committee.decide(call, all, now);
                    Uni<Void> recorded = Uni.createFrom().voidItem();
                    for (var decision : decisions.entrySet()) {
                        recorded = recorded.flatMap(nothing -> work.record(decision.getKey(), decision.getValue(), changes,
                                actor, now));
                    }
                    return recorded.flatMap(nothing -> io.quarkus.hibernate.reactive.panache.Panache.flush())
                            .flatMap(flushed -> counts.of(callId))
                            .flatMap(statistics -> work.record(call, statistics, callChanges, actor, now))
                            .replaceWith(() -> new Decision(call, List.copyOf(decisions.keySet())));
                })));
    }

    /**
     * Applications in (last change, id) order after the given position; narrowed to a call, a status, a change date,
     * and to what the caller may see (see {@link Visibility}).
     */
    public Uni<List<Application>> list(UUID callId, ApplicationStatus status, Instant updatedSince, Visibility visibility,
                                       Instant afterUpdated, UUID afterId, int limit) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        return work.inSession(() -> (visibility.onlySiren() == null ? Uni.createFrom().item(List.<UUID>of())
                : enterprises.withSiren(visibility.onlySiren())).flatMap(ownEnterprises -> applications.find(
                        listQuery(callId, status, updatedSince, visibility, ownEnterprises, afterUpdated, afterId, parameters),
                        parameters).page(0, limit).list()));
    }

    private static String listQuery(UUID callId, ApplicationStatus status, Instant updatedSince, Visibility visibility,
                                    List<UUID> ownEnterprises, Instant afterUpdated, UUID afterId,
                                    Map<String, Object> parameters) {
        StringBuilder query = new StringBuilder("from Application a where 1 = 1");
        if (callId != null) {
            query.append(" and a.call.id = :call");
            parameters.put("call", callId);
        }
        if (status != null) {
            query.append(" and a.status = :status");
            parameters.put("status", status);
        }
        if (updatedSince != null) {
            query.append(" and a.updatedAt >= :since");
            parameters.put("since", updatedSince);
        }
        if (visibility.onlySiren() != null) {
            query.append(ownEnterprises.isEmpty() ? " and a.siren = :siren" : " and (a.siren = :siren or a.enterpriseId in :own)");
            parameters.put("siren", visibility.onlySiren());
            if (!ownEnterprises.isEmpty()) {
                parameters.put("own", ownEnterprises);
            }
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
        return query.toString();
    }

    /** The application; inside the caller's session or transaction. */
    Uni<Application> find(UUID id) {
        return applications.findById(id).onItem().ifNull().failWith(() -> new NotFoundException(notFound(id)));
    }

    /** The application, if the caller may see it; otherwise the same not-found as for an application that does not exist. */
    public Uni<Application> visible(UUID id, Visibility visibility) {
        return work.inSession(() -> findVisible(id, visibility)).onItem().ifNull()
                .failWith(() -> new NotFoundException(notFound(id)));
    }

    /** The application if it exists and the caller may see it, else null; inside the caller's session or transaction. */
    private Uni<Application> findVisible(UUID id, Visibility visibility) {
        return applications.findById(id).flatMap(application -> {
            if (application == null
                    || (visibility.onlyClient() != null && !visibility.onlyClient().equals(application.partnerClient()))
                    || (visibility.onlySiren() != null && application.enterpriseId() == null
                    && !visibility.onlySiren().equals(application.siren()))) {
                return Uni.createFrom().nullItem();
            }
            if (visibility.onlySiren() == null || application.enterpriseId() == null) {
                return Uni.createFrom().item(application);
            }
            return enterprises.find(application.enterpriseId())
                    .map(known -> known != null && visibility.onlySiren().equals(known.siren()) ? application : null);
        });
    }

    /** The call's counts of the applicants' declarations (the call must exist). */
    public Uni<org.essor.programmes.domain.DeclaredStatistics> declaredStatistics(UUID callId) {
        return work.inSession(() -> call(callId).flatMap(call -> counts.of(callId)));
    }

    public Uni<Application> bySecret(String secret) {
        return work.inSession(() -> applications.bySecretHash(hash(secret))).onItem().ifNull()
                .failWith(() -> new NotFoundException("No application follows this link"));
    }

    /**
     * Erases a person applicant's personal data, and with it the secret link (which would otherwise still show the
     * application to whoever holds it) and the person's name and address in the audit trail; the application and its
     * statistics remain.
     */
    public Uni<PersonApplicant> erasePerson(UUID applicationId, Actor actor) {
        return work.inTransaction(() -> find(applicationId).flatMap(application -> {
            Instant now = now();
            ApplicationChange erased = application.personErased(now);
            return persons.findById(application.personId()).invoke(person -> person.erase(now))
                    .call(person -> work.record(application, erased, changes, actor, now))
                    .call(person -> audit.forgetPeople(ApplicationChanges.AUDITED_AS, applicationId));
        }));
    }

    private Uni<Void> recordDraft(Application application, String note, Actor actor) {
        return work.record(application, ApplicationChange.moved(ApplicationStatus.DRAFT, note), changes, actor, now());
    }

    private static String notFound(UUID id) {
        return "No application " + id;
    }

    private Uni<Call> call(UUID callId) {
        return calls.findById(callId).onItem().ifNull().failWith(() -> new NotFoundException("No call " + callId));
    }

    /** The call, if its programme still takes calls (one the corrected catalogue found to be only planned does not). */
    private Uni<Call> openCall(UUID callId) {
        return calls.findById(callId).onItem().ifNull().failWith(() -> new NotFoundException("No call " + callId))
                .call(call -> programmes.findById(call.programmeCode()).invoke(programme -> {
                    if (!programme.takesCalls()) {
                        throw new StateConflictException(programme.name() + " takes no application: the plan has it "
                                + programme.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                    }
                }));
    }

    private void requireNotClosed(Call call) {
        if (!now().isBefore(call.closesAt())) {
            throw new StateConflictException("The call closed on " + call.closesAt());
        }
    }

    /** The first application still open on the call of a person with this e-mail, or null. */
    private Uni<Application> openApplicationOfPerson(Call call, String email) {
        return applications.find("""
                        call.id = ?1 and status not in ?2
                        and personId in (select p.id from PersonApplicant p where lower(p.email) = lower(?3))
                        order by createdAt, id""", call.id(), ApplicationStatus.FINAL, email).firstResult();
    }

    private LocalDate today() {
        return time.today();
    }

    private Instant now() {
        return time.now();
    }

    private static String newSecret() {
        return SecretLinks.newSecret(24);
    }

    static String hash(String secret) {
        return SecretLinks.hash(secret);
    }
}
