package org.essor.calendar.domain;

import java.util.UUID;

/**
 * What a change did to an event: its status after, the public change it makes ({@code published}, {@code updated},
 * {@code postponed}, {@code cancelled}; null when nothing public changed), the registration it moved (confirmed,
 * waitlisted, promoted, cancelled, attended; null for none), and a note for the history.
 */
public record EventChange(EventStatus status, String published, RegistrationMove registration, String note) {

    /** A registration that moved: what happened to it. */
    public record RegistrationMove(UUID registrationId, String action) {
    }

    public static EventChange moderated(EventStatus status, String note) {
        return new EventChange(status, null, null, note);
    }

    public static EventChange publicly(EventStatus status, String action, String note) {
        return new EventChange(status, action, null, note);
    }

    public static EventChange registration(EventStatus status, UUID registrationId, String action) {
        return new EventChange(status, null, new RegistrationMove(registrationId, action), "registration " + registrationId
                + " " + action);
    }
}
