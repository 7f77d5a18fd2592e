package org.essor.registry.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Establishment;
import org.essor.registry.domain.EsusAgreement;
import org.essor.registry.domain.Representative;
import org.essor.registry.domain.Sector;

/**
 * An enterprise as it is read: the whole record in plain values, what the API shows of it (before it decides what each
 * caller may see). Made from an entity after a change, or read straight from the database by {@link EnterpriseReads}.
 * Codes are their stored text (enum names, the INSEE codes of legal category and headcount bracket); sectors are in
 * their natural order, establishments head office first, then by SIRET.
 */
public record EnterpriseSnapshot(
        UUID id,
        long version,
        String status,
        String siren,
        String rna,
        String legalName,
        String usualName,
        String nameSearch,
        LocalDate creationDate,
        String legalCategory,
        String legalFamily,
        String cooperativeKind,
        String essBasis,
        EsusAgreement esus,
        String nafCode,
        String nafVersion,
        String headcountBracket,
        BigDecimal declaredFte,
        List<Sector> sectors,
        List<EstablishmentSnapshot> establishments,
        Representative representative,
        Instant representativeErasedAt,
        Instant verifiedAt,
        LocalDate struckOffOn,
        String strikeOffReason,
        String strikeOffComment,
        Instant createdAt,
        Instant updatedAt) {

    public record EstablishmentSnapshot(UUID id, String siret, boolean headOffice, String street, String postcode,
                                        String city, String communeCode, String departementCode, String headcountBracket) {
    }

    public static EnterpriseSnapshot of(Enterprise e) {
        return new EnterpriseSnapshot(
                e.id(), e.version(), e.status().name(), text(e.siren()), text(e.rna()), e.legalName(), e.usualName(),
                e.nameSearch(), e.creationDate(), e.legalCategory().code(), e.legalFamily().name(),
                e.cooperativeKind() == null ? null : e.cooperativeKind().name(), e.essBasis().name(),
                e.esusAgreement().orElse(null),
                e.naf() == null ? null : e.naf().code(), e.naf() == null ? null : e.naf().version().name(),
                e.headcountBracket().code(), e.declaredFte(), e.sectors().stream().sorted().toList(),
                e.establishments().stream().map(EnterpriseSnapshot::establishment).toList(),
                e.representative().orElse(null), e.representativeErasedAt(), e.verifiedAt(), e.struckOffOn(),
                e.strikeOffReason() == null ? null : e.strikeOffReason().name(), e.strikeOffComment(),
                e.createdAt(), e.updatedAt());
    }

    private static EstablishmentSnapshot establishment(Establishment s) {
        var details = s.details();
        return new EstablishmentSnapshot(s.id(), text(s.siret()), s.headOffice(), details.street(), details.postcode(),
                details.city(), details.commune().value(), s.departementCode(),
                details.headcountBracket() == null ? null : details.headcountBracket().code());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
