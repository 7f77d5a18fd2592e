package org.essor.events.change;

import java.time.Instant;
import java.util.List;

import org.essor.events.audit.AuditedChange;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;

import io.smallrye.mutiny.Uni;

/**
 * How one kind of aggregate records its changes: its history row and the events it publishes. Called by the
 * {@link UnitOfWork} after the flush, so the aggregate carries its new version.
 *
 * @param <A> the aggregate
 * @param <C> what a transition of it returns (its change)
 */
public interface ChangeRecorder<A, C> {

    /** Writes the history row of the change; joins the open transaction. */
    Uni<Void> history(A aggregate, C change, Actor actor, Instant at);

    /** The events the change publishes; none for a change that touched only personal data. */
    List<OutgoingEvent> events(A aggregate, C change, Instant at);

    /** What the audit trail records of the change (the unit of work adds who made it and from where). */
    AuditedChange audited(A aggregate, C change);
}
