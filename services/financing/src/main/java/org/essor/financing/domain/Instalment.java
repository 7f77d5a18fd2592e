package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One payment of a repayment schedule: its rank (from 1), the day it falls due and the amount of principal it repays,
 * in euros and cents.
 */
public record Instalment(int number, LocalDate dueOn, BigDecimal amount) {

    public Instalment {
        if (number < 1) {
            throw new IllegalArgumentException("instalments are numbered from 1, not " + number);
        }
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an instalment repays a positive amount in euros and cents, not " + amount);
        }
        // One scale for every amount, so that equal instalments are equal whatever scale they were read with.
        amount = amount.setScale(2);
    }
}
