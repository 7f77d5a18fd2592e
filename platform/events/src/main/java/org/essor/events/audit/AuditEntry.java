package org.essor.events.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of an aggregate as the audit trail holds it. */
public record AuditEntry(long id, String aggregateType, UUID aggregateId, Long version, String change, Instant at,
                         String actor, String subject, String client, List<String> roles, String address,
                         String correlationId) {
}
