package org.essor.evaluation.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.essor.evaluation.app.FactTable;
import org.essor.evaluation.app.Facts;
import org.essor.evaluation.app.Generations;
import org.essor.events.inbox.EventConsumer;
import org.essor.events.inbox.Inbox;
import org.essor.events.inbox.IncomingEvent;
import org.essor.persistence.ValuesRows;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The consumers of the seven streams, one per topic (so that each topic's positions are its watermark and its dead
 * letters go to its own {@code <topic>.dlq.evaluation}). Each writes the facts of its events into every active
 * generation, in the inbox's transaction.
 */
public final class StreamConsumers {

    private StreamConsumers() {
    }

    /** What the seven consumers share: the facts of a batch into the active generations, and the stream's watermark. */
    abstract static class StreamConsumer implements EventConsumer {

        @Inject
        Inbox inbox;

        @Inject
        Facts facts;

        @Inject
        Generations generations;

        private final String name;
        private final List<FactTable> tables;

        StreamConsumer(String name, FactTable... tables) {
            this.name = name;
            this.tables = List.of(tables);
        }

        @Override
        public String name() {
            return name;
        }

        Uni<Void> process(KafkaRecordBatch<String, byte[]> records) {
            return inbox.process(this, records);
        }

        @Override
        public Uni<?> apply(IncomingEvent event) {
            return applyAll(List.of(event));
        }

        @Override
        public Uni<?> applyAll(List<IncomingEvent> events) {
            return generations.active()
                    .chain(active -> facts.write(SourceFacts.of(events), active))
                    .chain(() -> advanceWatermarks(events));
        }

        /** Empties this stream's facts in the active generations (the inbox's rebuild of this one consumer). */
        @Override
        public Uni<Void> clear() {
            return generations.active().chain(active -> {
                Uni<Void> cleared = Uni.createFrom().voidItem();
                for (FactTable table : tables) {
                    cleared = cleared.chain(() -> facts.clear(table, active));
                }
                return cleared;
            });
        }

        private static Uni<Void> advanceWatermarks(List<IncomingEvent> events) {
            Map<String, Instant> newest = new TreeMap<>();
            for (IncomingEvent event : events) {
                if (event.envelope().time() != null) {
                    newest.merge(event.topic(), event.envelope().time(), (one, other) -> one.isAfter(other) ? one : other);
                }
            }
            if (newest.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            ValuesRows rows = ValuesRows.of("topic", "lastEventAt");
            newest.forEach(rows::row);
            return Panache.getSession().flatMap(session -> {
                var upsert = session.createNativeQuery("INSERT INTO stream_watermark AS w (topic, last_event_at) VALUES "
                        + rows.sql() + " ON CONFLICT (topic) DO UPDATE SET last_event_at = greatest(w.last_event_at, EXCLUDED.last_event_at), "
                        + "applied_at = now()");
                rows.parameters().forEach(upsert::setParameter);
                return upsert.executeUpdate();
            }).replaceWithVoid();
        }
    }

    @ApplicationScoped
    public static class Enterprises extends StreamConsumer {
        public Enterprises() {
            super("evaluation.registry-enterprises", FactTable.ENTERPRISE, FactTable.ESUS_AGREEMENT);
        }

        @Incoming("registry-enterprises")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class ProgrammeApplications extends StreamConsumer {
        public ProgrammeApplications() {
            super("evaluation.programme-applications", FactTable.PROGRAMME_APPLICATION);
        }

        @Incoming("programme-applications")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class Participations extends StreamConsumer {
        public Participations() {
            super("evaluation.programme-participations", FactTable.PARTICIPATION, FactTable.COACHING_SESSION);
        }

        @Incoming("programme-participations")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class FinancingApplications extends StreamConsumer {
        public FinancingApplications() {
            super("evaluation.financing-applications", FactTable.FINANCING_APPLICATION);
        }

        @Incoming("financing-applications")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class Payments extends StreamConsumer {
        public Payments() {
            super("evaluation.financing-payments", FactTable.PAYMENT);
        }

        @Incoming("financing-payments")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class CalendarEvents extends StreamConsumer {
        public CalendarEvents() {
            super("evaluation.calendar-events", FactTable.CALENDAR_EVENT);
        }

        @Incoming("calendar-events")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }

    @ApplicationScoped
    public static class Registrations extends StreamConsumer {
        public Registrations() {
            super("evaluation.calendar-registrations", FactTable.REGISTRATION);
        }

        @Incoming("calendar-registrations")
        public Uni<Void> on(KafkaRecordBatch<String, byte[]> records) {
            return process(records);
        }
    }
}
