package org.essor.events.audit;

import java.util.UUID;

/** What the audit trail says a change was: which aggregate, at which version, and the change's name. */
public record AuditedChange(String aggregateType, UUID aggregateId, Long version, String change) {
}
