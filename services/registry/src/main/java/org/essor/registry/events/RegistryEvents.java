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
    public static final EventType ESS_CONDITIONS_DECLARED = EventType.of("registry", "enterprise", "ess-conditions-declared", 1);
    public static final EventType CONVERTED_INTO_SCOP = EventType.of("registry", "enterprise", "converted-into-scop", 1);
    public static final EventType FIGURES_DECLARED = EventType.of("registry", "enterprise", "figures-declared", 1);
    public static final EventType NETWORKS_CHANGED = EventType.of("registry", "enterprise", "networks-changed", 1);
    public static final EventType INCLUSION_AGREEMENTS_CHANGED =
            EventType.of("registry", "enterprise", "inclusion-agreements-changed", 1);

    public static final List<EventType> ALL = List.of(REGISTERED, UPDATED, VERIFIED, ESUS_AGREEMENT_GRANTED,
            ESUS_AGREEMENT_EXPIRED, STRUCK_OFF, ESS_CONDITIONS_DECLARED, CONVERTED_INTO_SCOP,
            NETWORKS_CHANGED, INCLUSION_AGREEMENTS_CHANGED, FIGURES_DECLARED);

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

    /**
     * Payload of {@code ess-conditions-declared}: the state after, and each condition of article 1 of the law of 31 July
     * 2014 with the date it was declared (the evidence's reference stays in the registry).
     */
    public record EssConditionsDeclared(EnterpriseState enterprise, List<DeclaredCondition> conditions) {
    }

    public record DeclaredCondition(String condition, LocalDate declaredOn) {
    }

    /** Payload of {@code converted-into-scop}: the state after (a SCOP), the category before and the date. */
    public record ConvertedIntoScop(EnterpriseState enterprise, String previousLegalCategory, LocalDate convertedOn) {
    }

    /** Payload of {@code networks-changed}: the state after, and every network the enterprise now belongs to. */
    public record NetworksChanged(EnterpriseState enterprise, List<String> networks) {
    }

    /** Payload of {@code inclusion-agreements-changed}: the state after, and every IAE or EA agreement it now has. */
    public record InclusionAgreementsChanged(EnterpriseState enterprise, List<Agreement> agreements) {
    }

    /** An IAE or EA agreement, and whether it is valid on the day of the event. */
    public record Agreement(String kind, LocalDate grantedOn, LocalDate validUntil, boolean valid) {
    }

    /**
     * Payload of {@code figures-declared}: the state after, the reference date, the enterprise's own figures (if
     * declared) and each establishment's headcount and employees. An establishment's payroll is not published: with
     * few employees it tells one person's pay.
     */
    public record FiguresDeclared(EnterpriseState enterprise, LocalDate referenceDate, EnterpriseFigures figures,
                                  List<EstablishmentFigures> establishments) {
    }

    public record EnterpriseFigures(int headcount, int employeesAtYearEnd, java.math.BigDecimal grossPayroll) {
    }

    public record EstablishmentFigures(String siret, int headcount, int employeesAtYearEnd) {
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
            case ESS_CONDITIONS_DECLARED -> event(ESS_CONDITIONS_DECLARED, enterprise, now, new EssConditionsDeclared(state,
                    enterprise.essConditions().stream()
                            .map(c -> new DeclaredCondition(c.condition().name(), c.declaredOn())).toList()));
            case CONVERTED_INTO_SCOP -> event(CONVERTED_INTO_SCOP, enterprise, now, new ConvertedIntoScop(state,
                    enterprise.categoryBeforeScop().code(), enterprise.convertedIntoScopOn()));
            case FIGURES_DECLARED -> figuresDeclared(enterprise, enterprise.lastDeclaredFigures(), state, now);
            case NETWORKS_CHANGED -> event(NETWORKS_CHANGED, enterprise, now, new NetworksChanged(state,
                    enterprise.networks().stream().map(Enum::name).sorted().toList()));
            case INCLUSION_AGREEMENTS_CHANGED -> event(INCLUSION_AGREEMENTS_CHANGED, enterprise, now,
                    new InclusionAgreementsChanged(state, enterprise.inclusionAgreements().stream()
                            .map(a -> new Agreement(a.kind().name(), a.grantedOn(), a.validUntil(), a.isValidOn(today)))
                            .toList()));
            case REPRESENTATIVE_CHANGED, REPRESENTATIVE_ERASED ->
                    throw new IllegalArgumentException(change.kind() + " is not published: it concerns personal data only");
        };
    }

    private static OutgoingEvent figuresDeclared(Enterprise enterprise, LocalDate referenceDate, EnterpriseState state,
                                                 Instant now) {
        List<org.essor.registry.domain.Figures> lines = enterprise.figuresOf(referenceDate);
        EnterpriseFigures own = lines.stream().filter(org.essor.registry.domain.Figures::ofTheEnterprise).findFirst()
                .map(f -> new EnterpriseFigures(f.headcount(), f.employeesAtYearEnd(), f.grossPayroll())).orElse(null);
        List<EstablishmentFigures> establishments = lines.stream().filter(f -> !f.ofTheEnterprise())
                .map(f -> new EstablishmentFigures(f.siret().value(), f.headcount(), f.employeesAtYearEnd())).toList();
        return event(FIGURES_DECLARED, enterprise, now, new FiguresDeclared(state, referenceDate, own, establishments));
    }

    private static OutgoingEvent event(EventType type, Enterprise enterprise, Instant now, Object payload) {
        return new OutgoingEvent(type, enterprise.id().toString(), enterprise.version(), now, payload);
    }
}
