package org.essor.registry.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.registry.app.EssConditions;
import org.essor.registry.domain.EssCondition;

/** The conditions of a société commerciale de l'ESS an enterprise declared, and the status they give. */
public record EssConditionsView(
        UUID enterpriseId,
        String legalFamily,
        @Schema(description = "STATUTORY_FAMILY for an association, cooperative, mutual or foundation; for a commercial "
                + "company COMMERCIAL_ESS_COMPANY, which it is when every condition is declared") String essBasis,
        @Schema(description = "Whether every condition of article 1 of the law of 31 July 2014 is declared (always false "
                + "for a statutory family, which has none to meet)") boolean allConditionsDeclared,
        List<EssConditionView> conditions) {

    /** One condition as declared: since when, on what evidence (a reference, such as the statutes' article). */
    public record EssConditionView(EssCondition condition, LocalDate declaredOn, String evidence) {
    }

    static EssConditionsView of(EssConditions.Declared declared) {
        return new EssConditionsView(declared.enterpriseId(), declared.legalFamily(), declared.essBasis(),
                declared.allMet(), declared.conditions().stream()
                .map(c -> new EssConditionView(c.condition(), c.declaredOn(), c.evidence())).toList());
    }
}
