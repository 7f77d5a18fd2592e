package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;
import org.hibernate.annotations.BatchSize;

/**
 * An application to a call, by an enterprise of the register or by a person with a project. Its transitions
 * check what the current status allows (409 otherwise) and return the change they made.
 */
@Entity
@Table(name = "application")
public class Application implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "call_id")
    Call call;

    @Column(name = "enterprise_id")
    UUID enterpriseId;

    @Column(name = "person_id")
    UUID personId;

    /** An enterprise known only by its SIREN, not (yet) in the ESS register. */
    String siren;

    /** The territorial need the application takes up (Fabrique à Initiatives). */
    @Column(name = "need_id")
    UUID needId;

    @Column(name = "declared_women_founders")
    Integer declaredWomenFounders;

    @Column(name = "declared_disability_action")
    Boolean declaredDisabilityAction;

    @Enumerated(EnumType.STRING)
    Stage stage;

    String departement;

    @Column(name = "project_title")
    String projectTitle;

    @Enumerated(EnumType.STRING)
    ApplicationStatus status;

    String motivation;

    BigDecimal score;

    @Column(name = "enterprise_struck_off")
    boolean enterpriseStruckOff;

    @Column(name = "tracking_secret_hash")
    String trackingSecretHash;

    /**
     * The partner system in charge (its OAuth client): the one whose partner created the application, or that an
     * officer handed it over to; null when an enterprise representative, an officer or a person created it. A partner
     * acts only on the applications of its own client.
     */
    @Column(name = "partner_client")
    String partnerClient;

    /** A person's application while another with the same e-mail was open on the call: for officers to look into. */
    @Column(name = "possible_duplicate_of")
    UUID possibleDuplicateOf;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @Column(name = "updated_at")
    Instant updatedAt;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    List<Review> reviews = new ArrayList<>();

    protected Application() {
    }

    /** A draft application of an enterprise (whose eligibility was checked) or of a person. */
    public static Application draft(Call call, UUID enterpriseId, UUID personId, Stage stage, String departement,
                                    String projectTitle, Actor actor, Instant now) {
        return draft(call, enterpriseId, personId, stage, departement, projectTitle, null, actor, now);
    }

    /** A draft created by a partner through its OAuth client {@code partnerClient} (null: not by a partner). */
    public static Application draft(Call call, UUID enterpriseId, UUID personId, Stage stage, String departement,
                                    String projectTitle, String partnerClient, Actor actor, Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.call = call;
        application.enterpriseId = enterpriseId;
        application.personId = personId;
        application.stage = Objects.requireNonNull(stage, "stage");
        application.departement = departement;
        application.projectTitle = projectTitle;
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.createdBy = actor.name();
        application.partnerClient = partnerClient;
        application.updatedAt = now;
        return application;
    }

    /** A draft application of an enterprise known only by its SIREN, not (yet) in the ESS register. */
    public static Application draftOfUnregistered(Call call, String siren, Stage stage, String departement,
                                                  String projectTitle, String partnerClient, Actor actor, Instant now) {
        Application application = draft(call, null, null, stage, departement, projectTitle, partnerClient, actor, now);
        application.siren = Objects.requireNonNull(siren, "siren");
        return application;
    }

    /** The application takes up a need identified in a territory (Fabrique à Initiatives). */
    public void takeUp(UUID needId) {
        this.needId = needId;
    }

    /** The applicant's optional declarations, kept for counts only. */
    public void declare(Declarations declarations) {
        this.declaredWomenFounders = declarations.womenFounders();
        this.declaredDisabilityAction = declarations.disabilityAction();
    }

    /** Submits a draft while the call is open, or resubmits after corrections were asked. */
    public ApplicationChange submit(Instant now) {
        if (status == ApplicationStatus.DRAFT) {
            if (!call.isOpenAt(now)) {
                throw new StateConflictException("The call is not open: it takes applications from " + call.opensAt()
                        + " to " + call.closesAt());
            }
            submittedAt = now;
            return move(ApplicationStatus.SUBMITTED, null, now);
        }
        if (status == ApplicationStatus.CORRECTIONS_REQUESTED) {
            return move(ApplicationStatus.SUBMITTED, "resubmitted after corrections", now);
        }
        throw refused("submit");
    }

    public ApplicationChange startReview(Instant now) {
        require(ApplicationStatus.SUBMITTED, "start reviewing");
        return move(ApplicationStatus.UNDER_REVIEW, null, now);
    }

    public ApplicationChange requestCorrections(String what, Instant now) {
        require(ApplicationStatus.UNDER_REVIEW, "ask for corrections to");
        if (what == null || what.isBlank()) {
            throw new RuleViolationException(new Violation("note", "say which corrections are needed"));
        }
        return move(ApplicationStatus.CORRECTIONS_REQUESTED, what, now);
    }

    /** Records (or replaces) a reviewer's scores, one per criterion of the call, each 0 to 10. */
    public void review(Actor reviewer, Map<String, Integer> scores, String comment, Instant now) {
        require(ApplicationStatus.UNDER_REVIEW, "review");
        List<Violation> violations = new ArrayList<>();
        for (Criterion criterion : call.criteria()) {
            Integer given = scores.get(criterion.code());
            if (given == null || given < 0 || given > 10) {
                violations.add(new Violation("scores." + criterion.code(), "a score from 0 to 10 is required"));
            }
        }
        scores.keySet().stream().filter(code -> call.criteria().stream().noneMatch(c -> c.code().equals(code)))
                .forEach(code -> violations.add(new Violation("scores." + code, "not a criterion of this call")));
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The review does not score the call's criteria", violations);
        }
        Review review = reviews.stream().filter(r -> r.reviewer().equals(reviewer.name())).findFirst().orElseGet(() -> {
            Review created = new Review(this, reviewer.name());
            reviews.add(created);
            return created;
        });
        review.score(scores, comment, now);
        score = weightedScore();
        updatedAt = now;
    }

    /** The committee's decision: admitted within the seats, or waitlisted. */
    ApplicationChange decide(boolean admitted, Instant now) {
        require(ApplicationStatus.UNDER_REVIEW, "decide on");
        decidedAt = now;
        return move(admitted ? ApplicationStatus.ADMITTED : ApplicationStatus.WAITLISTED, null, now);
    }

    public ApplicationChange reject(String motivation, Instant now) {
        if (status != ApplicationStatus.UNDER_REVIEW && status != ApplicationStatus.WAITLISTED) {
            throw refused("reject");
        }
        if (motivation == null || motivation.isBlank()) {
            throw new RuleViolationException(new Violation("motivation", "a rejection is motivated"));
        }
        this.motivation = motivation;
        decidedAt = now;
        return move(ApplicationStatus.REJECTED, null, now);
    }

    /** The applicant withdraws; an admitted applicant's seat goes to the first waitlisted (see {@link Committee}). */
    public ApplicationChange withdraw(Instant now) {
        if (!ApplicationStatus.WITHDRAWABLE.contains(status)) {
            throw refused("withdraw");
        }
        return move(ApplicationStatus.WITHDRAWN, null, now);
    }

    /** A waitlisted applicant takes a seat another left. */
    ApplicationChange promote(Instant now) {
        require(ApplicationStatus.WAITLISTED, "admit from the waiting list");
        return move(ApplicationStatus.ADMITTED, "admitted from the waiting list", now);
    }

    /** The registry struck the enterprise off: officers see it on the open application. Null when nothing changes. */
    public ApplicationChange flagStruckOff(Instant now) {
        if (enterpriseStruckOff || status.isFinal()) {
            return null;
        }
        enterpriseStruckOff = true;
        updatedAt = now;
        return ApplicationChange.noted(status, "the enterprise was struck off the register");
    }

    /**
     * An officer hands the application over to another partner client, which acts on it from then on (the one that
     * created it no longer sees it). A person's application is followed through its secret link, not by a partner.
     */
    public ApplicationChange handOverTo(String client, Instant now) {
        if (personId != null) {
            throw new StateConflictException("A person's application is followed through its secret link, not by a partner");
        }
        if (client.equals(partnerClient)) {
            throw new StateConflictException("The application is already in the hands of " + client);
        }
        String from = partnerClient;
        partnerClient = client;
        updatedAt = now;
        return ApplicationChange.noted(status, "handed over from " + (from == null ? "no client" : from) + " to " + client);
    }

    public void protectWith(String secretHash) {
        this.trackingSecretHash = secretHash;
    }

    /** The person's data was erased: the secret link no longer finds the application (as for a link never given). */
    public ApplicationChange personErased(Instant now) {
        if (personId == null) {
            throw new StateConflictException("This application is an enterprise's: it holds no person's data");
        }
        trackingSecretHash = null;
        updatedAt = now;
        return ApplicationChange.noted(status, "the person's data was erased");
    }

    /** Another application of the same person (by e-mail) was open on the call when this one came in. */
    public void flagPossibleDuplicateOf(UUID other) {
        this.possibleDuplicateOf = other;
    }

    BigDecimal weightedScore() {
        if (reviews.isEmpty()) {
            return null;
        }
        BigDecimal sum = reviews.stream().map(r -> r.weighted(call.criteria())).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
    }

    private void require(ApplicationStatus expected, String action) {
        if (status != expected) {
            throw refused(action);
        }
    }

    private StateConflictException refused(String action) {
        return new StateConflictException("Cannot " + action + " an application that is " + status);
    }

    private ApplicationChange move(ApplicationStatus next, String note, Instant now) {
        status = next;
        updatedAt = now;
        return ApplicationChange.moved(next, note);
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public Call call() {
        return call;
    }

    public UUID enterpriseId() {
        return enterpriseId;
    }

    public UUID personId() {
        return personId;
    }

    public String siren() {
        return siren;
    }

    public UUID needId() {
        return needId;
    }

    public ApplicantKind applicantKind() {
        return enterpriseId != null ? ApplicantKind.ENTERPRISE
                : siren != null ? ApplicantKind.UNREGISTERED_ENTERPRISE : ApplicantKind.PERSON;
    }

    public Stage stage() {
        return stage;
    }

    public String departement() {
        return departement;
    }

    public String projectTitle() {
        return projectTitle;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String motivation() {
        return motivation;
    }

    public BigDecimal score() {
        return score;
    }

    public boolean enterpriseStruckOff() {
        return enterpriseStruckOff;
    }

    public String trackingSecretHash() {
        return trackingSecretHash;
    }

    public String partnerClient() {
        return partnerClient;
    }

    public UUID possibleDuplicateOf() {
        return possibleDuplicateOf;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }
}
