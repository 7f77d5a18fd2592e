package org.essor.programmes.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.outbox.Outbox;
import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.persistence.Transactions;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationChange;
import org.essor.programmes.domain.ApplicationStatus;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Committee;
import org.essor.programmes.domain.PersonApplicant;
import org.essor.programmes.domain.Stage;
import org.essor.programmes.events.KnownEnterprise;
import org.essor.programmes.events.ProgrammeEvents;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The use cases of applications. Each runs in one transaction and stores the application, its history line and
 * its event together; decisions and withdrawals lock the call first, so seats are counted one decision at a time.
 */
@ApplicationScoped
public class Applications {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Repositories.Calls calls;

    @Inject
    Repositories.Applications applications;

    @Inject
    Repositories.Programmes programmes;

    @Inject
    Repositories.Persons persons;

    @Inject
    Repositories.Enterprises enterprises;

    @Inject
    ApplicationHistory history;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** An enterprise known from the registry applies; unknown, struck-off or ineligible enterprises get a 422 with the reasons. */
    public Uni<Application> applyAsEnterprise(UUID callId, UUID enterpriseId, Stage stage, String projectTitle,
                                              String onlySiren, Actor actor) {
        return Transactions.inTransaction(() -> call(callId).flatMap(call -> enterprises.findById(enterpriseId)
                .flatMap(known -> {
                    if (known == null || (onlySiren != null && !onlySiren.equals(known.siren()))) {
                        throw new RuleViolationException(new Violation("enterpriseId",
                                "no enterprise " + enterpriseId + " is known from the register"));
                    }
                    List<String> refusals = call.rules().refusals(known.facts(), stage, call.departements(), today());
                    if (!refusals.isEmpty()) {
                        throw new RuleViolationException("The enterprise is not eligible to this call",
                                refusals.stream().map(reason -> new Violation("enterpriseId", reason)).toList());
                    }
                    requireNotClosed(call);
                    return openApplicationOf(call, enterpriseId).flatMap(already -> {
                        if (already) {
                            throw new StateConflictException("The enterprise has an application on this call already");
                        }
                        return draftFor(call, known, enterpriseId, stage, projectTitle, actor);
                    });
                })));
    }

    private Uni<Application> draftFor(Call call, KnownEnterprise known, UUID enterpriseId, Stage stage, String projectTitle,
                                      Actor actor) {
        String departement = known.facts().departements().stream().filter(call.departements()::contains)
                .sorted().findFirst().orElse(known.facts().departements().stream().sorted().findFirst().orElse(""));
        Application application = Application.draft(call, enterpriseId, null, stage, departement, projectTitle, actor, now());
        return applications.persist(application).flatMap(saved -> recordDraft(saved, actor));
    }

    private Uni<Boolean> openApplicationOf(Call call, UUID enterpriseId) {
        return applications.count("call.id = ?1 and enterpriseId = ?2 and status <> ?3", call.id(), enterpriseId,
                ApplicationStatus.WITHDRAWN).map(count -> count > 0);
    }

    /** What a person gets back: the application and the secret of its tracking link (shown once, stored hashed). */
    public record PersonApplication(Application application, String secret) {
    }

    /** A person with a project applies to a call of a programme that takes people (YESS Académie, Fabrique à Initiatives). */
    public Uni<PersonApplication> applyAsPerson(UUID callId, PersonApplicant person, String projectTitle) {
        String secret = newSecret();
        return Transactions.inTransaction(() -> call(callId).flatMap(call -> programmes.findById(call.programmeCode())
                .flatMap(programme -> {
                    if (!programme.takesPersonApplicants()) {
                        throw new RuleViolationException(new Violation("callId", programme.name()
                                + " takes enterprises of the register, not people without an enterprise"));
                    }
                    if (!call.departements().contains(person.departement())) {
                        throw new RuleViolationException(new Violation("communeCode",
                                "the call covers the départements " + call.departements()));
                    }
                    requireNotClosed(call);
                    return duplicateOf(call, person).flatMap(duplicate -> {
                        if (duplicate) {
                            throw new StateConflictException("An application with this e-mail address is already open on this call");
                        }
                        Application application = Application.draft(call, null, person.id(), Stage.EMERGENCE_CREATION,
                                person.departement(), projectTitle, new Actor("applicant"), now());
                        application.protectWith(hash(secret));
                        return persons.persist(person).flatMap(p -> applications.persist(application))
                                .flatMap(saved -> recordDraft(saved, new Actor("applicant")));
                    });
                }))).map(application -> new PersonApplication(application, secret));
    }

    public Uni<Application> submit(UUID id, long expectedVersion, Actor actor) {
        return transition(id, expectedVersion, actor, application -> application.submit(now()));
    }

    public Uni<Application> startReview(UUID id, long expectedVersion, Actor actor) {
        return transition(id, expectedVersion, actor, application -> application.startReview(now()));
    }

    public Uni<Application> requestCorrections(UUID id, long expectedVersion, String what, Actor actor) {
        return transition(id, expectedVersion, actor, application -> application.requestCorrections(what, now()));
    }

    public Uni<Application> reject(UUID id, long expectedVersion, String motivation, Actor actor) {
        return transition(id, expectedVersion, actor, application -> application.reject(motivation, now()));
    }

    public Uni<Application> review(UUID id, Map<String, Integer> scores, String comment, Actor reviewer) {
        return Transactions.inTransaction(() -> find(id).invoke(application -> application.review(reviewer, scores, comment, now()))
                .call(Panache::flush));
    }

