package org.essor.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** Who belongs in the register, with which identifiers (plan section A.1; CONVENTIONS "Identifiers"). */
public final class EnterpriseRules {

    private EnterpriseRules() {
    }

    /** The details, completed (SIREN from the SIRETs, ESS basis of a statutory family), or the reasons they are refused. */
    public static EnterpriseDetails check(EnterpriseDetails details, Territory territory, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        EnterpriseDetails completed = complete(details);
        LegalFamily family = completed.legalFamily();

        if (completed.legalCategory() != null) {
            completed.legalCategory().outsideTheEss()
                    .ifPresent(reason -> violations.add(new Violation(LegalCategory.FIELD, reason)));
        }
        if (completed.naf() != null && !NafNomenclature.contains(completed.naf())) {
            violations.add(new Violation(NafCode.FIELD, completed.naf() + " is not a sous-classe of the NAF rév. 2"));
        }
        if (completed.legalName() == null || completed.legalName().isBlank()) {
            violations.add(new Violation("legalName", "is required"));
        }
        checkIdentifiers(completed, family, violations);
        checkEssBasis(completed, family, violations);
        checkCooperativeKind(completed, family, violations);
        checkEstablishments(completed, territory, violations);
        if (completed.creationDate() != null && completed.creationDate().isAfter(today)) {
            violations.add(new Violation("creationDate", "is in the future"));
        }
        BigDecimal fte = completed.declaredFte();
        if (fte != null && (fte.signum() < 0 || fte.scale() > 2)) {
            violations.add(new Violation("declaredFte", "must be zero or more, with at most two decimals"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The enterprise cannot be registered as given: "
                    + violations.get(0).field() + " " + violations.get(0).message(), violations);
        }
        return completed;
    }

    private static EnterpriseDetails complete(EnterpriseDetails details) {
        Siren siren = details.siren();
        if (siren == null) {
            siren = details.establishments().stream().filter(e -> e.siret() != null).map(e -> e.siret().siren())
                    .findFirst().orElse(null);
        }
        EssBasis basis = details.legalCategory() != null && details.legalFamily().statutoryEss() && details.essBasis() == null
                ? EssBasis.STATUTORY_FAMILY : details.essBasis();
        return new EnterpriseDetails(siren, details.rna(), details.legalName(), details.usualName(), details.creationDate(),
                details.legalCategory(), details.declaredCooperativeKind(), basis, details.naf(), details.headcountBracket(),
                details.declaredFte(), details.sectors(), details.establishments(), details.representative());
    }

    private static void checkIdentifiers(EnterpriseDetails details, LegalFamily family, List<Violation> violations) {
        if (family == LegalFamily.ASSOCIATION) {
            if (details.rna() == null && details.siren() == null) {
                violations.add(new Violation("rna", "an association has an RNA, a SIRET, or both"));
            }
        } else {
            if (details.siren() == null) {
                violations.add(new Violation("siren", "is required for a " + family.name().toLowerCase().replace('_', ' ')));
            }
            if (details.rna() != null) {
                violations.add(new Violation("rna", "only associations have an RNA"));
            }
        }
        Set<Siret> seen = new HashSet<>();
        for (int i = 0; i < details.establishments().size(); i++) {
            Siret siret = details.establishments().get(i).siret();
            if (siret == null) {
                continue;
            }
            if (!seen.add(siret)) {
                violations.add(new Violation("establishments[" + i + "].siret", "appears twice"));
            }
            if (details.siren() != null && !siret.siren().equals(details.siren())) {
                violations.add(new Violation("establishments[" + i + "].siret",
                        "does not start with the enterprise's SIREN " + details.siren()));
            }
        }
    }

    private static void checkEssBasis(EnterpriseDetails details, LegalFamily family, List<Violation> violations) {
        if (family.statutoryEss() && details.essBasis() != EssBasis.STATUTORY_FAMILY) {
            violations.add(new Violation("essBasis", "a " + family.name().toLowerCase() + " belongs to the ESS by its statutes"));
        }
        if (!family.statutoryEss() && details.essBasis() != EssBasis.COMMERCIAL_ESS_COMPANY) {
            violations.add(new Violation("essBasis",
                    "a commercial company must be declared a société commerciale de l'ESS (law of 31 July 2014)"));
        }
    }

    private static void checkCooperativeKind(EnterpriseDetails details, LegalFamily family, List<Violation> violations) {
        CooperativeKind declared = details.declaredCooperativeKind();
        if (declared == null) {
            return;
        }
        if (family != LegalFamily.COOPERATIVE) {
            violations.add(new Violation("cooperativeKind", "only a cooperative has a cooperative kind"));
        } else if ((declared == CooperativeKind.SCIC || declared == CooperativeKind.CAE)
                && !declared.declarableFor(details.legalCategory())) {
            violations.add(new Violation("cooperativeKind", declared + " cannot be declared for legal category "
                    + details.legalCategory()));
        } else if (declared != CooperativeKind.SCIC && declared != CooperativeKind.CAE
                && details.legalCategory().cooperativeKind().filter(declared::equals).isEmpty()) {
            violations.add(new Violation("cooperativeKind", "follows from the legal category; only SCIC and CAE are declared"));
        }
    }

    private static void checkEstablishments(EnterpriseDetails details, Territory territory, List<Violation> violations) {
        List<EstablishmentDetails> establishments = details.establishments();
        if (establishments.isEmpty()) {
            violations.add(new Violation("establishments", "at least one establishment is required"));
            return;
        }
        long headOffices = establishments.stream().filter(EstablishmentDetails::headOffice).count();
        if (headOffices > 1) {
            violations.add(new Violation("establishments", "only one establishment is the head office"));
        }
        if (establishments.stream().noneMatch(e -> territory.covers(e.commune().departementCode()))) {
            violations.add(new Violation("establishments",
                    "the register holds enterprises with at least one establishment in Occitanie"));
        }
    }
}
