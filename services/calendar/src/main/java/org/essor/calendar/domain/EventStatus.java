package org.essor.calendar.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an event stands: a draft its organiser prepares, submitted to moderation (changes may be asked, or it may be
 * refused), published, then possibly postponed (no date yet, or new dates published again) or cancelled.
 */
public enum EventStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, REFUSED, PUBLISHED, POSTPONED, CANCELLED;

    /** Shown to everyone, in the lists and the feeds. */
    public static final Set<EventStatus> PUBLIC = EnumSet.of(PUBLISHED, POSTPONED, CANCELLED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
