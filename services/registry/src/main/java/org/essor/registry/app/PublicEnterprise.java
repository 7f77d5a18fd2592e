package org.essor.registry.app;

import java.util.UUID;

/**
 * What the public list of ESS enterprises shows of one enterprise (the CRESS publishes the list, law of 31 July 2014,
 * art. 6): facts of the legal person only, never the representative, the addresses or comments.
 */
public record PublicEnterprise(UUID id, String siren, String rna, String legalName, String nameSearch, String legalCategory,
                               String legalFamily, String cooperativeKind, String nafCode, String nafVersion,
                               String headOfficeCommune, String headOfficeDepartement, boolean esusValid) {
}
