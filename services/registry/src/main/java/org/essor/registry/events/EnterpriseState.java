package org.essor.registry.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.Establishment;
import org.essor.registry.domain.Sector;

/**
 * What every registry event says of the enterprise after the change: what other services need to decide
 * eligibility (identifiers, legal family, territory, age, ESUS validity, size, sectors, status), and no personal data.
 * Also the state kept in the enterprise's history.
 */
public record EnterpriseState(
        UUID enterpriseId,
        long version,
        String siren,
        List<String> sirets,
        String rna,
        String legalName,
        String legalCategory,
        String legalFamily,
        String cooperativeKind,
        String essBasis,
        LocalDate creationDate,
        String headOfficeDepartement,
        List<String> departements,
        String nafCode,
        String nafVersion,
        String headcountBracket,
        BigDecimal declaredFte,
        List<String> sectors,
        Esus esus,
        String status,
        LocalDate struckOffOn) {

    /** The ESUS agreement and whether it is valid on the day of the event. */
    public record Esus(LocalDate grantedOn, LocalDate validUntil, String departement, boolean valid) {
    }

    public static EnterpriseState of(Enterprise enterprise, LocalDate today) {
        List<Establishment> establishments = enterprise.establishments();
        return new EnterpriseState(
                enterprise.id(),
                enterprise.version(),
                text(enterprise.siren()),
                establishments.stream().filter(e -> e.siret() != null).map(e -> e.siret().value()).sorted().toList(),
                text(enterprise.rna()),
                enterprise.legalName(),
                enterprise.legalCategory().code(),
                enterprise.legalFamily().name(),
                enterprise.cooperativeKind() == null ? null : enterprise.cooperativeKind().name(),
                enterprise.essBasis().name(),
                enterprise.creationDate(),
                establishments.stream().filter(Establishment::headOffice).map(Establishment::departementCode).findFirst().orElse(null),
                establishments.stream().map(Establishment::departementCode).distinct().sorted().toList(),
                enterprise.naf() == null ? null : enterprise.naf().code(),
                enterprise.naf() == null ? null : enterprise.naf().version().name(),
                enterprise.headcountBracket().code(),
                enterprise.declaredFte(),
                enterprise.sectors().stream().map(Sector::name).sorted().toList(),
                enterprise.esusAgreement().map(a -> new Esus(a.grantedOn(), a.validUntil(), a.departement(), a.isValidOn(today)))
                        .orElse(null),
                enterprise.status().name(),
                enterprise.struckOffOn());
    }

    private static String text(Object identifier) {
        return identifier == null ? null : identifier.toString();
    }
}
