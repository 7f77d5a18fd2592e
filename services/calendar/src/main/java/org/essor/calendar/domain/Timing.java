package org.essor.calendar.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One occurrence of an event (an event may run on several days), with an id that stays the same across updates. */
@Embeddable
public record Timing(UUID id, @Column(name = "begins_at") Instant startsAt, @Column(name = "ends_at") Instant endsAt) {
}
