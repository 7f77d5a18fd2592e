package org.essor.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

/** What a declaration of the conditions of a société commerciale de l'ESS must be (law of 31 July 2014, art. 1). */
public final class EssConditionRules {

    private EssConditionRules() {
    }

    /** Refuses, with every reason, declarations that do not make the company a société commerciale de l'ESS. */
    public static void check(LegalFamily family, Collection<EssConditionDeclaration> declarations, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (family.statutoryEss()) {
            violations.add(new Violation("conditions", "a " + family.name().toLowerCase()
                    + " belongs to the ESS by its statutes: only a commercial company declares the conditions of article 1"));
        }
        Set<EssCondition> declared = EnumSet.noneOf(EssCondition.class);
        int i = 0;
        for (EssConditionDeclaration declaration : declarations) {
            String field = "conditions[" + i++ + "]";
            if (!declared.add(declaration.condition())) {
                violations.add(new Violation(field + ".condition", declaration.condition() + " is declared twice"));
            }
            if (declaration.declaredOn().isAfter(today)) {
                violations.add(new Violation(field + ".declaredOn", "is in the future"));
            }
            if (declaration.evidence() == null || declaration.evidence().isBlank()) {
                violations.add(new Violation(field + ".evidence", "the reference of the evidence is required"));
            }
        }
        Set<EssCondition> missing = EnumSet.allOf(EssCondition.class);
        missing.removeAll(declared);
        if (!missing.isEmpty()) {
            violations.add(new Violation("conditions", "a société commerciale de l'ESS meets every condition of article 1 "
                    + "of the law of 31 July 2014; missing: " + missing
                    + " (a company that no longer meets them leaves the register: strike it off, reason LEFT_ESS)"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException("The conditions cannot be recorded as given: " + violations.get(0).field()
                    + " " + violations.get(0).message(), violations);
        }
    }
}
