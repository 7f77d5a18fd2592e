package org.essor.registry.app.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import as its submitter follows it. */
public record EnterpriseImport(UUID id, String status, String fileName, int totalLines, int processed, int created,
                               int updated, int unchanged, int rejected, String failure, String submittedBy,
                               Instant submittedAt, Instant startedAt, Instant finishedAt,
                               @Schema(description = "The optional columns the file lacks (date_creation, secteurs, "
                                       + "tranche_effectif_etablissement): what the import could not set")
                               List<String> missingColumns) {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
