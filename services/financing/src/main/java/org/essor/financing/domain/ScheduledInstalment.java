package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An instalment of a repayment schedule as stored, with the day it was found missed (null: not missed). */
@Embeddable
public record ScheduledInstalment(int number, @Column(name = "due_on") LocalDate dueOn, BigDecimal amount,
                                  @Column(name = "missed_on") LocalDate missedOn) {

    static ScheduledInstalment of(Instalment instalment) {
        return new ScheduledInstalment(instalment.number(), instalment.dueOn(), instalment.amount(), null);
    }

    Instalment instalment() {
        return new Instalment(number, dueOn, amount);
    }

    ScheduledInstalment missed(LocalDate on) {
        return new ScheduledInstalment(number, dueOn, amount, on);
    }
}
