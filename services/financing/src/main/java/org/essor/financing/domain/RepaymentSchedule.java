package org.essor.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * The instalments in which an interest-free loan or repayable advance repays its principal, one per period after the
 * deferral. The amounts add up to the principal to the cent and none is more than a cent away from an even share.
 */
public final class RepaymentSchedule {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final RepaymentTerms terms;
    private final List<Instalment> instalments;
    private final BigDecimal total;

    private RepaymentSchedule(RepaymentTerms terms, List<Instalment> instalments) {
        this.terms = terms;
        this.instalments = List.copyOf(instalments);
        this.total = sum(this.instalments.stream().map(Instalment::amount).toList());
    }

    /**
     * The schedule of the terms. Instalment k of n repays round(principal·k/n) − round(principal·(k−1)/n), rounding to
     * the cent half to even: the rounding never accumulates, so the amounts add up to the principal exactly. Instalment
     * k falls due deferral + k periods after the start, counted from the start each time so that a term starting on the
     * 31st falls due on the last day of shorter months and on the 31st again after them.
     */
    public static RepaymentSchedule of(RepaymentTerms terms) {
        Objects.requireNonNull(terms, "terms");
        int count = terms.instalmentCount();
        List<Instalment> instalments = new ArrayList<>(count);
        BigDecimal repaidBefore = ZERO;
        for (int number = 1; number <= count; number++) {
            BigDecimal repaidAfter = cumulativeShare(terms.principal(), number, count);
            instalments.add(new Instalment(number, dueOn(terms, number), repaidAfter.subtract(repaidBefore)));
            repaidBefore = repaidAfter;
        }
        return new RepaymentSchedule(terms, instalments);
    }

    /**
     * A schedule as it was stored, kept as it is even if the way schedules are computed changes.
     *
     * @throws IllegalStateException if the instalments are not those of the terms: not numbered 1 to the terms'
     *                               instalment count, not in the order they fall due, or not adding up to the principal
     */
    public static RepaymentSchedule restore(RepaymentTerms terms, List<Instalment> instalments) {
        Objects.requireNonNull(terms, "terms");
        List<Instalment> stored = List.copyOf(instalments);
        if (stored.size() != terms.instalmentCount()) {
            throw new IllegalStateException("The stored schedule has " + stored.size() + " instalments, its terms "
                    + terms.instalmentCount());
        }
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).number() != i + 1) {
                throw new IllegalStateException("Stored instalment " + (i + 1) + " is numbered " + stored.get(i).number());
            }
            if (i > 0 && !stored.get(i).dueOn().isAfter(stored.get(i - 1).dueOn())) {
                throw new IllegalStateException("Stored instalment " + (i + 1) + " does not fall due after instalment " + i);
            }
        }
        RepaymentSchedule schedule = new RepaymentSchedule(terms, stored);
        if (schedule.total.compareTo(terms.principal()) != 0) {
            throw new IllegalStateException("The stored instalments add up to " + schedule.total.toPlainString()
                    + ", not to the principal " + terms.principal().toPlainString());
        }
        return schedule;
    }

    public RepaymentTerms terms() {
        return terms;
    }

    /** The instalments in the order they fall due, numbered from 1. */
    public List<Instalment> instalments() {
        return instalments;
    }

    /** What the instalments add up to: the principal. */
    public BigDecimal total() {
        return total;
    }

    /**
     * Where the repayment stands at the end of {@code day}, counting only the repayments received on that day or
     * before.
     */
    public RepaymentPosition positionOn(LocalDate day, List<Repayment> received) {
        Objects.requireNonNull(day, "day");
        BigDecimal repaid = sum(received.stream().filter(repayment -> !repayment.receivedOn().isAfter(day))
                .map(Repayment::amount).toList());
        BigDecimal dueSoFar = ZERO;
        BigDecimal dueThroughInstalment = ZERO;
        List<Instalment> overdueInstalments = new ArrayList<>();
        Instalment nextDue = null;
        for (Instalment instalment : instalments) {
            boolean fallenDue = !instalment.dueOn().isAfter(day);
            if (fallenDue) {
                dueSoFar = dueSoFar.add(instalment.amount());
            }
            // Repayments go to the instalments in due order: an instalment is covered once the repayments reach
            // the total of the instalments up to and including it.
            dueThroughInstalment = dueThroughInstalment.add(instalment.amount());
            if (repaid.compareTo(dueThroughInstalment) < 0) {
                if (nextDue == null) {
                    nextDue = instalment;
                }
                if (fallenDue) {
                    overdueInstalments.add(instalment);
                }
            }
        }
        return new RepaymentPosition(repaid, atLeastZero(terms.principal().subtract(repaid)), dueSoFar,
                atLeastZero(dueSoFar.subtract(repaid)), overdueInstalments, Optional.ofNullable(nextDue),
                repaid.compareTo(terms.principal()) >= 0);
    }

    /** What remains of the principal after all the repayments received, whatever the day they were received. */
    public BigDecimal remainingToRepay(List<Repayment> received) {
        return atLeastZero(terms.principal().subtract(sum(received.stream().map(Repayment::amount).toList())));
    }

    /**
     * Refuses a repayment of {@code amount} that would take the repayments beyond the principal.
     *
     * @throws RuleViolationException on the field {@code amount}, naming what remains to repay
     */
    public void checkRepayment(BigDecimal amount, List<Repayment> received) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal remaining = remainingToRepay(received);
        if (amount.compareTo(remaining) > 0) {
            throw new RuleViolationException(new Violation("amount", "a repayment of " + amount.toPlainString()
                    + " euros exceeds the " + remaining.toPlainString() + " euros that remain to repay"));
        }
    }

    private static BigDecimal cumulativeShare(BigDecimal principal, int number, int count) {
        // Multiply before dividing so that the only rounding is the one to the cent.
        return principal.multiply(BigDecimal.valueOf(number)).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }

    private static LocalDate dueOn(RepaymentTerms terms, int number) {
        return terms.startsOn().plusMonths(terms.deferralMonths() + (long) number * terms.periodicity().months());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    private static BigDecimal atLeastZero(BigDecimal amount) {
        return amount.signum() < 0 ? ZERO : amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RepaymentSchedule schedule && terms.equals(schedule.terms)
                && instalments.equals(schedule.instalments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(terms, instalments);
    }

    @Override
    public String toString() {
        return "RepaymentSchedule[terms=" + terms + ", instalments=" + instalments + "]";
    }
}
