package org.essor.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An IAE or EA agreement of an enterprise (conventionnement by the State), from a date, until a date if it has one
 * ({@code validUntil} null: no end date).
 */
public record InclusionAgreement(InclusionAgreementKind kind, LocalDate grantedOn, LocalDate validUntil) {

    public InclusionAgreement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(grantedOn, "grantedOn");
    }

    public boolean isValidOn(LocalDate day) {
        return !grantedOn.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
