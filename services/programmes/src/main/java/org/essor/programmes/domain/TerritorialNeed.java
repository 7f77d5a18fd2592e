package org.essor.programmes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;

/**
 * A need identified in a territory that no entrepreneur or structure answers yet (Fabrique à Initiatives, C.2): the
 * Fabrique spots it first, then a person or a structure takes it up by applying to a Fabrique call with it.
 */
@Entity
@Table(name = "territorial_need")
public class TerritorialNeed implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "programme_code")
    String programmeCode;

    String departement;

    String title;

    String description;

    @Column(name = "identified_on")
    LocalDate identifiedOn;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "created_by")
    String createdBy;

    protected TerritorialNeed() {
    }

    public static TerritorialNeed identify(Programme programme, String departement, String title, String description,
                                           LocalDate identifiedOn, Actor actor, Instant now) {
        if (!programme.answersTerritorialNeeds()) {
            throw new RuleViolationException(new Violation("programme", programme.name()
                    + " does not answer needs identified in the territories"));
        }
        TerritorialNeed need = new TerritorialNeed();
        need.id = UUID.randomUUID();
        need.programmeCode = programme.code();
        need.departement = departement;
        need.title = title;
        need.description = description;
        need.identifiedOn = identifiedOn;
        need.createdAt = now;
        need.createdBy = actor.name();
        return need;
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String departement() {
        return departement;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate identifiedOn() {
        return identifiedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
