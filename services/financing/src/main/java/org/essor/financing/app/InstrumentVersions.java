package org.essor.financing.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.financing.domain.Instrument;
import org.essor.kernel.Actor;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Every version of every instrument, as it stood after each change (its terms as JSON), who changed it and why. An
 * instrument's change publishes no event: the catalogue is read through the API.
 */
@ApplicationScoped
public class InstrumentVersions implements ChangeRecorder<Instrument, String> {

    public static final String AUDITED_AS = "instrument";

    // amounts read back as decimals, so that 100000.00 stays 100000.00 (never a binary float)
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One version of an instrument. */
    public record Line(long version, JsonNode terms, Instant changedAt, String changedBy, String note) {
    }

    /** The terms as stored with a version: sets in sorted order, so equal terms give equal text. */
    record Snapshot(String code, String name, String provider, String scope, String kind, List<String> stages,
                    java.math.BigDecimal minAmount, java.math.BigDecimal maxAmount, java.math.BigDecimal maxGuaranteeRate,
                    String amountNote, String status, List<String> legalFamilies, List<String> cooperativeKinds,
                    boolean esusRequired, Integer minAgeYears, Integer maxAgeYears, boolean inRegionRequired,
                    boolean socialInnovationRequired, String windowKind, LocalDate windowOpensOn, LocalDate windowClosesOn,
                    List<LocalDate> windowDeadlines, String sourceInPlan, String note) {
    }

    static String content(String code, Instrument.Terms terms) {
        var conditions = terms.conditions();
        Snapshot snapshot = new Snapshot(code, terms.name(), terms.provider(), terms.scope().name(), terms.kind().name(),
                terms.stages().stream().map(Enum::name).sorted().toList(), terms.minAmount(), terms.maxAmount(),
                terms.maxGuaranteeRate(), terms.amountNote(), terms.status().name(),
                List.copyOf(new TreeSet<>(conditions.legalFamilies())), List.copyOf(new TreeSet<>(conditions.cooperativeKinds())),
                conditions.esusRequired(), conditions.minAgeYears(), conditions.maxAgeYears(), conditions.inTerritoryRequired(),
                terms.socialInnovationRequired(), terms.window().kind().name(), terms.window().opensOn(),
                terms.window().closesOn(), terms.window().deadlines(), terms.sourceInPlan(), terms.note());
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Uni<Void> history(Instrument instrument, String note, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO instrument_version (code, version, content, changed_at, changed_by, note)
                        VALUES (:code, :version, :content, :at, :by, :note)""")
                .setParameter("code", instrument.code())
                .setParameter("version", instrument.version())
                .setParameter("content", content(instrument.code(), instrument.terms()))
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", actor.name())
                .setParameter("note", note)
                .executeUpdate().replaceWithVoid());
    }

    @Override
    public List<OutgoingEvent> events(Instrument instrument, String note, Instant at) {
        return List.of();
    }

    @Override
    public AuditedChange audited(Instrument instrument, String note) {
        return new AuditedChange(AUDITED_AS, auditId(instrument.code()), instrument.version(), "CHANGED");
    }

    /** The audit trail keys aggregates by UUID: an instrument's is derived from its code. */
    public static java.util.UUID auditId(String code) {
        return java.util.UUID.nameUUIDFromBytes(("instrument:" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Uni<List<Line>> of(String code) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT version, content, changed_at, changed_by, note FROM instrument_version
                        WHERE code = :code ORDER BY version""", Object[].class)
                .setParameter("code", code).getResultList()))
                .map(rows -> rows.stream().map(row -> new Line(((Number) row[0]).longValue(), parse((String) row[1]),
                        Columns.instant(row[2]), (String) row[3], (String) row[4])).toList());
    }

    private static JsonNode parse(String content) {
        try {
            return JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
