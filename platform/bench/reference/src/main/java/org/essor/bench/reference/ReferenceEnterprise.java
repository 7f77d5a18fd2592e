package org.essor.bench.reference;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The reference app's one entity: an enterprise reduced to a row of plain columns, no collections. */
@Entity
@Table(name = "reference_enterprise")
public class ReferenceEnterprise extends PanacheEntityBase {

    @Id
    public UUID id;

    @Version
    public long version;

    public String siren;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "legal_category")
    public String legalCategory;

    @Column(name = "naf_code")
    public String nafCode;

    public String status;

    @Column(name = "departement_code")
    public String departementCode;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
