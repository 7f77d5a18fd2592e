package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.evaluation.app.Freshness.Watermark;
import org.essor.evaluation.app.IndicatorCatalogue.Definition;
import org.essor.evaluation.app.PlanReference.Axis;
import org.essor.evaluation.app.PlanReference.Baseline;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.Indicator;
import org.essor.evaluation.domain.IndicatorValue;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.persistence.Transactions;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The plan at a glance: for each of its seven axes, the headline figures of the year (and of the year before), each
 * with its target, its progress and the plan's baseline. An indicator of events, which carry their own axis, counts
 * under every axis the events of that axis.
 */
@ApplicationScoped
public class PlanDashboard {

    /** A headline figure of an axis. */
    public record Headline(Indicator indicator, BigDecimal value, BigDecimal previousYear, BigDecimal target,
                           BigDecimal progress, Baseline baseline) {
    }

    public record AxisFigures(Axis axis, List<Headline> headlines) {
    }

    public record Dashboard(int year, List<AxisFigures> axes, List<Watermark> freshness) {
    }

    @Inject
    PlanReference plan;

    @Inject
    IndicatorValues values;

    @Inject
    Targets targets;

    @Inject
    Freshness freshness;

    public Uni<Dashboard> of(int year, LocalDate today) {
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return Transactions.inSession(() -> targets.list(null, year).chain(set -> {
            Map<String, BigDecimal> targetOf = new HashMap<>();
            set.forEach(target -> targetOf.put(target.indicator(), target.value()));
            List<Uni<AxisFigures>> axes = new ArrayList<>();
            for (Axis axis : plan.axes()) {
                axes.add(figures(axis, year, from, to, targetOf));
            }
            return Multi.createFrom().iterable(axes).onItem().transformToUniAndConcatenate(uni -> uni).collect().asList()
                    .chain(figures -> freshness.watermarks(List.copyOf(Streams.TOPICS))
                            .map(watermarks -> new Dashboard(year, figures, watermarks)));
        }));
    }

    private Uni<AxisFigures> figures(Axis axis, int year, LocalDate from, LocalDate to, Map<String, BigDecimal> targetOf) {
        List<Definition> shown = IndicatorCatalogue.all().stream()
                .filter(definition -> definition.indicator().axis().equals(axis.code())
                        || definition.indicator().dimensions().contains(Dimension.AXIS))
                .toList();
        return Multi.createFrom().iterable(shown)
                .onItem().transformToUniAndConcatenate(definition -> headline(definition, axis, year, from, to,
                        targetOf.get(definition.indicator().code())))
                .collect().asList()
                .map(headlines -> new AxisFigures(axis, headlines));
    }

    private Uni<Headline> headline(Definition definition, Axis axis, int year, LocalDate from, LocalDate to,
                                   BigDecimal target) {
        Indicator indicator = definition.indicator();
        Map<Dimension, String> filters = indicator.dimensions().contains(Dimension.AXIS)
                ? Map.of(Dimension.AXIS, axis.code()) : Map.of();
        return values.compute(definition, new ValuesQuery(from, to, List.of(Dimension.YEAR), filters)).map(found -> {
            BigDecimal value = valueOf(found, year, indicator);
            BigDecimal previous = valueOf(found, year - 1, indicator);
            BigDecimal progress = target == null || target.signum() == 0 || value == null ? null
                    : value.divide(target, 4, RoundingMode.HALF_EVEN);
            return new Headline(indicator, value, previous, target, progress,
                    indicator.baseline() == null ? null : plan.baseline(indicator.baseline()).orElse(null));
        });
    }

    private static BigDecimal valueOf(List<IndicatorValue> found, int year, Indicator indicator) {
        return found.stream().filter(value -> String.valueOf(year).equals(value.dimensions().get(Dimension.YEAR)))
                .findFirst().map(IndicatorValue::value)
                .orElse(indicator.kind() == org.essor.evaluation.domain.IndicatorKind.RATIO ? null : BigDecimal.ZERO);
    }
}
