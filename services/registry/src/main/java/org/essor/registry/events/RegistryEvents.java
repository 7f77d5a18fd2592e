package org.essor.registry.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseChange;

/** The events of topic {@code registry.enterprise.v1}, one per published {@link EnterpriseChange}. */
public final class RegistryEvents {

    public static final String TOPIC = "registry.enterprise.v1";

    public static final EventType REGISTERED = EventType.of("registry", "enterprise", "registered", 1);
    public static final EventType UPDATED = EventType.of("registry", "enterprise", "updated", 1);
    public static final EventType VERIFIED = EventType.of("registry", "enterprise", "verified", 1);
    public static final EventType ESUS_AGREEMENT_GRANTED = EventType.of("registry", "enterprise", "esus-agreement-granted", 1);
    public static final EventType ESUS_AGREEMENT_EXPIRED = EventType.of("registry", "enterprise", "esus-agreement-expired", 1);
    public static final EventType STRUCK_OFF = EventType.of("registry", "enterprise", "struck-off", 1);

    public static final List<EventType> ALL = List.of(REGISTERED, UPDATED, VERIFIED, ESUS_AGREEMENT_GRANTED,
            ESUS_AGREEMENT_EXPIRED, STRUCK_OFF);

    private RegistryEvents() {
    }

    /** Payload of {@code registered}, {@code verified}, {@code esus-agreement-granted} and {@code esus-agreement-expired}. */
    public record EnterpriseEvent(EnterpriseState enterprise) {
    }

    /** Payload of {@code updated}: the state after, and which fields changed. */
    public record EnterpriseUpdated(EnterpriseState enterprise, List<String> changedFields) {
    }

    /** Payload of {@code struck-off}: the state after, the date and the reason code. */
    public record EnterpriseStruckOff(EnterpriseState enterprise, LocalDate struckOffOn, String reason) {
    }

    /** The event to publish for a change, for an enterprise already flushed at its new version. */
    public static OutgoingEvent of(EnterpriseChange change, Enterprise enterprise, LocalDate today, Instant now) {
        EnterpriseState state = EnterpriseState.of(enterprise, today);
        return switch (change.kind()) {
            case REGISTERED -> event(REGISTERED, enterprise, now, new EnterpriseEvent(state));
            case UPDATED -> event(UPDATED, enterprise, now, new EnterpriseUpdated(state, change.changedFields()));
            case VERIFIED -> event(VERIFIED, enterprise, now, new EnterpriseEvent(state));
            case ESUS_AGREEMENT_GRANTED -> event(ESUS_AGREEMENT_GRANTED, enterprise, now, new EnterpriseEvent(state));
            case ESUS_AGREEMENT_EXPIRED -> event(ESUS_AGREEMENT_EXPIRED, enterprise, now, new EnterpriseEvent(state));
            case STRUCK_OFF -> event(STRUCK_OFF, enterprise, now,
                    new EnterpriseStruckOff(state, enterprise.struckOffOn(), enterprise.strikeOffReason().name()));
            case REPRESENTATIVE_CHANGED, REPRESENTATIVE_ERASED ->
                    throw new IllegalArgumentException(change.kind() + " is not published: it concerns personal data only");
        };
    }

    private static OutgoingEvent event(EventType type, Enterprise enterprise, Instant now, Object payload) {
        return new OutgoingEvent(type, enterprise.id().toString(), enterprise.version(), now, payload);
    }
}
