package org.essor.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** A campaign that groups many events, such as « Mois de l'ESS 2026 » (every November, in every département). */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    String code;

    String name;
    String category;

    @Column(name = "starts_on")
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    @Column(name = "created_at")
    Instant createdAt;

    protected Campaign() {
    }

    public static Campaign of(String code, String name, String category, LocalDate startsOn, LocalDate endsOn, Instant now) {
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new RuleViolationException(new Violation("endsOn", "a campaign ends on or after the day it starts"));
        }
        Campaign campaign = new Campaign();
        campaign.code = code;
        campaign.name = name.strip();
        campaign.category = category;
        campaign.startsOn = startsOn;
        campaign.endsOn = endsOn;
        campaign.createdAt = now;
        return campaign;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
