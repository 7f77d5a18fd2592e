package org.essor.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored dates of an {@link InclusionAgreement}, keyed by its kind in the enterprise's map. */
@Embeddable
public class AgreementPeriod {

    @Column(name = "granted_on")
    LocalDate grantedOn;

    @Column(name = "valid_until")
    LocalDate validUntil;

    protected AgreementPeriod() {
    }

    AgreementPeriod(LocalDate grantedOn, LocalDate validUntil) {
        this.grantedOn = grantedOn;
        this.validUntil = validUntil;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementPeriod that && Objects.equals(grantedOn, that.grantedOn)
                && Objects.equals(validUntil, that.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grantedOn, validUntil);
    }
}
