package org.essor.evaluation.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.essor.evaluation.app.FactRow;
import org.essor.evaluation.app.FactTable;
import org.essor.events.envelope.MalformedEventException;
import org.essor.events.inbox.IncomingEvent;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What each event of the seven streams says about the evaluation's facts. Every payload carries its aggregate's whole
 * state, so a fact follows the newest version it has seen; when something first happened is the time of the first
 * event that shows it. Event types a stream does not know yet give no fact (forward compatibility), and fields the
 * payload records do not name are ignored.
 */
public final class SourceFacts {

    private static final Map<String, Source> SOURCES = Map.of(
            "registry.enterprise.v1", new Source(Set.of("registered", "updated", "verified", "struck-off",
                    "esus-agreement-granted", "esus-agreement-expired", "converted-into-scop", "ess-conditions-declared",
                    "figures-declared", "inclusion-agreements-changed", "networks-changed"), SourceFacts::enterprise),
            "programmes.application.v1", new Source(Set.of("submitted", "admitted", "rejected", "waitlisted",
                    "withdrawn"), SourceFacts::programmeApplication),
            "programmes.participation.v1", new Source(Set.of("enrolled", "coaching-logged", "milestone-reached",
                    "completed", "dropped-out", "created-enterprise-linked", "referred"), SourceFacts::participation),
            "financing.application.v1", new Source(Set.of("submitted", "approved", "rejected", "closed"),
                    SourceFacts::financingApplication),
            "financing.payment.v1", new Source(Set.of("disbursed", "repayment-received", "repayment-missed",
                    "guarantee-called", "guarantee-paid"), SourceFacts::payment),
            "calendar.event.v1", new Source(Set.of("published", "updated", "postponed", "cancelled"),
                    SourceFacts::calendarEvent),
            "calendar.registration.v1", new Source(Set.of("confirmed", "waitlisted", "promoted", "cancelled",
                    "attended"), SourceFacts::registration));

    /** The topics the evaluation reads. */
    public static final Set<String> TOPICS = SOURCES.keySet();

    private record Source(Set<String> actions, Function<IncomingEvent, List<FactRow>> facts) {
    }

    private SourceFacts() {
    }

    /** The facts of the events, in their order; none for an event type the stream does not know. */
    public static List<FactRow> of(List<IncomingEvent> events) {
        List<FactRow> facts = new ArrayList<>();
        for (IncomingEvent event : events) {
            facts.addAll(of(event));
        }
        return facts;
    }

    public static List<FactRow> of(IncomingEvent event) {
        Source source = SOURCES.get(event.topic());
        if (source == null || !source.actions().contains(event.envelope().type().action())) {
            return List.of();
        }
        return source.facts().apply(event);
    }

