package org.essor.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything about an enterprise that registration sets and amendments change (its lifecycle apart). */
public record EnterpriseDetails(
        Siren siren,
        Rna rna,
        String legalName,
        String usualName,
        LocalDate creationDate,
        LegalCategory legalCategory,
        CooperativeKind declaredCooperativeKind,
        EssBasis essBasis,
        NafCode naf,
        HeadcountBracket headcountBracket,
        BigDecimal declaredFte,
        Set<Sector> sectors,
        List<EstablishmentDetails> establishments,
        Representative representative) {

    public EnterpriseDetails {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        establishments = establishments == null ? List.of() : List.copyOf(establishments);
        headcountBracket = headcountBracket == null ? HeadcountBracket.ofCode("NN") : headcountBracket;
    }

    public LegalFamily legalFamily() {
        return legalCategory.family();
    }
}
