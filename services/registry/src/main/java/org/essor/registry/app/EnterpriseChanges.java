package org.essor.registry.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.DirectChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;
import org.essor.kernel.ServiceTime;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseChange;
import org.essor.registry.events.EnterpriseState;
import org.essor.registry.events.RegistryEvents;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/** How an enterprise's changes are recorded: a history line with its (non-personal) state, and its public events. */
@ApplicationScoped
public class EnterpriseChanges implements DirectChangeRecorder<Enterprise, EnterpriseChange> {

    /** The name of this kind of aggregate in the audit trail. */
    public static final String AUDITED_AS = "enterprise";

    @Inject
    EnterpriseHistory history;

    @Inject
    ServiceTime time;

    @Override
    public Uni<Void> history(Enterprise enterprise, EnterpriseChange change, Actor actor, Instant at) {
        return history.record(EnterpriseState.of(enterprise, time.today()), change, actor, at);
    }

    @Override
    public Uni<Void> history(SqlConnection connection, Enterprise enterprise, EnterpriseChange change, Actor actor, Instant at) {
        return history.record(connection, EnterpriseState.of(enterprise, time.today()), change, actor, at);
    }

    @Override
    public List<OutgoingEvent> events(Enterprise enterprise, EnterpriseChange change, Instant at) {
        return change.kind().published() ? List.of(RegistryEvents.of(change, enterprise, time.today(), at)) : List.of();
    }

    @Override
    public AuditedChange audited(Enterprise enterprise, EnterpriseChange change) {
        return new AuditedChange(AUDITED_AS, enterprise.id(), enterprise.version(), change.kind().name());
    }
}
