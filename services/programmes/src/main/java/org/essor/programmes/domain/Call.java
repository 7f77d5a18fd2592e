package org.essor.programmes.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** A call for applications: one edition of a programme, in some départements, with its seats, rules and criteria. */
@Entity
@Table(name = "call_for_applications")
public class Call {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "programme_code")
    String programmeCode;

    String title;

    @Convert(converter = TextSets.Codes.class)
    Set<String> departements;

    @Column(name = "opens_at")
    Instant opensAt;

    @Column(name = "closes_at")
    Instant closesAt;

    int seats;

    @Convert(converter = TextSets.Stages.class)
    @Column(name = "eligible_stages")
    Set<Stage> eligibleStages;

    @Convert(converter = TextSets.Codes.class)
    @Column(name = "eligible_families")
    Set<String> eligibleFamilies;

    @Column(name = "min_enterprise_age")
    Integer minEnterpriseAge;

    @Column(name = "max_enterprise_age")
    Integer maxEnterpriseAge;

    @Column(name = "esus_required")
    boolean esusRequired;

    @Column(name = "in_region_required")
    boolean inRegionRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "position")
    List<Criterion> criteria = new ArrayList<>();

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    /** When a committee last decided; setting it moves the version, so a second decision on a stale view is refused. */
    @Column(name = "last_decided_at")
    Instant lastDecidedAt;

    protected Call() {
    }

    /** Opens a call of {@code programme}; its stages default to the programme's. */
    public static Call open(Programme programme, String title, Set<String> departements, Instant opensAt, Instant closesAt,
                            int seats, EligibilityRules rules, List<Criterion> criteria, Actor actor, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (!closesAt.isAfter(opensAt)) {
            violations.add(new Violation("closesAt", "must be after opensAt"));
        }
        if (seats < 1) {
            violations.add(new Violation("seats", "at least one seat"));
        }
        if (departements.isEmpty()) {
            violations.add(new Violation("departements", "at least one département"));
        }
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> c.weight() < 1)) {
            violations.add(new Violation("criteria", "at least one criterion, each with a weight of 1 or more"));
        }
        if (criteria.stream().map(Criterion::code).distinct().count() != criteria.size()) {
            violations.add(new Violation("criteria", "each criterion code once"));
        }
        if (!rules.stages().isEmpty() && !programme.stages().containsAll(rules.stages())) {
            violations.add(new Violation("eligibility.stages", programme.code() + " serves only " + programme.stages()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The call cannot be opened: " + violations.get(0).message(), violations);
        }
        Call call = new Call();
        call.id = UUID.randomUUID();
        call.programmeCode = programme.code();
        call.title = title;
        call.departements = Set.copyOf(departements);
        call.opensAt = opensAt;
        call.closesAt = closesAt;
        call.seats = seats;
        call.eligibleStages = rules.stages().isEmpty() ? programme.stages() : rules.stages();
        call.eligibleFamilies = rules.legalFamilies();
        call.minEnterpriseAge = rules.minEnterpriseAgeYears();
        call.maxEnterpriseAge = rules.maxEnterpriseAgeYears();
        call.esusRequired = rules.esusRequired();
        call.inRegionRequired = rules.inRegionRequired();
        call.criteria.addAll(criteria);
        call.createdAt = now;
        call.createdBy = actor.name();
        return call;
    }

    void committeeDecided(Instant now) {
        lastDecidedAt = now;
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt) && instant.isBefore(closesAt);
    }

    public EligibilityRules rules() {
        return new EligibilityRules(eligibleStages, eligibleFamilies, minEnterpriseAge, maxEnterpriseAge, esusRequired,
                inRegionRequired);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String title() {
        return title;
    }

    public Set<String> departements() {
        return departements;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public int seats() {
        return seats;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }
}
