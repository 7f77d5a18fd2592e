package org.essor.programmes.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationChange;
import org.essor.programmes.events.ProgrammeEvents;

import io.smallrye.mutiny.Uni;

/** How an application's changes are recorded: a history line, and an event when its status moved to a published one. */
@ApplicationScoped
public class ApplicationChanges implements ChangeRecorder<Application, ApplicationChange> {

    /** The name of this kind of aggregate in the audit trail. */
    public static final String AUDITED_AS = "programme-application";

    @Inject
    ApplicationHistory history;

    @Override
    public Uni<Void> history(Application application, ApplicationChange change, Actor actor, Instant at) {
        return history.record(application, change, actor, at);
    }

    @Override
    public List<OutgoingEvent> events(Application application, ApplicationChange change, Instant at) {
        return change.statusMoved() ? ProgrammeEvents.of(application, at).map(List::of).orElse(List.of()) : List.of();
    }

    @Override
    public AuditedChange audited(Application application, ApplicationChange change) {
        return new AuditedChange(AUDITED_AS, application.id(), application.version(),
                change.statusMoved() ? change.status().name() : "NOTED");
    }
}
