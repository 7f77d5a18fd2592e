package org.essor.registry.app;

import org.essor.registry.domain.LegalFamily;

/** What the public list is narrowed to; null: any. */
public record PublicEnterpriseFilter(String departement, LegalFamily legalFamily, String nafPrefix, String commune,
                                     Boolean esusValid) {
}
