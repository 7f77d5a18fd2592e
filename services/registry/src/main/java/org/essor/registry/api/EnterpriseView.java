package org.essor.registry.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Establishment;
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

    public record EstablishmentView(UUID id, String siret, boolean headOffice, String street, String postcode, String city,
                                    String communeCode, String departementCode) {
    }

    public record RepresentativeView(String name, String email, String phone) {
    }

    static EnterpriseView of(Enterprise e, LocalDate today, boolean withPersonalData) {
        return new EnterpriseView(
                e.id(), e.version(), e.status().name(), text(e.siren()), text(e.rna()), e.legalName(), e.usualName(),
                e.creationDate(), e.legalCategory().code(), e.legalFamily().name(),
                e.cooperativeKind() == null ? null : e.cooperativeKind().name(), e.essBasis().name(),
                e.esusAgreement().map(a -> new EsusView(a.grantedOn(), a.validUntil(), a.departement(), a.isValidOn(today)))
                        .orElse(null),
                e.naf() == null ? null : e.naf().code(), e.naf() == null ? null : e.naf().version().name(),
                e.headcountBracket().code(), e.declaredFte(), e.sectors().stream().sorted().toList(),
                e.establishments().stream().map(EnterpriseView::establishment).toList(),
                withPersonalData ? e.representative().map(r -> new RepresentativeView(r.name(), r.email(), r.phone())).orElse(null)
                        : null,
                e.representativeErasedAt(), e.verifiedAt(), e.struckOffOn(),
                e.strikeOffReason() == null ? null : e.strikeOffReason().name(),
                withPersonalData ? e.strikeOffComment() : null,
                e.createdAt(), e.updatedAt());
    }

    private static EstablishmentView establishment(Establishment s) {
        var details = s.details();
        return new EstablishmentView(s.id(), text(s.siret()), s.headOffice(), details.street(), details.postcode(),
                details.city(), details.commune().value(), s.departementCode());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