    /** The applicant withdraws; if they held a seat, the best waitlisted applicant takes it. */
    public Uni<Application> withdraw(UUID id, long expectedVersion, Actor actor) {
        return Transactions.inTransaction(() -> find(id).flatMap(found -> calls.locked(found.call().id())
                .flatMap(call -> applications.ofCall(call.id()).flatMap(all -> {
                    Application application = all.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
                    Versions.check(expectedVersion, application.version());
                    boolean heldSeat = application.status() == ApplicationStatus.ADMITTED;
                    ApplicationChange withdrawn = application.withdraw(now());
                    Uni<Void> recorded = flushAndRecord(application, withdrawn, actor);
                    if (heldSeat) {
                        var promotion = Committee.fillFreedSeat(call, all, now());
                        if (promotion.isPresent()) {
                            recorded = recorded.flatMap(nothing -> flushAndRecord(promotion.get().getKey(),
                                    promotion.get().getValue(), actor));
                        }
                    }
                    return recorded.replaceWith(application);
                }))));
    }

    /** The committee ranks the reviewed applications of the call, admits up to the free seats and waitlists the rest. */
    public Uni<List<Application>> decide(UUID callId, Actor actor) {
        return Transactions.inTransaction(() -> calls.locked(callId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No call " + callId))
                .flatMap(call -> applications.ofCall(callId).flatMap(all -> {
                    Map<Application, ApplicationChange> decisions = Committee.decide(call, all, now());
                    Uni<Void> recorded = Panache.flush().replaceWithVoid();
                    for (var decision : decisions.entrySet()) {
                        recorded = recorded.flatMap(nothing -> record(decision.getKey(), decision.getValue(), actor));
                    }
                    return recorded.replaceWith(List.copyOf(decisions.keySet()));
                })));
    }

    /**
     * Applications in (last change, id) order after the given position; narrowed to a call, a status, a change date,
     * and for an enterprise representative to the applications of their own enterprise.
     */
    public Uni<List<Application>> list(UUID callId, ApplicationStatus status, Instant updatedSince, String onlySiren,
                                       Instant afterUpdated, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("from Application a where 1 = 1");
        Map<String, Object> parameters = new java.util.HashMap<>();
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
        if (onlySiren != null) {
            query.append(" and a.enterpriseId in (select k.enterpriseId from KnownEnterprise k where k.siren = :siren)");
            parameters.put("siren", onlySiren);
        }
        if (afterId != null) {
            query.append(" and (a.updatedAt > :afterUpdated or (a.updatedAt = :afterUpdated and a.id > :afterId))");
            parameters.put("afterUpdated", afterUpdated);
            parameters.put("afterId", afterId);
        }
        query.append(" order by a.updatedAt, a.id");
        return Transactions.inSession(() -> applications.find(query.toString(), parameters).page(0, limit).list());
    }

    public Uni<Application> find(UUID id) {
        return applications.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No application " + id));
    }

    public Uni<Application> bySecret(String secret) {
        return applications.bySecretHash(hash(secret)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No application follows this link"));
    }

    /** Erases a person applicant's personal data; the application and its statistics remain. */
    public Uni<PersonApplicant> erasePerson(UUID applicationId) {
        return Transactions.inTransaction(() -> find(applicationId).flatMap(application -> {
            if (application.personId() == null) {
                throw new StateConflictException("This application is an enterprise's: it holds no person's data");
            }
            return persons.findById(application.personId()).invoke(person -> person.erase(now()));
        }));
    }

    private Uni<Application> transition(UUID id, long expectedVersion, Actor actor,
                                        Function<Application, ApplicationChange> change) {
        return Transactions.inTransaction(() -> find(id).flatMap(application -> {
            Versions.check(expectedVersion, application.version());
            return flushAndRecord(application, change.apply(application), actor).replaceWith(application);
        }));
    }

    private Uni<Application> recordDraft(Application application, Actor actor) {
        return flushAndRecord(application, new ApplicationChange(ApplicationStatus.DRAFT, null), actor).replaceWith(application);
    }

    private Uni<Void> flushAndRecord(Application application, ApplicationChange change, Actor actor) {
        return Panache.flush().flatMap(nothing -> record(application, change, actor));
    }

    private Uni<Void> record(Application application, ApplicationChange change, Actor actor) {
        Instant at = now();
        Uni<Void> written = history.record(application, change, actor, at);
        var event = ProgrammeEvents.of(application, at);
        return event.isPresent() ? written.flatMap(nothing -> outbox.append(event.get())) : written;
    }

    private Uni<Call> call(UUID callId) {
        return calls.findById(callId).onItem().ifNull().failWith(() -> ProblemException.notFound("No call " + callId));
    }

    private void requireNotClosed(Call call) {
        if (!now().isBefore(call.closesAt())) {
            throw new StateConflictException("The call closed on " + call.closesAt());
        }
    }

    private Uni<Boolean> duplicateOf(Call call, PersonApplicant person) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT count(*) FROM application a JOIN person_applicant p ON p.id = a.person_id
                        WHERE a.call_id = :call AND lower(p.email) = lower(:email) AND a.status <> 'WITHDRAWN'""", Long.class)
                .setParameter("call", call.id()).setParameter("email", person.email())
                .getSingleResult().map(count -> count > 0));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
