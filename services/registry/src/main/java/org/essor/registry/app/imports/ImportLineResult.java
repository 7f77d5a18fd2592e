package org.essor.registry.app.imports;

import java.util.UUID;

/** What happened to one line of an import. */
public record ImportLineResult(int line, ImportOutcome outcome, String siren, String siret, UUID enterpriseId, String reason) {
}
