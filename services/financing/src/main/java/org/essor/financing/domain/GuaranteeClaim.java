package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The lender's call on a guarantee after the enterprise defaulted: the loan's outstanding balance that day, the amount
 * claimed (the balance times the guaranteed rate, never more than the guaranteed amount) and, once paid, the payment.
 */
@Embeddable
public record GuaranteeClaim(UUID id, @Column(name = "called_on") LocalDate calledOn,
                             @Column(name = "outstanding_balance") BigDecimal outstandingBalance,
                             @Column(name = "claimed_amount") BigDecimal claimedAmount,
                             @Column(name = "paid_amount") BigDecimal paidAmount, @Column(name = "paid_on") LocalDate paidOn) {

    public boolean paid() {
        return paidAmount != null;
    }

    GuaranteeClaim paid(BigDecimal amount, LocalDate on) {
        return new GuaranteeClaim(id, calledOn, outstandingBalance, claimedAmount, amount, on);
    }
}
