package org.essor.registry.domain;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** The stored columns of an {@link EsusAgreement}. */
@Embeddable
public class EsusAgreementColumns {

    LocalDate grantedOn;
    LocalDate validUntil;
    String departement;

    protected EsusAgreementColumns() {
    }

    static EsusAgreementColumns of(EsusAgreement agreement) {
        EsusAgreementColumns columns = new EsusAgreementColumns();
        columns.grantedOn = agreement.grantedOn();
        columns.validUntil = agreement.validUntil();
        columns.departement = agreement.departement();
        return columns;
    }

    EsusAgreement agreement() {
        return new EsusAgreement(grantedOn, validUntil, departement);
    }
}
