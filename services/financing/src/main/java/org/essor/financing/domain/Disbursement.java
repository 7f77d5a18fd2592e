package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A tranche of the granted amount paid to the enterprise. */
@Embeddable
public record Disbursement(UUID id, BigDecimal amount, @Column(name = "paid_on") LocalDate paidOn,
                           @Column(name = "recorded_at") Instant recordedAt, @Column(name = "recorded_by") String recordedBy) {
}
