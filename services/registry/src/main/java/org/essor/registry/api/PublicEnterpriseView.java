package org.essor.registry.api;

import java.util.UUID;

import org.essor.registry.app.PublicEnterprise;
import org.essor.registry.domain.LegalCategory;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An enterprise in the public list: facts of the legal person only (no representative, no address). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicEnterpriseView(UUID id, String siren, String rna, String legalName, String legalCategory,
                                   String legalCategoryLabel, String legalFamily, String cooperativeKind, String nafCode,
                                   String nafVersion, String communeCode, String departementCode, boolean esusValid) {

    static PublicEnterpriseView of(PublicEnterprise e) {
        return new PublicEnterpriseView(e.id(), e.siren(), e.rna(), e.legalName(), e.legalCategory(),
                new LegalCategory(e.legalCategory()).label().orElse(null), e.legalFamily(), e.cooperativeKind(),
                e.nafCode(), e.nafVersion(), e.headOfficeCommune(), e.headOfficeDepartement(), e.esusValid());
    }
}
