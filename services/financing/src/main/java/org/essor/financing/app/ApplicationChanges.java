package org.essor.financing.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.financing.domain.ApplicationChange;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.events.FinancingEvents;
import org.essor.kernel.Actor;

import io.smallrye.mutiny.Uni;

/** How a financing application's changes are recorded: a history line, an audit entry, its events. */
@ApplicationScoped
public class ApplicationChanges implements ChangeRecorder<FinancingApplication, ApplicationChange> {

    /** The name of this kind of aggregate in the audit trail. */
    public static final String AUDITED_AS = "financing-application";

    @Inject
    ApplicationHistory history;

    @Override
    public Uni<Void> history(FinancingApplication application, ApplicationChange change, Actor actor, Instant at) {
        return history.record(application, change, actor, at);
    }

    @Override
    public List<OutgoingEvent> events(FinancingApplication application, ApplicationChange change, Instant at) {
        return FinancingEvents.of(application, change, at);
    }

    @Override
    public AuditedChange audited(FinancingApplication application, ApplicationChange change) {
        String what = change.statusMoved() ? change.status().name()
                : change.payments().isEmpty() ? "NOTED" : change.payments().get(0).kind().name();
        return new AuditedChange(AUDITED_AS, application.id(), application.version(), what);
    }
}
