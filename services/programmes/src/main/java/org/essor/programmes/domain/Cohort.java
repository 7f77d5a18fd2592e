package org.essor.programmes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.hibernate.annotations.BatchSize;

/** A promotion of admitted applicants of one call, followed together between two dates. */
@Entity
@Table(name = "cohort")
public class Cohort {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "call_id")
    UUID callId;

    String name;

    @Column(name = "starts_on")
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    List<Participation> participations = new ArrayList<>();

    protected Cohort() {
    }

    public static Cohort form(UUID callId, String name, LocalDate startsOn, LocalDate endsOn, Actor actor, Instant now) {
        if (!endsOn.isAfter(startsOn)) {
            throw new RuleViolationException(new Violation("endsOn", "must be after startsOn"));
        }
        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID();
        cohort.callId = callId;
        cohort.name = name;
        cohort.startsOn = startsOn;
        cohort.endsOn = endsOn;
        cohort.createdAt = now;
        cohort.createdBy = actor.name();
        return cohort;
    }

    /** Enrols an admitted application of the cohort's call. */
    public Participation enrol(Application application, Instant now) {
        Participation participation = Participation.enrol(this, application, now);
        participations.add(participation);
        return participation;
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public UUID callId() {
        return callId;
    }

    public String name() {
        return name;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public List<Participation> participations() {
        return List.copyOf(participations);
    }
}
