package org.essor.financing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Versioned;
import org.essor.kernel.Violation;

/**
 * The Région's yearly budget for one of its instruments: the amount voted, what approvals committed against it and
 * what was paid. A commitment that would exceed what remains is refused (409 with the figures); the database refuses
 * it too, whatever the concurrency.
 */
@Entity
@Table(name = "budget_envelope")
public class BudgetEnvelope implements Versioned {

    @Id
    UUID id;

    @Version
    long version;

    @Column(name = "instrument_code")
    String instrumentCode;

    int year;

    BigDecimal amount;

    BigDecimal committed;

    BigDecimal paid;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    protected BudgetEnvelope() {
    }

    public static BudgetEnvelope open(Instrument instrument, int year, BigDecimal amount, Instant now) {
        if (!instrument.regional()) {
            throw new StateConflictException(instrument.name() + " is not the Région's (" + instrument.scope()
                    + "): only regional instruments have budget envelopes");
        }
        if (year < 2000 || year > 2100) {
            throw new RuleViolationException(new Violation("year", "a year between 2000 and 2100"));
        }
        BudgetEnvelope envelope = new BudgetEnvelope();
        envelope.id = UUID.randomUUID();
        envelope.instrumentCode = instrument.code();
        envelope.year = year;
        envelope.amount = checkedAmount(amount);
        envelope.committed = BigDecimal.ZERO.setScale(2);
        envelope.paid = BigDecimal.ZERO.setScale(2);
        envelope.createdAt = now;
        envelope.updatedAt = now;
        return envelope;
    }

    /** The amount voted changes (a supplementary budget): never below what is committed already. */
    public void revise(BigDecimal newAmount, Instant now) {
        BigDecimal checked = checkedAmount(newAmount);
        if (checked.compareTo(committed) < 0) {
            throw new StateConflictException("The envelope cannot go below what is committed already (" + Money.euros(committed)
                    + ")", Map.of("committed", committed, "requested", checked));
        }
        amount = checked;
        updatedAt = now;
    }

    /** Commits a granted amount: refused when it exceeds what remains. */
    public void commit(BigDecimal granted, Instant now) {
        BigDecimal remaining = remaining();
        if (granted.compareTo(remaining) > 0) {
            throw new StateConflictException("The " + year + " envelope of " + instrumentCode + " has " + Money.euros(remaining)
                    + " left; " + Money.euros(granted) + " cannot be committed",
                    Map.of("envelopeId", id.toString(), "remaining", remaining, "requested", granted));
        }
        committed = committed.add(granted);
        updatedAt = now;
    }

    /** Releases a commitment (an approved file closed before its contract). */
    public void release(BigDecimal granted, Instant now) {
        committed = committed.subtract(granted).max(paid);
        updatedAt = now;
    }

    /** A payment against a commitment. */
    public void pay(BigDecimal amountPaid, Instant now) {
        paid = paid.add(amountPaid);
        updatedAt = now;
    }

    public BigDecimal remaining() {
        return amount.subtract(committed);
    }

    private static BigDecimal checkedAmount(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(Money.MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException(new Violation("amount", "an amount in euros, 0 or more, with at most two decimals"));
        }
        return value.setScale(2);
    }

    public UUID id() {
        return id;
    }

    @Override
    public long version() {
        return version;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public int year() {
        return year;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal committed() {
        return committed;
    }

    public BigDecimal paid() {
        return paid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
