package org.essor.enterprises;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conditions on the enterprise itself that a call for applications or a financing instrument may set: legal
 * families and cooperative kinds (empty: any), age in whole years (at least {@code minAgeYears}, less than
 * {@code maxAgeYears}), a valid ESUS agreement, an establishment in the territory served. Each unmet condition gives
 * one reason, in words a partner can show to the enterprise.
 */
public record EnterpriseConditions(Set<String> legalFamilies, Set<String> cooperativeKinds, Integer minAgeYears,
                                   Integer maxAgeYears, boolean esusRequired, boolean inTerritoryRequired) {

    public static final EnterpriseConditions NONE = new EnterpriseConditions(null, null, null, null, false, false);

    public EnterpriseConditions {
        legalFamilies = legalFamilies == null ? Set.of() : Set.copyOf(legalFamilies);
        cooperativeKinds = cooperativeKinds == null ? Set.of() : Set.copyOf(cooperativeKinds);
    }

    /** Whether the conditions depend on what only the register knows (legal family, kind, age, ESUS agreement). */
    public boolean readsTheRegister() {
        return !legalFamilies.isEmpty() || !cooperativeKinds.isEmpty() || minAgeYears != null || maxAgeYears != null
                || esusRequired;
    }

    /**
     * Why the enterprise does not meet the conditions of {@code what} (e.g. "the call", "the instrument") on
     * {@code today}, for a territory of {@code departements}; empty when it does.
     */
    public List<String> refusals(EnterpriseFacts enterprise, String what, Set<String> departements, LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (enterprise.struckOff()) {
            reasons.add("the enterprise has been struck off the register");
        }
        if (!legalFamilies.isEmpty() && !includes(legalFamilies, enterprise.legalFamily())) {
            reasons.add(what + " is open to " + sorted(legalFamilies) + ", not to " + enterprise.legalFamily());
        }
        if (!cooperativeKinds.isEmpty() && !includes(cooperativeKinds, enterprise.cooperativeKind())) {
            reasons.add(what + " serves the cooperatives " + sorted(cooperativeKinds) + ", not "
                    + (enterprise.cooperativeKind() == null ? "an enterprise of another kind" : enterprise.cooperativeKind()));
        }
        if (minAgeYears != null || maxAgeYears != null) {
            Integer age = enterprise.ageOn(today);
            if (age == null) {
                reasons.add("the enterprise's creation date is unknown, and " + what + " depends on its age");
            } else {
                if (minAgeYears != null && age < minAgeYears) {
                    reasons.add("the enterprise is " + age + " years old; " + what + " asks for at least " + minAgeYears);
                }
                if (maxAgeYears != null && age >= maxAgeYears) {
                    reasons.add("the enterprise is " + age + " years old; " + what + " asks for less than " + maxAgeYears);
                }
            }
        }
        if (esusRequired && !enterprise.esusValidOn(today)) {
            reasons.add(what + " requires a valid ESUS agreement");
        }
        if (inTerritoryRequired && enterprise.departements().stream().noneMatch(departements::contains)) {
            reasons.add("the enterprise has no establishment in " + what + "'s départements " + sorted(departements));
        }
        return reasons;
    }

    /** An immutable set refuses to be asked about null: an unknown value is in none. */
    private static boolean includes(Set<String> values, String value) {
        return value != null && values.contains(value);
    }

    private static Set<String> sorted(Set<String> values) {
        return new TreeSet<>(values);
    }
}
