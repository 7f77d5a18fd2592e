package org.essor.calendar.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventChange;
import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;

/**
 * The events of topics {@code calendar.event.v1} (an event published, updated, postponed, cancelled) and
 * {@code calendar.registration.v1} (a registration confirmed, waitlisted, promoted, cancelled, attended). Both are
 * keyed by the event's id, with its version as sequence, so one event's changes and counts stay in order. They carry
 * ids, codes, dates, the territory and counts, never a person's data.
 */
public final class CalendarEvents {

    public static final String EVENT_TOPIC = "calendar.event.v1";
    public static final String REGISTRATION_TOPIC = "calendar.registration.v1";

    private CalendarEvents() {
    }

    /** The payload of every event of {@code calendar.event.v1}. */
    public record EventPublished(UUID eventId, String status, String category, String axis, String campaign,
                                 String departement, String communeCode, Instant firstBegin, int timings,
                                 String attendanceMode, boolean free, Integer capacity, int confirmed, int waitlisted,
                                 UUID organiserEnterpriseId) {
    }

    /** The payload of every event of {@code calendar.registration.v1}. */
    public record RegistrationMoved(UUID registrationId, UUID eventId, String status, String category, String axis,
                                    String campaign, String departement, Integer capacity, int confirmed, int waitlisted,
                                    int attended) {
    }

    public static List<OutgoingEvent> of(Event event, EventChange change, Instant now) {
        List<OutgoingEvent> events = new ArrayList<>();
        if (change.published() != null) {
            events.add(new OutgoingEvent(EventType.of("calendar", "event", change.published(), 1), event.id().toString(),
                    event.version(), now, new EventPublished(event.id(), event.status().name(), event.category(), event.axis(),
                    event.campaign(), event.departement(), event.venue() == null ? null : event.venue().communeCode(),
                    event.firstBegin(), event.timings().size(), event.attendanceMode().name(), event.free(), event.capacity(),
                    event.confirmedCount(), event.waitlistedCount(), event.organiserEnterpriseId())));
        }
        if (change.registration() != null) {
            String action = change.registration().action();
            events.add(new OutgoingEvent(EventType.of("calendar", "registration", action, 1), event.id().toString(),
                    event.version(), now, new RegistrationMoved(change.registration().registrationId(), event.id(),
                    status(action), event.category(), event.axis(), event.campaign(), event.departement(), event.capacity(),
                    event.confirmedCount(), event.waitlistedCount(), event.attendedCount())));
        }
        return events;
    }

    private static String status(String action) {
        return switch (action) {
            case "confirmed", "promoted" -> "CONFIRMED";
            case "waitlisted" -> "WAITLISTED";
            case "cancelled" -> "CANCELLED";
            default -> "ATTENDED";
        };
    }
}
