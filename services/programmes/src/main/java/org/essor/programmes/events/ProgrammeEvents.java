package org.essor.programmes.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationStatus;

/** The events of topic {@code programmes.application.v1}: an application submitted, decided or withdrawn. */
public final class ProgrammeEvents {

    public static final String APPLICATION_TOPIC = "programmes.application.v1";

    public static final EventType SUBMITTED = EventType.of("programmes", "application", "submitted", 1);
    public static final EventType ADMITTED = EventType.of("programmes", "application", "admitted", 1);
    public static final EventType WAITLISTED = EventType.of("programmes", "application", "waitlisted", 1);
    public static final EventType REJECTED = EventType.of("programmes", "application", "rejected", 1);
    public static final EventType WITHDRAWN = EventType.of("programmes", "application", "withdrawn", 1);

    private ProgrammeEvents() {
    }

    /**
     * The payload of every application event: programme, call, territory, stage and, where one exists, the
     * enterprise (an enterprise outside the register is only "UNREGISTERED_ENTERPRISE": its SIREN may name a sole
     * trader), the territorial need a Fabrique application takes up; never a person's data (a person's application is
     * only "PERSON"), never the applicants' declarations (counted over calls only, see {@link CallEvents}).
     */
    public record ApplicationEvent(UUID applicationId, UUID callId, String programme, String departement, String stage,
                                   String applicantKind, UUID enterpriseId, String status, BigDecimal score, UUID needId) {
    }

    /** The event of a status change, if that status is published (drafts, reviews and corrections are not). */
    public static java.util.Optional<OutgoingEvent> of(Application application, Instant now) {
        EventType type = switch (application.status()) {
            case SUBMITTED -> SUBMITTED;
            case ADMITTED -> ADMITTED;
            case WAITLISTED -> WAITLISTED;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
            default -> null;
        };
        if (type == null) {
            return java.util.Optional.empty();
        }
        ApplicationEvent payload = new ApplicationEvent(application.id(), application.call().id(),
                application.call().programmeCode(), application.departement(), application.stage().name(),
                application.applicantKind().name(), application.enterpriseId(),
                application.status().name(), application.status() == ApplicationStatus.SUBMITTED ? null : application.score(),
                application.needId());
        return java.util.Optional.of(new OutgoingEvent(type, application.id().toString(), application.version(), now, payload));
    }
}
