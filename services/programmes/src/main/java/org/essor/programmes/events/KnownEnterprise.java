package org.essor.programmes.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.essor.programmes.domain.EnterpriseFacts;

/** The programmes service's copy of what the registry publishes about an enterprise (rebuildable from the topic). */
@Entity
@Table(name = "known_enterprise")
public class KnownEnterprise {

    @Id
    @Column(name = "enterprise_id")
    UUID enterpriseId;

    long version;
    String siren;

    @Column(name = "legal_family")
    String legalFamily;

    @Column(name = "creation_date")
    LocalDate creationDate;

    String departements;

    @Column(name = "esus_granted_on")
    LocalDate esusGrantedOn;

    @Column(name = "esus_valid_until")
    LocalDate esusValidUntil;

    String status;

    public EnterpriseFacts facts() {
        Set<String> codes = departements == null || departements.isBlank() ? Set.of()
                : Arrays.stream(departements.split(",")).collect(Collectors.toUnmodifiableSet());
        return new EnterpriseFacts(enterpriseId, legalFamily, creationDate, codes, esusGrantedOn, esusValidUntil, status);
    }

    public String siren() {
        return siren;
    }

    public long version() {
        return version;
    }
}
