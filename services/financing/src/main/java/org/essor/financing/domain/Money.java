package org.essor.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.essor.kernel.Violation;

/** Amounts in euros: at most two decimals and NUMERIC(14,2), never floating point. */
public final class Money {

    /** The largest amount a NUMERIC(14,2) column holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** Adds a violation when {@code amount} (optional) is not a positive amount in euros with at most two decimals. */
    public static void check(List<Violation> violations, String field, BigDecimal amount) {
        if (amount != null && !valid(amount)) {
            violations.add(new Violation(field, "an amount in euros above 0, at most " + MAX.toPlainString()
                    + ", with at most two decimals"));
        }
    }

    public static boolean valid(BigDecimal amount) {
        return amount.signum() > 0 && amount.compareTo(MAX) <= 0 && amount.stripTrailingZeros().scale() <= 2;
    }

    /** The amount at scale 2 (checked valid before). */
    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** For messages: {@code 20000.00 €}. */
    public static String euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " €";
    }
}
