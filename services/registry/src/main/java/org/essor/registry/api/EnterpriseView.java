package org.essor.registry.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.essor.registry.app.EnterpriseSnapshot;
import org.essor.registry.domain.EsusAgreement;
import org.essor.registry.domain.Representative;
import org.essor.registry.domain.Sector;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An enterprise as the API shows it. The representative's personal data appears only to those who may see it
 * (registry officers, administrators, the enterprise itself).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnterpriseView(
        UUID id,
        long version,
        String status,
        String siren,
        String rna,
        String legalName,
        String usualName,
        LocalDate creationDate,
        String legalCategory,
        String legalFamily,
        String cooperativeKind,
        String essBasis,
        EsusView esusAgreement,
        String nafCode,
        String nafVersion,
        String headcountBracket,
        BigDecimal declaredFte,
        List<Sector> sectors,
        List<EstablishmentView> establishments,
        RepresentativeView representative,
        Instant representativeErasedAt,
        Instant verifiedAt,
        LocalDate struckOffOn,
        String strikeOffReason,
        String strikeOffComment,
        Instant createdAt,
        Instant updatedAt) {

    public record EsusView(LocalDate grantedOn, LocalDate validUntil, String departement, boolean valid) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EstablishmentView(UUID id, String siret, boolean headOffice, String street, String postcode, String city,
                                    String communeCode, String departementCode, String headcountBracket) {
    }

    public record RepresentativeView(String name, String email, String phone) {
    }

    static EnterpriseView of(EnterpriseSnapshot e, LocalDate today, boolean withPersonalData) {
        EsusAgreement esus = e.esus();
        Representative representative = e.representative();
        return new EnterpriseView(
                e.id(), e.version(), e.status(), e.siren(), e.rna(), e.legalName(), e.usualName(), e.creationDate(),
                e.legalCategory(), e.legalFamily(), e.cooperativeKind(), e.essBasis(),
                esus == null ? null : new EsusView(esus.grantedOn(), esus.validUntil(), esus.departement(), esus.isValidOn(today)),
                e.nafCode(), e.nafVersion(), e.headcountBracket(), e.declaredFte(), e.sectors(),
                e.establishments().stream().map(s -> new EstablishmentView(s.id(), s.siret(), s.headOffice(), s.street(),
                        s.postcode(), s.city(), s.communeCode(), s.departementCode(), s.headcountBracket())).toList(),
                withPersonalData && representative != null
                        ? new RepresentativeView(representative.name(), representative.email(), representative.phone()) : null,
                e.representativeErasedAt(), e.verifiedAt(), e.struckOffOn(), e.strikeOffReason(),
                withPersonalData ? e.strikeOffComment() : null,
                e.createdAt(), e.updatedAt());
    }
}
