package org.essor.enterprises;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.UUID;

/**
 * What the register's events tell of an enterprise, as far as eligibility and territory go: its legal family and
 * cooperative kind, age, establishments' départements, ESUS agreement and status. Never personal data.
 */
public record EnterpriseFacts(UUID enterpriseId, String siren, String legalFamily, String cooperativeKind,
                              LocalDate creationDate, String headOfficeDepartement, Set<String> departements,
                              LocalDate esusGrantedOn, LocalDate esusValidUntil, String status) {

    public EnterpriseFacts {
        departements = departements == null ? Set.of() : Set.copyOf(departements);
    }

    public boolean struckOff() {
        return "STRUCK_OFF".equals(status);
    }

    public boolean esusValidOn(LocalDate day) {
        return esusGrantedOn != null && esusValidUntil != null && !day.isBefore(esusGrantedOn) && !day.isAfter(esusValidUntil);
    }

    /** Whole years since creation on {@code day}; null when the creation date is unknown. */
    public Integer ageOn(LocalDate day) {
        return creationDate == null ? null : Period.between(creationDate, day).getYears();
    }

    /**
     * The département that stands for the enterprise in statistics: its head office's, else the first of its
     * establishments' (in code order); null when none is known.
     */
    public String mainDepartement() {
        if (headOfficeDepartement != null) {
            return headOfficeDepartement;
        }
        return departements.stream().sorted().findFirst().orElse(null);
    }
}
