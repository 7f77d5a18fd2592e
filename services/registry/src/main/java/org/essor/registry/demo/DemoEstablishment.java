package org.essor.registry.demo;

import java.util.Objects;

/** A made-up establishment in a real Occitanie commune; no SIRET for an association known only by its RNA. */
public record DemoEstablishment(
        String siret,
        boolean headOffice,
        String street,
        String postcode,
        String city,
        String communeCode) {

    public DemoEstablishment {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(communeCode, "communeCode");
    }
}
