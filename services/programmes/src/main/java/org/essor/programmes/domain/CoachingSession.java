package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A coaching session given to a participant. */
@Entity
@Table(name = "coaching_session")
public class CoachingSession {

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participation_id")
    Participation participation;

    @Column(name = "held_on")
    LocalDate heldOn;

    String coach;
    BigDecimal hours;
    String topic;

    protected CoachingSession() {
    }

    CoachingSession(Participation participation, LocalDate heldOn, String coach, BigDecimal hours, String topic) {
        this.id = UUID.randomUUID();
        this.participation = participation;
        this.heldOn = heldOn;
        this.coach = coach;
        this.hours = hours;
        this.topic = topic;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String coach() {
        return coach;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String topic() {
        return topic;
    }
}
