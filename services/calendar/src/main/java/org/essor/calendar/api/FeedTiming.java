package org.essor.calendar.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One occurrence of an event in a feed: it becomes one VEVENT, whose UID is made of the event's id and this id, so it
 * stays the same when the event changes. {@code end} may be null (the VEVENT then has no DTEND).
 */
public record FeedTiming(UUID id, Instant begin, Instant end) {
}
