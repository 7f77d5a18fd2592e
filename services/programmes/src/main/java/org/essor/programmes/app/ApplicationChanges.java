package org.essor.programmes.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
}
