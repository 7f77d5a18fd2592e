package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A repayment received from the enterprise, as recorded by a finance officer. */
@Embeddable
public record ReceivedRepayment(UUID id, BigDecimal amount, @Column(name = "received_on") LocalDate receivedOn,
                                @Column(name = "recorded_at") Instant recordedAt,
                                @Column(name = "recorded_by") String recordedBy) {

    Repayment repayment() {
        return new Repayment(receivedOn, amount);
    }
}
