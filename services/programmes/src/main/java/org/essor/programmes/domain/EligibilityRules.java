package org.essor.programmes.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.essor.enterprises.EnterpriseConditions;
import org.essor.enterprises.EnterpriseFacts;

/**
 * Who may apply to a call: stages, legal families (empty: any), enterprise age in whole years (REALIS creation
 * track under 3 years, extension over 3), ESUS agreement, an establishment in the call's territory. The conditions on
 * the enterprise are the platform's {@link EnterpriseConditions}; the stage is the programmes' own.
 */
public record EligibilityRules(Set<Stage> stages, Set<String> legalFamilies, Integer minEnterpriseAgeYears,
                               Integer maxEnterpriseAgeYears, boolean esusRequired, boolean inRegionRequired) {

    public EligibilityRules {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        legalFamilies = legalFamilies == null ? Set.of() : Set.copyOf(legalFamilies);
    }

    /** The conditions on the enterprise itself. */
    public EnterpriseConditions enterpriseConditions() {
        return new EnterpriseConditions(legalFamilies, null, minEnterpriseAgeYears, maxEnterpriseAgeYears, esusRequired,
                inRegionRequired);
    }

    /** Whether the rules depend on what only the register knows (legal family, age, ESUS agreement). */
    public boolean readsTheRegister() {
        return enterpriseConditions().readsTheRegister();
    }

    /** Why the enterprise may not apply at {@code stage} (empty: it may), for a call covering {@code departements}. */
    public List<String> refusals(EnterpriseFacts enterprise, Stage stage, Set<String> departements, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (stage != null && !stages.isEmpty() && !stages.contains(stage)) {
            reasons.add("the call serves the stages " + stages + ", not " + stage);
        }
        reasons.addAll(enterpriseConditions().refusals(enterprise, "the call", departements, today));
        return reasons;
    }
}
