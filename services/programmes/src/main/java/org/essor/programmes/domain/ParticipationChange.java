package org.essor.programmes.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a transition did to a participation: the kind of change, and for a coaching session its hours, for a milestone
 * which one and when. Recorded in the participation's history; published unless {@link Kind#published()} says not.
 */
public record ParticipationChange(Kind kind, BigDecimal sessionHours, MilestoneKind milestone, LocalDate reachedOn,
                                  Referral referral) {

    public ParticipationChange(Kind kind, BigDecimal sessionHours, MilestoneKind milestone, LocalDate reachedOn) {
        this(kind, sessionHours, milestone, reachedOn, null);
    }

    public static ParticipationChange of(Kind kind) {
        return new ParticipationChange(kind, null, null, null);
    }

    public static ParticipationChange referred(Referral referral) {
        return new ParticipationChange(Kind.REFERRED, null, null, null, referral);
    }

    /** The kinds of change; hosting touches no published field, so it is recorded but not published. */
    public enum Kind {
        ENROLLED(true),
        COACHING_LOGGED(true),
        MILESTONE_REACHED(true),
        HOSTED(false),
        COMPLETED(true),
        CREATED_ENTERPRISE_LINKED(true),
        REFERRED(true),
        DROPPED_OUT(true);

        private final boolean published;

        Kind(boolean published) {
            this.published = published;
        }

        public boolean published() {
            return published;
        }
    }
}
