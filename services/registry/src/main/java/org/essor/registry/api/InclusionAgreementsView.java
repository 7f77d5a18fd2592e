package org.essor.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.registry.domain.InclusionAgreement;
import org.essor.registry.domain.InclusionAgreementKind;

/** The IAE (EI, ETTI, ACI, AI) and EA agreements of an enterprise. */
public record InclusionAgreementsView(UUID enterpriseId, List<AgreementView> agreements) {

    public record AgreementView(InclusionAgreementKind kind, LocalDate grantedOn,
                                @Schema(description = "Last day of the agreement; absent when it has no end date") LocalDate validUntil,
                                @Schema(description = "Whether the agreement is valid today") boolean valid) {
    }

    static InclusionAgreementsView of(UUID enterpriseId, List<InclusionAgreement> agreements, LocalDate today) {
        return new InclusionAgreementsView(enterpriseId, agreements.stream()
                .map(a -> new AgreementView(a.kind(), a.grantedOn(), a.validUntil(), a.isValidOn(today))).toList());
    }
}
