package org.essor.registry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.essor.registry.domain.Sector;

/** A made-up enterprise of the ESS in Occitanie, as the registry would import it; SIREN or RNA may be absent. */
public record DemoEnterprise(
        String siren,
        String rna,
        String legalName,
        String legalCategory,
        LocalDate creationDate,
        String nafCode,
        String headcountBracket,
        List<Sector> sectors,
        List<DemoEstablishment> establishments) {

    public DemoEnterprise {
        if (siren == null && rna == null) {
            throw new IllegalArgumentException("An enterprise needs a SIREN, an RNA number or both");
        }
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(legalCategory, "legalCategory");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(nafCode, "nafCode");
        Objects.requireNonNull(headcountBracket, "headcountBracket");
        sectors = List.copyOf(sectors);
        establishments = List.copyOf(establishments);
    }

    /** The establishment registered as head office (siège). */
    public DemoEstablishment headOffice() {
        return establishments.stream().filter(DemoEstablishment::headOffice).findFirst().orElseThrow();
    }
}
