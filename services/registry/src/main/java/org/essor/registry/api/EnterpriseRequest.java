package org.essor.registry.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essor.registry.domain.CooperativeKind;
import org.essor.registry.domain.EssBasis;
import org.essor.registry.domain.NafVersion;
import org.essor.registry.domain.Sector;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enterprise as partners send it to register it, and as a merge patch edits it. Identifiers are checked
 * (SIREN and SIRET check digits, RNA form, INSEE codes) when turned into the domain's values.
 */
public record EnterpriseRequest(
        String siren,
        String rna,
        @NotBlank @Size(max = 300) String legalName,
        @Size(max = 300) String usualName,
        LocalDate creationDate,
        @NotBlank String legalCategory,
        CooperativeKind cooperativeKind,
        EssBasis essBasis,
        String nafCode,
        NafVersion nafVersion,
        String headcountBracket,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal declaredFte,
        Set<Sector> sectors,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull EstablishmentRequest> establishments,
        @Valid RepresentativeRequest representative) {

    /** An establishment: its SIRET (absent for an association known only by its RNA) and where it is. */
    public record EstablishmentRequest(
            String siret,
            boolean headOffice,
            @Size(max = 300) String street,
            @Size(max = 10) String postcode,
            @Size(max = 100) String city,
            @NotBlank String communeCode,
            @Schema(description = "INSEE headcount bracket of the establishment itself (tranche d'effectif salarié), "
                    + "such as 11; absent when not known") String headcountBracket) {
    }

    /** The enterprise's representative: personal data, never published. */
    public record RepresentativeRequest(
            @Size(max = 200) String name,
            @Email @Size(max = 200) String email,
            @Size(max = 30) String phone) {
    }
}
