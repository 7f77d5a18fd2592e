package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;
import org.hibernate.annotations.BatchSize;

/** An admitted applicant in a cohort: coaching, milestones, REALIS hosting, and how it ended. */
@Entity
@Table(name = "participation")
public class Participation implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id")
    Cohort cohort;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id")
    Application application;

    @Enumerated(EnumType.STRING)
    ParticipationStatus status;

    @Enumerated(EnumType.STRING)
    Outcome outcome;

    @Column(name = "created_enterprise_id")
    UUID createdEnterpriseId;

    @Column(name = "jobs_created")
    Integer jobsCreated;

    @Column(name = "jobs_consolidated")
    Integer jobsConsolidated;

    @Column(name = "drop_out_reason")
    String dropOutReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "hosting_kind")
    HostingKind hostingKind;

    @Column(name = "hosting_from")
    LocalDate hostingFrom;

    @Column(name = "hosting_to")
    LocalDate hostingTo;

    @Column(name = "enrolled_at")
    Instant enrolledAt;

    @Column(name = "ended_on")
    LocalDate endedOn;

    /** Every change touches it, so that the version (the events' sequence) moves with coaching and milestones too. */
    @Column(name = "updated_at")
    Instant updatedAt;

    @OneToMany(mappedBy = "participation", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("heldOn")
    @BatchSize(size = 50)
    List<CoachingSession> coaching = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "milestone", joinColumns = @JoinColumn(name = "participation_id"))
    @BatchSize(size = 50)
    List<Milestone> milestones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "referral", joinColumns = @JoinColumn(name = "participation_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    List<Referral> referrals = new ArrayList<>();

    protected Participation() {
    }

    static Participation enrol(Cohort cohort, Application application, Instant now) {
        if (application.status() != ApplicationStatus.ADMITTED) {
            throw new StateConflictException("Only admitted applications join a cohort; " + application.id() + " is "
                    + application.status());
        }
        if (!application.call().id().equals(cohort.callId())) {
            throw new RuleViolationException(new Violation("applicationIds", application.id() + " applied to another call"));
        }
        Participation participation = new Participation();
        participation.id = UUID.randomUUID();
        participation.cohort = cohort;
        participation.application = application;
        participation.status = ParticipationStatus.ACTIVE;
        participation.enrolledAt = now;
        participation.updatedAt = now;
        return participation;
    }

    public ParticipationChange logCoaching(LocalDate heldOn, String coach, BigDecimal hours, String topic, Instant now) {
        requireActive("log coaching for");
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(12)) > 0 || hours.scale() > 2) {
            throw new RuleViolationException(new Violation("hours", "between 0 and 12 hours, at most two decimals"));
        }
        coaching.add(new CoachingSession(this, heldOn, coach, hours, topic));
        updatedAt = now;
        return new ParticipationChange(ParticipationChange.Kind.COACHING_LOGGED, hours, null, null);
    }

    public ParticipationChange reach(MilestoneKind kind, LocalDate on, String note, Instant now) {
        requireActive("record a milestone for");
        if (kind.growth() && application.stage() != Stage.SCALING) {
            throw new RuleViolationException(new Violation("kind", kind + " is a growth milestone, followed for participants "
                    + "changing scale (stage SCALING), not at " + application.stage()));
        }
        if (milestones.stream().anyMatch(m -> m.kind() == kind)) {
            throw new StateConflictException("The milestone " + kind + " was reached already");
        }
        milestones.add(new Milestone(kind, on, note));
        updatedAt = now;
        return new ParticipationChange(ParticipationChange.Kind.MILESTONE_REACHED, null, kind, on);
    }

    /** REALIS hosts the enterprise at a desk or in an office, from/to. */
    public ParticipationChange host(HostingKind kind, LocalDate from, LocalDate to, Instant now) {
        requireActive("host");
        if (!"REALIS".equals(application.call().programmeCode())) {
            throw new RuleViolationException(new Violation("hosting", "only REALIS hosts enterprises"));
        }
        if (to != null && !to.isAfter(from)) {
            throw new RuleViolationException(new Violation("to", "must be after from"));
        }
        hostingKind = kind;
        hostingFrom = from;
        hostingTo = to;
        updatedAt = now;
        return ParticipationChange.of(ParticipationChange.Kind.HOSTED);
    }

    public ParticipationChange complete(Outcome outcome, UUID createdEnterpriseId, Jobs jobs, LocalDate on, Instant now) {
        requireActive("complete");
        this.jobsCreated = jobs.created();
        this.jobsConsolidated = jobs.consolidated();
        if (createdEnterpriseId != null && outcome != Outcome.ENTERPRISE_CREATED) {
            throw new RuleViolationException(new Violation("createdEnterpriseId",
                    "only a participation that created an enterprise links to one"));
        }
        // an enterprise just created may not be in the register yet: linkCreatedEnterprise links it later
        this.outcome = outcome;
        this.createdEnterpriseId = createdEnterpriseId;
        this.status = ParticipationStatus.COMPLETED;
        this.endedOn = on;
        updatedAt = now;
        return ParticipationChange.of(ParticipationChange.Kind.COMPLETED);
    }

    /** Links the enterprise a completed participation created, once the registry knows it. */
    public ParticipationChange linkCreatedEnterprise(UUID enterpriseId, Instant now) {
        if (status != ParticipationStatus.COMPLETED || outcome != Outcome.ENTERPRISE_CREATED) {
            throw new StateConflictException("Only a participation completed with an enterprise created links to one");
        }
        this.createdEnterpriseId = enterpriseId;
        updatedAt = now;
        return ParticipationChange.of(ParticipationChange.Kind.CREATED_ENTERPRISE_LINKED);
    }

    /**
     * The participant moves on to the next link of the support chain: another programme or a financing instrument
     * (checked against the catalogue and the financing map by the caller). While followed or once completed; once each.
     */
    public ParticipationChange refer(Referral referral, Instant now) {
        if (status == ParticipationStatus.DROPPED_OUT) {
            throw new StateConflictException("Cannot refer a participant who dropped out");
        }
        if (referral.kind() == Referral.Target.PROGRAMME && referral.code().equals(application.call().programmeCode())) {
            throw new RuleViolationException(new Violation("programme", "a referral leads to another programme than "
                    + referral.code()));
        }
        if (referrals.stream().anyMatch(r -> r.kind() == referral.kind() && r.code().equals(referral.code()))) {
            throw new StateConflictException("The participant was referred to " + referral.code() + " already");
        }
        referrals.add(referral);
        updatedAt = now;
        return ParticipationChange.referred(referral);
    }

    public ParticipationChange dropOut(String reason, LocalDate on, Instant now) {
        requireActive("drop out");
        this.status = ParticipationStatus.DROPPED_OUT;
        this.dropOutReason = reason;
        this.endedOn = on;
        updatedAt = now;
        return ParticipationChange.of(ParticipationChange.Kind.DROPPED_OUT);
    }

    public BigDecimal coachingHours() {
        return coaching.stream().map(CoachingSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void requireActive(String action) {
        if (status != ParticipationStatus.ACTIVE) {
            throw new StateConflictException("Cannot " + action + " a participation that is " + status);
        }
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public Application application() {
        return application;
    }

    public ParticipationStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    public UUID createdEnterpriseId() {
        return createdEnterpriseId;
    }

    public Integer jobsCreated() {
        return jobsCreated;
    }

    public Integer jobsConsolidated() {
        return jobsConsolidated;
    }

    public List<Referral> referrals() {
        return List.copyOf(referrals);
    }

    public String dropOutReason() {
        return dropOutReason;
    }

    public HostingKind hostingKind() {
        return hostingKind;
    }

    public LocalDate hostingFrom() {
        return hostingFrom;
    }

    public LocalDate hostingTo() {
        return hostingTo;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public List<CoachingSession> coaching() {
        return List.copyOf(coaching);
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public UUID cohortId() {
        return cohort.id();
    }
}
