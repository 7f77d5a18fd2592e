package org.essor.calendar.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An ESS event as an iCalendar feed shows it, one VEVENT per timing.
 *
 * <p>{@code status} is PUBLISHED, POSTPONED or CANCELLED; {@code version} grows with every change of the event and
 * becomes the VEVENT's SEQUENCE. Every other text, the coordinates (together) and {@code updatedAt} may be null;
 * {@code campaign} is e.g. "MOIS_ESS_2026", {@code axis} e.g. "FAIRE_CONNAITRE", {@code organiser} a display name and
 * {@code url} the event's public page.
 */
public record FeedEvent(UUID id, long version, String title, String description, String status, String category,
        String campaign, String axis, String organiser, List<FeedTiming> timings, String venueName, String address,
        String communeCode, String departement, Double latitude, Double longitude, String onlineLink, String url,
        Instant updatedAt) {
}
