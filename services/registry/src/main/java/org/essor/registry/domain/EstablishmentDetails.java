package org.essor.registry.domain;

/**
 * An establishment as given by a request or an import line; {@code siret} may be absent for an association known by its
 * RNA, {@code headcountBracket} when the establishment's own size is not known.
 */
public record EstablishmentDetails(Siret siret, boolean headOffice, String street, String postcode, String city,
                                   CommuneCode commune, HeadcountBracket headcountBracket) {

    /** An establishment whose own size is not known. */
    public EstablishmentDetails(Siret siret, boolean headOffice, String street, String postcode, String city,
                                CommuneCode commune) {
        this(siret, headOffice, street, postcode, city, commune, null);
    }
}
