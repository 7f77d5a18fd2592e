package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.evaluation.app.Freshness.Watermark;
import org.essor.evaluation.app.IndicatorCatalogue.Definition;
import org.essor.evaluation.domain.Period;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.events.envelope.EventType;
import org.essor.events.outbox.Outbox;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.persistence.Transactions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Closes a month or a quarter: a frozen snapshot of every indicator over it (with the year's target and the progress
 * towards it, and the streams' watermarks it was computed at), kept and published on {@code evaluation.period.v1}
 * for downstream reporting. A period is closed once, after its last day.
 */
@ApplicationScoped
public class PeriodClosing {

    public static final EventType CLOSED = EventType.of("evaluation", "period", "closed", 1);

    /** An indicator's figure over a closed period. */
    public record Figure(String code, String unit, BigDecimal value, BigDecimal target, BigDecimal progress) {
    }

    /** A stream's watermark in a snapshot. */
    public record StreamPosition(String topic, Map<String, Long> nextOffsets, Instant lastEventAt) {
    }

    /** The payload of {@code essor.evaluation.period.closed.v1}, and what is kept of a closed period. */
    public record ClosedPeriod(String periodId, String period, String granularity, java.time.LocalDate startsOn,
                               java.time.LocalDate endsOn, Instant closedAt, List<Figure> indicators,
                               List<StreamPosition> watermarks) {
    }

    @Inject
    IndicatorValues values;

    @Inject
    Targets targets;

    @Inject
    Freshness freshness;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    ServiceTime time;

    @Inject
    ObjectMapper json;

    public Uni<ClosedPeriod> close(Period period, Actor actor) {
        if (!period.endsOn().isBefore(time.today())) {
            throw new RuleViolationException(new Violation("period", period.label() + " ends on " + period.endsOn()
                    + "; a period is closed once it has ended"));
        }
        Instant now = time.now();
        return Transactions.inTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT period FROM closed_period WHERE period = :period FOR UPDATE", String.class)
                .setParameter("period", period.label()).getResultList())
                .chain(closed -> {
                    if (!closed.isEmpty()) {
                        throw new StateConflictException(period.label() + " is closed already", Map.of("period", period.label()));
                    }
                    return snapshot(period, now);
                })
                .call(snapshot -> Panache.getSession().flatMap(session -> session.createNativeQuery("""
                                INSERT INTO closed_period (period, starts_on, ends_on, generation, snapshot, closed_by, closed_at)
                                VALUES (:period, :startsOn, :endsOn,
                                        (SELECT generation FROM projection_generation WHERE status = 'SERVING'),
                                        CAST(CAST(:snapshot AS text) AS jsonb), :closedBy, :closedAt)""")
                        .setParameter("period", period.label()).setParameter("startsOn", period.startsOn())
                        .setParameter("endsOn", period.endsOn()).setParameter("snapshot", write(snapshot))
                        .setParameter("closedBy", actor.name()).setParameter("closedAt", now).executeUpdate()))
                .call(snapshot -> outbox.append(new OutgoingEvent(CLOSED, period.id().toString(), 1, now, snapshot)))
                .call(snapshot -> audit.record(new AuditedChange("indicator-period", period.id(), 1L,
                        period.label() + " closed"), actor, now)));
    }

    public Uni<Boolean> isClosed(String label) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT count(*) FROM closed_period WHERE period = :period", Long.class)
                .setParameter("period", label).getSingleResult()).map(count -> count > 0));
    }

    public Uni<List<ClosedPeriod>> list() {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT CAST(snapshot AS text) FROM closed_period ORDER BY starts_on DESC, period", String.class)
                .getResultList()).map(rows -> rows.stream().map(this::read).toList()));
    }

    public Uni<ClosedPeriod> get(String label) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT CAST(snapshot AS text) FROM closed_period WHERE period = :period", String.class)
                .setParameter("period", label).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException("Period " + label + " is not closed");
                    }
                    return read(rows.get(0));
                });
    }

    private Uni<ClosedPeriod> snapshot(Period period, Instant now) {
        ValuesQuery query = new ValuesQuery(period.startsOn(), period.endsOn(), List.of(), Map.of());
        return targets.list(null, period.startsOn().getYear()).chain(set -> {
            Map<String, BigDecimal> targetOf = new HashMap<>();
            set.forEach(target -> targetOf.put(target.indicator(), target.value()));
            Uni<List<Figure>> figures = Uni.createFrom().item(new ArrayList<>());
            for (Definition definition : IndicatorCatalogue.all()) {
                figures = figures.chain(found -> values.compute(definition, query).map(result -> {
                    BigDecimal value = result.isEmpty() ? null : result.get(0).value();
                    BigDecimal target = targetOf.get(definition.indicator().code());
                    BigDecimal progress = target == null || target.signum() == 0 || value == null ? null
                            : value.divide(target, 4, RoundingMode.HALF_EVEN);
                    found.add(new Figure(definition.indicator().code(), definition.indicator().unit(), value, target, progress));
                    return found;
                }));
            }
            return figures.chain(found -> freshness.watermarks(Streams.TOPICS).map(watermarks -> new ClosedPeriod(
                    period.id().toString(), period.label(), period.granularity().name(), period.startsOn(), period.endsOn(),
                    now, List.copyOf(found), watermarks.stream().map(PeriodClosing::position).toList())));
        });
    }

    private static StreamPosition position(Watermark watermark) {
        Map<String, Long> offsets = new java.util.LinkedHashMap<>();
        watermark.nextOffsets().forEach((partition, offset) -> offsets.put(String.valueOf(partition), offset));
        return new StreamPosition(watermark.topic(), offsets, watermark.lastEventAt());
    }

    private String write(ClosedPeriod snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ClosedPeriod read(String text) {
        try {
            return json.readValue(text, ClosedPeriod.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
