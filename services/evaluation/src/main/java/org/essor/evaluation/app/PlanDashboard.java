package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** How long the dashboard's figures are kept once computed (they cost a query per indicator). */
    @ConfigProperty(name = "essor.evaluation.dashboard.lifetime", defaultValue = "PT1M")
    Duration lifetime;

    private RecentAnswers<Period, Figures> recentFigures;

    @PostConstruct
    void keepRecentFigures() {
        recentFigures = new RecentAnswers<>(lifetime, 32);
    }

    @Inject
    PlanReference plan;

    @Inject
    IndicatorValues values;

    @Inject
    Targets targets;

    @Inject
    Freshness freshness;

    /** The dashboard of a year: the figures computed at most {@code lifetime} ago, the targets as they stand. */
    public Uni<Dashboard> of(int year, LocalDate today) {
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        LocalDate to = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return targets.list(null, year).chain(set -> {
            Map<String, BigDecimal> targetOf = new HashMap<>();
            set.forEach(target -> targetOf.put(target.indicator(), target.value()));
            return recentFigures.get(new Period(from, to), () -> figures(from, to)).map(figures -> {
                List<AxisFigures> axes = new ArrayList<>();
                for (Axis axis : plan.axes()) {
                    List<Headline> headlines = new ArrayList<>();
                    for (var indicator : figures.values().entrySet()) {
                        if (shownUnder(indicator.getKey(), axis)) {
                            headlines.add(headline(indicator.getKey().indicator(), indicator.getValue(), axis, year,
                                    targetOf.get(indicator.getKey().indicator().code())));
                        }
                    }
                    axes.add(new AxisFigures(axis, headlines));
                }
                return new Dashboard(year, axes, figures.freshness());
            });
        });
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The values of every indicator the dashboard shows, in the catalogue's order, and how fresh they are. */
    private record Figures(Map<Definition, List<IndicatorValue>> values, List<Watermark> freshness) {
    }

    /** Each indicator once, by year (and by axis for those of events, which carry their own axis). */
    private Uni<Figures> figures(LocalDate from, LocalDate to) {
        List<Definition> shown = IndicatorCatalogue.all().stream()
                .filter(definition -> plan.axes().stream().anyMatch(axis -> shownUnder(definition, axis))).toList();
        return Transactions.inSession(() -> Multi.createFrom().iterable(shown)
                .onItem().transformToUniAndConcatenate(definition -> values.compute(definition,
                        new ValuesQuery(from, to, byAxis(definition) ? List.of(Dimension.YEAR, Dimension.AXIS)
                                : List.of(Dimension.YEAR), Map.of())).map(found -> Map.entry(definition, found)))
                .collect().asList()
                .chain(computed -> freshness.watermarks(List.copyOf(Streams.TOPICS)).map(watermarks -> {
                    Map<Definition, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
                    computed.forEach(entry -> byIndicator.put(entry.getKey(), entry.getValue()));
                    return new Figures(byIndicator, watermarks);
                })));
    }

    /** An indicator shows under its own axis; one of events, under every axis. */
    private static boolean shownUnder(Definition definition, Axis axis) {
        return definition.indicator().axis().equals(axis.code()) || byAxis(definition);
    }

    private static boolean byAxis(Definition definition) {
        return definition.indicator().dimensions().contains(Dimension.AXIS);
    }

    private Headline headline(Indicator indicator, List<IndicatorValue> found, Axis axis, int year, BigDecimal target) {
        String axisShown = indicator.dimensions().contains(Dimension.AXIS) ? axis.code() : null;
        BigDecimal value = valueOf(found, year, axisShown, indicator);
        BigDecimal previous = valueOf(found, year - 1, axisShown, indicator);
        BigDecimal progress = target == null || target.signum() == 0 || value == null ? null
                : value.divide(target, 4, RoundingMode.HALF_EVEN);
        return new Headline(indicator, value, previous, target, progress,
                indicator.baseline() == null ? null : plan.baseline(indicator.baseline()).orElse(null));
    }

    private static BigDecimal valueOf(List<IndicatorValue> found, int year, String axis, Indicator indicator) {
        return found.stream().filter(value -> String.valueOf(year).equals(value.dimensions().get(Dimension.YEAR))
                        && (axis == null || axis.equals(value.dimensions().get(Dimension.AXIS))))
                .findFirst().map(IndicatorValue::value)
                .orElse(indicator.kind() == org.essor.evaluation.domain.IndicatorKind.RATIO ? null : BigDecimal.ZERO);
    }
}
