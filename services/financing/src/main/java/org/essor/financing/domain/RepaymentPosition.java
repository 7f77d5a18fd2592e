package org.essor.financing.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the repayment of a loan or a repayable advance stands on a day, repayments being allocated to the instalments
 * in the order they fall due: what was repaid, what remains of the principal, what had fallen due, how much of it is
 * late and on which instalments, and the first instalment not yet fully repaid.
 */
public record RepaymentPosition(BigDecimal repaid, BigDecimal outstanding, BigDecimal dueSoFar, BigDecimal overdue,
                                List<Instalment> overdueInstalments, Optional<Instalment> nextDue,
                                boolean fullyRepaid) {

    public RepaymentPosition {
        Objects.requireNonNull(repaid, "repaid");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(dueSoFar, "dueSoFar");
        Objects.requireNonNull(overdue, "overdue");
        overdueInstalments = List.copyOf(overdueInstalments);
        Objects.requireNonNull(nextDue, "nextDue");
    }
}
