package org.essor.registry.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A place where an enterprise works: its SIRET (when it has one), address and commune. */
@Entity
@Table(name = "establishment")
public class Establishment {

    @Id
    UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    Enterprise enterprise;

    Siret siret;

    @Column(name = "head_office")
    boolean headOffice;

    String street;
    String postcode;
    String city;

    @Column(name = "commune_code")
    CommuneCode commune;

    @Column(name = "departement_code")
    String departementCode;

    @Column(name = "headcount_bracket")
    HeadcountBracket headcountBracket;

    protected Establishment() {
    }

    Establishment(Enterprise enterprise, EstablishmentDetails details) {
        this.id = UUID.randomUUID();
        this.enterprise = enterprise;
        apply(details);
    }

    void apply(EstablishmentDetails details) {
        siret = details.siret();
        headOffice = details.headOffice();
        street = details.street();
        postcode = details.postcode();
        city = details.city();
        commune = details.commune();
        departementCode = details.commune().departementCode();
        headcountBracket = details.headcountBracket();
    }

    public EstablishmentDetails details() {
        return new EstablishmentDetails(siret, headOffice, street, postcode, city, commune, headcountBracket);
    }

    public UUID id() {
        return id;
    }

    public Siret siret() {
        return siret;
    }

    public boolean headOffice() {
        return headOffice;
    }

    public String departementCode() {
        return departementCode;
    }
}
