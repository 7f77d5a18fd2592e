package org.essor.programmes.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;
import org.essor.programmes.domain.Call;
import org.essor.programmes.events.CallEvents;
import org.essor.programmes.domain.DeclaredStatistics;

import io.smallrye.mutiny.Uni;

/**
 * How a committee's decision on a call is recorded: in the audit trail, and as an event of counts (the decided
 * applications have their own history lines and events).
 */
@ApplicationScoped
class CallChanges implements ChangeRecorder<Call, DeclaredStatistics> {

    @Override
    public Uni<Void> history(Call call, DeclaredStatistics statistics, Actor actor, Instant at) {
        return Uni.createFrom().voidItem();
    }

    @Override
    public List<OutgoingEvent> events(Call call, DeclaredStatistics statistics, Instant at) {
        return CallEvents.of(call, statistics, at);
    }

    @Override
    public AuditedChange audited(Call call, DeclaredStatistics statistics) {
        return new AuditedChange(CallBoard.AUDITED_AS, call.id(), call.version(), "DECIDED");
    }
}
