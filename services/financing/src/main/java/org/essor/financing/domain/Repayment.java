package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** Money received from the beneficiary towards the principal of a loan or a repayable advance, in euros and cents. */
public record Repayment(LocalDate receivedOn, BigDecimal amount) {

    public Repayment {
        List<Violation> violations = new ArrayList<>();
        if (receivedOn == null) {
            violations.add(new Violation("receivedOn", "the day the repayment was received is required"));
        }
        if (amount == null) {
            violations.add(new Violation("amount", "the amount repaid is required"));
        } else if (amount.signum() <= 0) {
            violations.add(new Violation("amount", "the amount repaid must be greater than zero"));
        } else if (amount.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("amount", "the amount repaid has at most 2 decimals (euros and cents)"));
        } else if (amount.compareTo(RepaymentTerms.MAX_PRINCIPAL) > 0) {
            violations.add(new Violation("amount", "the amount repaid is at most "
                    + RepaymentTerms.MAX_PRINCIPAL.toPlainString() + " euros"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The repayment cannot be recorded as given: " + violations.get(0).field()
                    + " " + violations.get(0).message(), violations);
        }
        amount = amount.setScale(2);
    }
}
