package org.essor.calendar.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventChange;
import org.essor.calendar.events.CalendarEvents;
import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.history.StatusHistory;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;

import io.smallrye.mutiny.Uni;

/** How an event's changes are recorded: a history line, an audit entry, its events. */
@ApplicationScoped
public class EventChanges implements ChangeRecorder<Event, EventChange> {

    public static final String AUDITED_AS = "calendar-event";

    /** A registration's changes are audited under its own id, so that erasing its person reaches them. */
    public static final String REGISTRATION_AUDITED_AS = "calendar-registration";

    static final StatusHistory HISTORY = new StatusHistory("event_history", "event_id");

    /** An event's history, oldest first. */
    public static Uni<java.util.List<StatusHistory.Line>> history(java.util.UUID eventId) {
        return HISTORY.of(eventId);
    }

    @Override
    public Uni<Void> history(Event event, EventChange change, Actor actor, Instant at) {
        return HISTORY.record(event.id(), event.version(), change.status().name(), actor, at, change.note());
    }

    @Override
    public List<OutgoingEvent> events(Event event, EventChange change, Instant at) {
        return CalendarEvents.of(event, change, at);
    }

    @Override
    public AuditedChange audited(Event event, EventChange change) {
        if (change.registration() != null) {
            return new AuditedChange(REGISTRATION_AUDITED_AS, change.registration().registrationId(), event.version(),
                    change.registration().action().toUpperCase(java.util.Locale.ROOT));
        }
        return new AuditedChange(AUDITED_AS, event.id(), event.version(), change.status().name());
    }
}
