package org.essor.programmes.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may apply to a call: stages, legal families (empty: any), enterprise age in whole years (REALIS creation
 * track under 3 years, extension over 3), ESUS agreement, an establishment in the call's territory.
 */
public record EligibilityRules(Set<Stage> stages, Set<String> legalFamilies, Integer minEnterpriseAgeYears,
                               Integer maxEnterpriseAgeYears, boolean esusRequired, boolean inRegionRequired) {

    public EligibilityRules {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        legalFamilies = legalFamilies == null ? Set.of() : Set.copyOf(legalFamilies);
    }

    /** Whether the rules depend on what only the register knows (legal family, age, ESUS agreement). */
    public boolean readsTheRegister() {
        return !legalFamilies.isEmpty() || minEnterpriseAgeYears != null || maxEnterpriseAgeYears != null || esusRequired;
    }

    /** Why the enterprise may not apply at {@code stage} (empty: it may), for a call covering {@code departements}. */
    public List<String> refusals(EnterpriseFacts enterprise, Stage stage, Set<String> departements, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (enterprise.struckOff()) {
            reasons.add("the enterprise has been struck off the register");
        }
        if (stage != null && !stages.isEmpty() && !stages.contains(stage)) {
            reasons.add("the call serves the stages " + stages + ", not " + stage);
        }
        if (!legalFamilies.isEmpty() && !legalFamilies.contains(enterprise.legalFamily())) {
            reasons.add("the call is open to " + legalFamilies + ", not to " + enterprise.legalFamily());
        }
        if (minEnterpriseAgeYears != null || maxEnterpriseAgeYears != null) {
            if (enterprise.creationDate() == null) {
                reasons.add("the enterprise's creation date is unknown, and the call depends on its age");
            } else {
                int age = Period.between(enterprise.creationDate(), today).getYears();
                if (minEnterpriseAgeYears != null && age < minEnterpriseAgeYears) {
                    reasons.add("the enterprise is " + age + " years old; the call asks for at least " + minEnterpriseAgeYears);
                }
                if (maxEnterpriseAgeYears != null && age >= maxEnterpriseAgeYears) {
                    reasons.add("the enterprise is " + age + " years old; the call asks for less than " + maxEnterpriseAgeYears);
                }
            }
        }
        if (esusRequired && !enterprise.esusValidOn(today)) {
            reasons.add("the call requires a valid ESUS agreement");
        }
        if (inRegionRequired && enterprise.departements().stream().noneMatch(departements::contains)) {
            reasons.add("the enterprise has no establishment in the call's départements " + departements);
        }
        return reasons;
    }
}
