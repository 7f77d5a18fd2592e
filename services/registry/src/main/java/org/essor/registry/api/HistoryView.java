package org.essor.registry.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.registry.app.EnterpriseHistory;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One version of an enterprise in its history. */
public record HistoryView(long version, String change, List<String> changedFields, Instant changedAt, String changedBy,
                          @Schema(type = SchemaType.OBJECT, description = "The enterprise as it was at this version")
                          @JsonRawValue String state) {

    static HistoryView of(EnterpriseHistory.Version version) {
        return new HistoryView(version.version(), version.change(), version.changedFields(), version.changedAt(),
                version.changedBy(), version.state());
    }
}
