package org.essor.programmes.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.programmes.domain.Participation;
import org.essor.programmes.domain.ParticipationChange;
import org.essor.programmes.domain.Referral;

/** The events of topic {@code programmes.participation.v1}: the follow-up of admitted applicants. */
public final class ParticipationEvents {

    public static final String TOPIC = "programmes.participation.v1";

    public static final EventType ENROLLED = EventType.of("programmes", "participation", "enrolled", 1);
    public static final EventType COACHING_LOGGED = EventType.of("programmes", "participation", "coaching-logged", 1);
    public static final EventType MILESTONE_REACHED = EventType.of("programmes", "participation", "milestone-reached", 1);
    public static final EventType COMPLETED = EventType.of("programmes", "participation", "completed", 1);
    public static final EventType DROPPED_OUT = EventType.of("programmes", "participation", "dropped-out", 1);
    public static final EventType REFERRED = EventType.of("programmes", "participation", "referred", 1);
    public static final EventType CREATED_ENTERPRISE_LINKED =
            EventType.of("programmes", "participation", "created-enterprise-linked", 1);

    private ParticipationEvents() {
    }

    /**
     * The payload of every participation event: programme, call, cohort, territory, stage, the enterprise where one
     * exists, the coaching hours so far; never a person's data, never the coach's name or the topics.
     */
    public record ParticipationEvent(UUID participationId, UUID cohortId, UUID applicationId, UUID callId, String programme,
                                     String departement, String stage, String applicantKind, UUID enterpriseId,
                                     String status, BigDecimal coachingHours, BigDecimal sessionHours, String milestone,
                                     LocalDate milestoneReachedOn, String outcome, UUID createdEnterpriseId,
                                     Integer jobsCreated, Integer jobsConsolidated, ReferredTo referredTo) {
    }

    /** In a {@code referred} event, the next link of the support chain: a programme or a financing instrument, by code. */
    public record ReferredTo(String kind, String code) {
    }

    /** The event a change publishes; none for a change that touches no published field (hosting). */
    public static List<OutgoingEvent> of(Participation p, ParticipationChange change, Instant now) {
        EventType type = switch (change.kind()) {
            case ENROLLED -> ENROLLED;
            case COACHING_LOGGED -> COACHING_LOGGED;
            case MILESTONE_REACHED -> MILESTONE_REACHED;
            case COMPLETED -> COMPLETED;
            case CREATED_ENTERPRISE_LINKED -> CREATED_ENTERPRISE_LINKED;
            case REFERRED -> REFERRED;
            case DROPPED_OUT -> DROPPED_OUT;
            case HOSTED -> null;
        };
        if (type == null) {
            return List.of();
        }
        return List.of(event(type, p, change.sessionHours(), change.milestone() == null ? null : change.milestone().name(),
                change.reachedOn(), change.referral(), now));
    }

    private static OutgoingEvent event(EventType type, Participation p, BigDecimal sessionHours, String milestone,
                                       LocalDate reachedOn, Referral referral, Instant now) {
        var application = p.application();
        ParticipationEvent payload = new ParticipationEvent(p.id(), p.cohortId(), application.id(), application.call().id(),
                application.call().programmeCode(), application.departement(), application.stage().name(),
                application.applicantKind().name(), application.enterpriseId(), p.status().name(),
                p.coachingHours(), sessionHours, milestone, reachedOn, p.outcome() == null ? null : p.outcome().name(),
                p.createdEnterpriseId(), p.jobsCreated(), p.jobsConsolidated(),
                referral == null ? null : new ReferredTo(referral.kind().name(), referral.code()));
        return new OutgoingEvent(type, p.id().toString(), p.version(), now, payload);
    }
}
