package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * What a beneficiary agreed to repay of an interest-free loan or repayable advance: the principal in euros and cents,
 * the day the term starts, its whole length in months, the months of deferral with nothing to repay, and how often
 * an instalment falls due after the deferral.
 */
public record RepaymentTerms(BigDecimal principal, LocalDate startsOn, int durationMonths, int deferralMonths,
                             Periodicity periodicity) {

    /** The largest amount a NUMERIC(14,2) column holds. */
    public static final BigDecimal MAX_PRINCIPAL = Money.MAX;

    /** Thirty years. */
    public static final int MAX_DURATION_MONTHS = 360;

    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** Refuses, with every reason at once, terms that cannot be repaid as a whole number of instalments of a cent or more. */
    public RepaymentTerms {
        List<Violation> violations = violations(principal, startsOn, durationMonths, deferralMonths, periodicity);
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The repayment terms are not valid: " + violations.get(0).field() + " "
                    + violations.get(0).message(), violations);
        }
        // One scale for the principal, so that equal terms are equal whatever scale they were given with.
        principal = principal.setScale(2);
    }

    /** The number of instalments: one per period after the deferral. */
    public int instalmentCount() {
        return (durationMonths - deferralMonths) / periodicity.months();
    }

    private static List<Violation> violations(BigDecimal principal, LocalDate startsOn, int durationMonths,
                                              int deferralMonths, Periodicity periodicity) {
        List<Violation> violations = new ArrayList<>();
        boolean principalValid = checkPrincipal(principal, violations);
        if (startsOn == null) {
            violations.add(new Violation("repaymentTerms.startsOn", "the day the repayment term starts is required"));
        }
        boolean durationValid = durationMonths >= 1 && durationMonths <= MAX_DURATION_MONTHS;
        if (!durationValid) {
            violations.add(new Violation("repaymentTerms.durationMonths", "the duration is from 1 to "
                    + MAX_DURATION_MONTHS + " months, not " + durationMonths));
        }
        if (periodicity == null) {
            violations.add(new Violation("repaymentTerms.periodicity",
                    "the periodicity is required: one of MONTHLY, QUARTERLY, SEMI_ANNUAL or ANNUAL"));
        }
        if (deferralMonths < 0) {
            violations.add(new Violation("repaymentTerms.deferralMonths", "the deferral is 0 months or more, not "
                    + deferralMonths));
        } else if (durationValid && periodicity != null) {
            int instalments = checkPeriods(durationMonths, deferralMonths, periodicity, violations);
            if (principalValid && instalments > 0) {
                checkCentPerInstalment(principal, instalments, violations);
            }
        }
        return violations;
    }

    /** The number of instalments, or 0 when the months after the deferral are not a whole number of periods. */
    private static int checkPeriods(int durationMonths, int deferralMonths, Periodicity periodicity,
                                    List<Violation> violations) {
        int latestDeferral = durationMonths - periodicity.months();
        if (latestDeferral < 0) {
            violations.add(new Violation("repaymentTerms.durationMonths", "a duration of " + durationMonths
                    + " months is shorter than one " + periodLabel(periodicity)));
            return 0;
        }
        if (deferralMonths > latestDeferral) {
            violations.add(new Violation("repaymentTerms.deferralMonths", "the deferral is at most " + latestDeferral
                    + " months (the duration less one " + periodLabel(periodicity) + "), not " + deferralMonths));
            return 0;
        }
        int repaidMonths = durationMonths - deferralMonths;
        if (repaidMonths % periodicity.months() != 0) {
            violations.add(new Violation("repaymentTerms.durationMonths", "the " + repaidMonths
                    + " months after the deferral are not a whole number of " + periodLabel(periodicity) + "s"));
            return 0;
        }
        return repaidMonths / periodicity.months();
    }

    private static void checkCentPerInstalment(BigDecimal principal, int instalments, List<Violation> violations) {
        BigDecimal least = CENT.multiply(BigDecimal.valueOf(instalments));
        if (principal.compareTo(least) < 0) {
            violations.add(new Violation("repaymentTerms.principal", "the principal is at least 0.01 euro per instalment: "
                    + least.toPlainString() + " euros for " + instalments + " instalments, not "
                    + principal.toPlainString()));
        }
    }

    private static boolean checkPrincipal(BigDecimal principal, List<Violation> violations) {
        String problem = null;
        if (principal == null) {
            problem = "the principal is required";
        } else if (principal.signum() <= 0) {
            problem = "the principal must be greater than zero";
        } else if (principal.stripTrailingZeros().scale() > 2) {
            problem = "the principal has at most 2 decimals (euros and cents), not " + principal.toPlainString();
        } else if (principal.compareTo(MAX_PRINCIPAL) > 0) {
            problem = "the principal is at most " + MAX_PRINCIPAL.toPlainString() + " euros";
        }
        if (problem != null) {
            violations.add(new Violation("repaymentTerms.principal", problem));
        }
        return problem == null;
    }

    private static String periodLabel(Periodicity periodicity) {
        return periodicity.months() + "-month period";
    }
}
