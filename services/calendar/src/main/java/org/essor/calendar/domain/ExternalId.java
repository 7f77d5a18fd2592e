package org.essor.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The event's id in another agenda (e.g. OpenAgenda), for synchronisation. */
@Embeddable
public record ExternalId(String source, @Column(name = "external_id") String value) {
}
