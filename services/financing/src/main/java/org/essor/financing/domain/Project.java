package org.essor.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * What an enterprise asks of an instrument: the amount (for a guarantee, the bank loan it covers, its lender and the
 * rate asked, from which the guaranteed amount follows), the purpose, the project's budget with the other funders
 * (the « tour de table »), and the jobs it will create and consolidate (the plan's headline figures).
 */
public record Project(BigDecimal requestedAmount, String purpose, BigDecimal projectBudget, List<CoFinancing> coFinancing,
                      int jobsToCreate, int jobsToConsolidate, boolean socialInnovation, GuaranteedLoan guaranteedLoan) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The bank loan a guarantee covers: its amount, its lender, and the share of it the guarantee is asked to cover. */
    public record GuaranteedLoan(BigDecimal amount, String lender, BigDecimal rate) {

        /** The guaranteed amount: the loan times the rate, to the cent (half-even). */
        public BigDecimal guaranteedAmount() {
            return amount.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
        }
    }

    public Project {
        coFinancing = coFinancing == null ? List.of() : List.copyOf(coFinancing);
    }

    /**
     * The project checked against the instrument's rules, with its amount at the cent (for a guarantee, the
     * guaranteed amount); a 422 naming every field that breaks one.
     */
    public Project checkedFor(Instrument instrument) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal amount = requestedAmount;
        if (instrument.kind().guarantee()) {
            amount = checkGuarantee(instrument, violations);
        } else if (guaranteedLoan != null) {
            violations.add(new Violation("guaranteedLoan", instrument.name() + " is not a guarantee: only a guarantee covers a bank loan"));
        }
        if (amount == null) {
            if (!instrument.kind().guarantee()) {
                violations.add(new Violation("requestedAmount", "required"));
            }
        } else if (!Money.valid(amount)) {
            Money.check(violations, "requestedAmount", amount);
        } else {
            InstrumentRules.amountRefusals(instrument, amount)
                    .forEach(reason -> violations.add(new Violation("requestedAmount", reason)));
        }
        if (purpose == null || purpose.isBlank()) {
            violations.add(new Violation("purpose", "required: what the financing is for"));
        } else if (purpose.length() > 4000) {
            violations.add(new Violation("purpose", "at most 4000 characters"));
        }
        Money.check(violations, "projectBudget", projectBudget);
        checkCoFinancing(violations, amount);
        if (jobsToCreate < 0) {
            violations.add(new Violation("jobsToCreate", "cannot be negative"));
        }
        if (jobsToConsolidate < 0) {
            violations.add(new Violation("jobsToConsolidate", "cannot be negative"));
        }
        if (instrument.socialInnovationRequired() && !socialInnovation) {
            violations.add(new Violation("socialInnovation", instrument.name() + " finances social-innovation projects only"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The application does not meet the instrument's rules", violations);
        }
        return new Project(Money.cents(amount), purpose.strip(), projectBudget == null ? null : Money.cents(projectBudget),
                coFinancing.stream().map(c -> new CoFinancing(c.funder().strip(), Money.cents(c.amount()), c.secured())).toList(),
                jobsToCreate, jobsToConsolidate, socialInnovation, guaranteedLoan == null ? null
                : new GuaranteedLoan(Money.cents(guaranteedLoan.amount()), guaranteedLoan.lender().strip(),
                        guaranteedLoan.rate().setScale(2, RoundingMode.UNNECESSARY)));
    }

    private BigDecimal checkGuarantee(Instrument instrument, List<Violation> violations) {
        if (guaranteedLoan == null) {
            violations.add(new Violation("guaranteedLoan", instrument.name()
                    + " is a guarantee: give the bank loan it covers (amount, lender, rate)"));
            return requestedAmount;
        }
        boolean complete = true;
        if (guaranteedLoan.amount() == null || !Money.valid(guaranteedLoan.amount())) {
            violations.add(new Violation("guaranteedLoan.amount", "the bank loan's amount in euros, above 0, two decimals"));
            complete = false;
        }
        if (guaranteedLoan.lender() == null || guaranteedLoan.lender().isBlank()) {
            violations.add(new Violation("guaranteedLoan.lender", "required: the bank that lends"));
        }
        BigDecimal rate = guaranteedLoan.rate();
        if (rate == null || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0 || rate.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("guaranteedLoan.rate", "the share of the loan guaranteed, in percent: above 0, at most 100, two decimals"));
            complete = false;
        } else if (instrument.maxGuaranteeRate() != null && rate.compareTo(instrument.maxGuaranteeRate()) > 0) {
            violations.add(new Violation("guaranteedLoan.rate", instrument.name() + " guarantees at most "
                    + instrument.maxGuaranteeRate().stripTrailingZeros().toPlainString() + " % of a loan; "
                    + rate.stripTrailingZeros().toPlainString() + " % was asked"));
        }
        if (!complete) {
            return null;
        }
        BigDecimal guaranteed = guaranteedLoan.guaranteedAmount();
        if (requestedAmount != null && requestedAmount.compareTo(guaranteed) != 0) {
            violations.add(new Violation("requestedAmount", "a guarantee's amount is the loan times the rate: "
                    + Money.euros(guaranteed) + ", not " + Money.euros(requestedAmount) + " (or leave it out)"));
        }
        return guaranteed;
    }

    private void checkCoFinancing(List<Violation> violations, BigDecimal amount) {
        BigDecimal others = BigDecimal.ZERO;
        for (int i = 0; i < coFinancing.size(); i++) {
            CoFinancing other = coFinancing.get(i);
            if (other == null || other.funder() == null || other.funder().isBlank()) {
                violations.add(new Violation("coFinancing[" + i + "].funder", "required"));
            }
            if (other == null || other.amount() == null || !Money.valid(other.amount())) {
                violations.add(new Violation("coFinancing[" + i + "].amount", "an amount in euros above 0, two decimals"));
            } else {
                others = others.add(other.amount());
            }
        }
        if (projectBudget != null && amount != null && Money.valid(projectBudget) && Money.valid(amount)
                && amount.add(others).compareTo(projectBudget) > 0) {
            violations.add(new Violation("projectBudget", "the amount asked and the other funders' ("
                    + Money.euros(amount.add(others)) + ") exceed the project's budget (" + Money.euros(projectBudget) + ")"));
        }
    }
}
