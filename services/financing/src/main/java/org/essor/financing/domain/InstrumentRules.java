package org.essor.financing.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** The rules of an instrument's terms, and of an amount asked of it. */
final class InstrumentRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InstrumentRules() {
    }

    static void check(Instrument.Terms terms) {
        List<Violation> violations = new ArrayList<>();
        require(violations, "name", terms.name());
        require(violations, "provider", terms.provider());
        if (terms.scope() == null) {
            violations.add(new Violation("scope", "required"));
        }
        if (terms.kind() == null) {
            violations.add(new Violation("kind", "required"));
        }
        if (terms.status() == null) {
            violations.add(new Violation("status", "required"));
        }
        Money.check(violations, "minAmount", terms.minAmount());
        Money.check(violations, "maxAmount", terms.maxAmount());
        if (terms.minAmount() != null && terms.maxAmount() != null && terms.minAmount().compareTo(terms.maxAmount()) > 0) {
            violations.add(new Violation("minAmount", "the floor is above the ceiling"));
        }
        BigDecimal rate = terms.maxGuaranteeRate();
        if (rate != null && (terms.kind() != InstrumentKind.GUARANTEE || rate.signum() <= 0 || rate.compareTo(HUNDRED) > 0
                || rate.stripTrailingZeros().scale() > 2)) {
            violations.add(new Violation("maxGuaranteeRate", "a guarantee's maximum rate, in percent: above 0, at most 100, two decimals"));
        }
        var conditions = terms.conditions();
        if (conditions != null && conditions.minAgeYears() != null && conditions.maxAgeYears() != null
                && conditions.minAgeYears() >= conditions.maxAgeYears()) {
            violations.add(new Violation("maxAgeYears", "must be above minAgeYears"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The instrument's terms are not valid", violations);
        }
    }

    /** Why {@code amount} is outside the instrument's floor and ceiling (empty: within them). */
    static List<String> amountRefusals(Instrument instrument, BigDecimal amount) {
        List<String> reasons = new ArrayList<>();
        if (instrument.minAmount() != null && amount.compareTo(instrument.minAmount()) < 0) {
            reasons.add(instrument.name() + " starts at " + Money.euros(instrument.minAmount()) + "; "
                    + Money.euros(amount) + " is below its floor");
        }
        if (instrument.maxAmount() != null && amount.compareTo(instrument.maxAmount()) > 0) {
            reasons.add(instrument.name() + " goes up to " + Money.euros(instrument.maxAmount()) + "; "
                    + Money.euros(amount) + " is above its ceiling");
        }
        return reasons;
    }

    private static void require(List<Violation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "required"));
        }
    }
}
