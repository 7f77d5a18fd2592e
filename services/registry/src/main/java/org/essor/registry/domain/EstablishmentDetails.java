package org.essor.registry.domain;

/** An establishment as given by a request or an import line; {@code siret} may be absent for an association known by its RNA. */
public record EstablishmentDetails(Siret siret, boolean headOffice, String street, String postcode, String city,
                                   CommuneCode commune) {
}
