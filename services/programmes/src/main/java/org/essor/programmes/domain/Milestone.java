package org.essor.programmes.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A step a participant's project reached, on a date. */
@Embeddable
public record Milestone(@Enumerated(EnumType.STRING) MilestoneKind kind, @Column(name = "reached_on") LocalDate reachedOn,
                        String note) {
}