    // --- registry.enterprise.v1 ----------------------------------------------------------------------------------

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Enterprise(UUID enterpriseId, Long version, String legalFamily, String cooperativeKind,
                      String headOfficeDepartement, String status, LocalDate creationDate, Esus esus, LocalDate struckOffOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Esus(LocalDate grantedOn, LocalDate validUntil) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnterpriseEvent(Enterprise enterprise) {
    }

    private static List<FactRow> enterprise(IncomingEvent event) {
        EnterpriseEvent data = event.data(EnterpriseEvent.class);
        Enterprise state = data.enterprise();
        require(event, state != null && state.enterpriseId() != null && state.legalFamily() != null
                && state.status() != null, "an enterprise with its id, legal family and status");
        Instant at = time(event);
        long version = version(event, state.version());
        Esus esus = state.esus();
        FactRow enterprise = new FactRow(FactTable.ENTERPRISE, state.enterpriseId(), version,
                new Object[] {state.legalFamily(), state.cooperativeKind(), state.headOfficeDepartement(), state.status(),
                        state.creationDate(), esus == null ? null : esus.grantedOn(), esus == null ? null : esus.validUntil(),
                        state.struckOffOn()},
                new Object[] {at, when("VERIFIED".equals(state.status()), at), when("STRUCK_OFF".equals(state.status()), at)});
        if (esus == null || esus.grantedOn() == null || esus.validUntil() == null) {
            return List.of(enterprise);
        }
        return List.of(enterprise, new FactRow(FactTable.ESUS_AGREEMENT, state.enterpriseId() + "/" + esus.grantedOn(),
                version, new Object[] {state.enterpriseId(), esus.grantedOn(), esus.validUntil()}, new Object[0]));
    }

    // --- programmes.application.v1 and programmes.participation.v1 ----------------------------------------------

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProgrammeApplication(UUID applicationId, String programme, String departement, UUID enterpriseId,
                                String applicantKind, String status) {
    }

    private static List<FactRow> programmeApplication(IncomingEvent event) {
        ProgrammeApplication application = event.data(ProgrammeApplication.class);
        require(event, application.applicationId() != null && application.programme() != null
                && application.status() != null, "an application with its id, programme and status");
        Instant at = time(event);
        return List.of(new FactRow(FactTable.PROGRAMME_APPLICATION, application.applicationId(), version(event, null),
                new Object[] {application.programme(), application.departement(), application.enterpriseId(),
                        application.applicantKind(), application.status()},
                new Object[] {at, when("ADMITTED".equals(application.status()), at),
                        when("REJECTED".equals(application.status()), at)}));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Participation(UUID participationId, String programme, String departement, UUID enterpriseId,
                         UUID createdEnterpriseId, String status, String outcome, BigDecimal coachingHours,
                         BigDecimal sessionHours, Integer jobsCreated, Integer jobsConsolidated) {
    }

    private static List<FactRow> participation(IncomingEvent event) {
        Participation participation = event.data(Participation.class);
        require(event, participation.participationId() != null && participation.programme() != null
                && participation.status() != null, "a participation with its id, programme and status");
        Instant at = time(event);
        long version = version(event, null);
        boolean created = "ENTERPRISE_CREATED".equals(participation.outcome()) || participation.createdEnterpriseId() != null;
        List<FactRow> facts = new ArrayList<>();
        facts.add(new FactRow(FactTable.PARTICIPATION, participation.participationId(), version,
                new Object[] {participation.programme(), participation.departement(), participation.enterpriseId(),
                        participation.createdEnterpriseId(), participation.status(), participation.outcome(),
                        participation.coachingHours(), participation.jobsCreated(), participation.jobsConsolidated()},
                new Object[] {at, when("COMPLETED".equals(participation.status()), at),
                        when("DROPPED_OUT".equals(participation.status()), at), when(created, at)}));
        if ("coaching-logged".equals(event.envelope().type().action()) && participation.sessionHours() != null) {
            facts.add(new FactRow(FactTable.COACHING_SESSION, event.id(), version,
                    new Object[] {participation.participationId(), participation.programme(), participation.departement(),
                            participation.enterpriseId(), participation.sessionHours(), at},
                    new Object[0]));
        }
        return facts;
    }

    // --- financing.application.v1 and financing.payment.v1 ------------------------------------------------------

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Instrument(String code, String kind, String provider, String scope) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FinancingApplication(UUID applicationId, UUID enterpriseId, Instrument instrument, String departement,
                                String status, BigDecimal requestedAmount, BigDecimal grantedAmount, Integer jobsToCreate,
                                Integer jobsToConsolidate, Instant decidedAt) {
    }

    private static List<FactRow> financingApplication(IncomingEvent event) {
        FinancingApplication application = event.data(FinancingApplication.class);
        require(event, application.applicationId() != null && application.enterpriseId() != null
                && validInstrument(application.instrument()) && application.status() != null
                && application.requestedAmount() != null, "an application with its ids, instrument, status and amount");
        Instant decided = application.decidedAt() == null ? time(event) : application.decidedAt();
        Instrument instrument = application.instrument();
        return List.of(new FactRow(FactTable.FINANCING_APPLICATION, application.applicationId(), version(event, null),
                new Object[] {application.enterpriseId(), instrument.code(), instrument.kind(), instrument.provider(),
                        "REGIONAL".equals(instrument.scope()), application.departement(), application.status(),
                        application.requestedAmount(), application.grantedAmount(),
                        orZero(application.jobsToCreate()), orZero(application.jobsToConsolidate())},
                new Object[] {time(event), when(application.grantedAmount() != null
                        && !"REJECTED".equals(application.status()), decided),
                        when("REJECTED".equals(application.status()), decided)}));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payment(UUID applicationId, UUID enterpriseId, Instrument instrument, String departement, BigDecimal amount,
                   LocalDate on) {
    }

    private static List<FactRow> payment(IncomingEvent event) {
        Payment payment = event.data(Payment.class);
        require(event, payment.applicationId() != null && payment.enterpriseId() != null
                && validInstrument(payment.instrument()) && payment.amount() != null && payment.on() != null,
                "a payment with its application, enterprise, instrument, amount and date");
        Instrument instrument = payment.instrument();
        String kind = event.envelope().type().action().toUpperCase().replace('-', '_');
        return List.of(new FactRow(FactTable.PAYMENT, event.id(), version(event, null),
                new Object[] {payment.applicationId(), payment.enterpriseId(), kind, instrument.code(), instrument.kind(),
                        instrument.provider(), payment.departement(), payment.amount(), payment.on()},
                new Object[0]));
    }

    // --- calendar.event.v1 and calendar.registration.v1 ---------------------------------------------------------

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CalendarEvent(UUID eventId, String status, String category, String axis, String campaign, String departement,
                         Instant firstBegin, Integer capacity) {
    }

    private static List<FactRow> calendarEvent(IncomingEvent event) {
        CalendarEvent published = event.data(CalendarEvent.class);
        require(event, published.eventId() != null && published.status() != null && published.category() != null,
                "an event with its id, status and category");
        Instant at = time(event);
        return List.of(new FactRow(FactTable.CALENDAR_EVENT, published.eventId(), version(event, null),
                new Object[] {published.status(), published.category(), published.axis(), published.campaign(),
                        published.departement(), published.firstBegin(), published.capacity()},
                new Object[] {at, when("CANCELLED".equals(published.status()), at)}));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Registration(UUID registrationId, UUID eventId, String status, String category, String axis, String campaign,
                        String departement) {
    }

    private static List<FactRow> registration(IncomingEvent event) {
        Registration registration = event.data(Registration.class);
        require(event, registration.registrationId() != null && registration.eventId() != null
                && registration.status() != null && registration.category() != null,
                "a registration with its ids, status and category");
        Instant at = time(event);
        String status = registration.status();
        return List.of(new FactRow(FactTable.REGISTRATION, registration.registrationId(), version(event, null),
                new Object[] {registration.eventId(), status, registration.category(), registration.axis(),
                        registration.campaign(), registration.departement()},
                new Object[] {at, when("CONFIRMED".equals(status) || "ATTENDED".equals(status), at),
                        when("ATTENDED".equals(status), at), when("CANCELLED".equals(status), at)}));
    }

    // --- shared -------------------------------------------------------------------------------------------------

    private static boolean validInstrument(Instrument instrument) {
        return instrument != null && instrument.code() != null && instrument.kind() != null && instrument.provider() != null;
    }

    private static Instant time(IncomingEvent event) {
        Instant time = event.envelope().time();
        require(event, time != null, "a time (ce_time)");
        return time;
    }

    /** The aggregate's version: the event's ce_sequence, else the version its payload states. */
    private static long version(IncomingEvent event, Long stated) {
        Long sequence = event.envelope().sequence();
        if (sequence != null) {
            return sequence;
        }
        require(event, stated != null, "its aggregate's version (ce_sequence)");
        return stated;
    }

    private static <T> T when(boolean condition, T value) {
        return condition ? value : null;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static void require(IncomingEvent event, boolean condition, String what) {
        if (!condition) {
            throw new MalformedEventException("Event " + event.id() + " (" + event.type() + ") does not carry " + what);
        }
    }
}
