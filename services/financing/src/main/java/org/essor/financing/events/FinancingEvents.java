package org.essor.financing.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.essor.events.envelope.EventType;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.financing.domain.ApplicationChange;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.domain.Payment;
import org.essor.financing.domain.PaymentKind;

/**
 * The events of topics {@code financing.application.v1} (an application submitted, approved, rejected, closed) and
 * {@code financing.payment.v1} (money disbursed, repayments received and missed, guarantees called and paid). Both
 * are keyed by the application's id, so one file's events stay in order; they carry ids, codes, amounts, dates and
 * the département, never a person's data.
 */
public final class FinancingEvents {

    public static final String APPLICATION_TOPIC = "financing.application.v1";
    public static final String PAYMENT_TOPIC = "financing.payment.v1";

    public static final EventType SUBMITTED = EventType.of("financing", "application", "submitted", 1);
    public static final EventType APPROVED = EventType.of("financing", "application", "approved", 1);
    public static final EventType REJECTED = EventType.of("financing", "application", "rejected", 1);
    public static final EventType CLOSED = EventType.of("financing", "application", "closed", 1);

    private FinancingEvents() {
    }

    /** The instrument as the events name it. */
    public record InstrumentRef(String code, String kind, String provider, String scope) {

        static InstrumentRef of(FinancingApplication application) {
            return new InstrumentRef(application.instrumentCode(), application.instrumentKind().name(),
                    application.instrumentProvider(), application.instrumentScope().name());
        }
    }

    /** The payload of every application event. */
    public record ApplicationEvent(UUID applicationId, UUID enterpriseId, InstrumentRef instrument, String departement,
                                   String status, BigDecimal requestedAmount, BigDecimal grantedAmount, int jobsToCreate,
                                   int jobsToConsolidate, boolean socialInnovation, Instant decidedAt) {
    }

    /** The payload of every payment event. */
    public record PaymentEvent(UUID applicationId, UUID enterpriseId, InstrumentRef instrument, String departement,
                               UUID paymentId, BigDecimal amount, LocalDate on, Integer instalment,
                               BigDecimal grantedAmount, BigDecimal disbursedAmount) {
    }

    /** The events of a change: its status move if published, then one per money movement. */
    public static List<OutgoingEvent> of(FinancingApplication application, ApplicationChange change, Instant now) {
        List<OutgoingEvent> events = new ArrayList<>();
        InstrumentRef ref = InstrumentRef.of(application);
        EventType type = change.statusMoved() ? switch (application.status()) {
            case SUBMITTED -> SUBMITTED;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case CLOSED -> CLOSED;
            default -> null;
        } : null;
        if (type != null) {
            events.add(new OutgoingEvent(type, application.id().toString(), application.version(), now,
                    new ApplicationEvent(application.id(), application.enterpriseId(), ref, application.departement(),
                            application.status().name(), application.requestedAmount(), application.grantedAmount(),
                            application.jobsToCreate(), application.jobsToConsolidate(), application.socialInnovation(),
                            application.decidedAt())));
        }
        for (Payment payment : change.payments()) {
            events.add(new OutgoingEvent(paymentType(payment.kind()), application.id().toString(), application.version(), now,
                    new PaymentEvent(application.id(), application.enterpriseId(), ref, application.departement(),
                            payment.id(), payment.amount(), payment.on(), payment.instalment(),
                            application.grantedAmount(), application.disbursedAmount())));
        }
        return events;
    }

    static EventType paymentType(PaymentKind kind) {
        return EventType.of("financing", "payment", kind.verb(), 1);
    }
}
