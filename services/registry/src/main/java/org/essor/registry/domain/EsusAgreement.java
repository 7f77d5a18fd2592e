package org.essor.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/**
 * The ESUS agreement ("entreprise solidaire d'utilité sociale"), granted by the prefect of a département for a
 * period. Whether it is valid is computed for a date, never stored.
 */
public record EsusAgreement(LocalDate grantedOn, LocalDate validUntil, String departement) {

    public static EsusAgreement of(LocalDate grantedOn, LocalDate validUntil, String departement, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (grantedOn == null) {
            violations.add(new Violation("grantedOn", "is required"));
        } else if (grantedOn.isAfter(today)) {
            violations.add(new Violation("grantedOn", "is in the future"));
        }
        if (validUntil == null) {
            violations.add(new Violation("validUntil", "is required"));
        } else if (grantedOn != null && !validUntil.isAfter(grantedOn)) {
            violations.add(new Violation("validUntil", "must be after grantedOn"));
        }
        if (departement == null || !departement.matches("\\d{2}|2[AB]|97\\d")) {
            violations.add(new Violation("departement", "is not a département code"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The ESUS agreement is not valid", violations);
        }
        return new EsusAgreement(grantedOn, validUntil, departement);
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(grantedOn) && !date.isAfter(validUntil);
    }

    public boolean hasExpiredOn(LocalDate date) {
        return date.isAfter(validUntil);
    }
}
