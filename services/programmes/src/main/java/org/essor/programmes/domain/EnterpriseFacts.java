package org.essor.programmes.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** What the registry's events tell of an enterprise, as far as eligibility goes. */
public record EnterpriseFacts(UUID enterpriseId, String legalFamily, LocalDate creationDate, Set<String> departements,
                              LocalDate esusGrantedOn, LocalDate esusValidUntil, String status) {

    public boolean struckOff() {
        return "STRUCK_OFF".equals(status);
    }

    public boolean esusValidOn(LocalDate day) {
        return esusGrantedOn != null && esusValidUntil != null && !day.isBefore(esusGrantedOn) && !day.isAfter(esusValidUntil);
    }
}
