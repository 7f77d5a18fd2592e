package org.essor.evaluation.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.essor.evaluation.app.Freshness.Watermark;
import org.essor.evaluation.app.GenerationStore.Generation;
import org.essor.evaluation.app.IndicatorReadings.Reading;
import org.essor.evaluation.app.PlanReference.Baseline;
import org.essor.evaluation.app.Targets.Target;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.Indicator;
import org.essor.evaluation.domain.IndicatorValue;

/** What the evaluation API answers. */
public final class Views {

    private Views() {
    }

    /** An indicator of the catalogue. */
    public record IndicatorView(String code, String name, String unit, String axis, String kind, String computation,
                                List<String> sources, List<String> dimensions, boolean open, BaselineView baseline) {

        static IndicatorView of(Indicator indicator, Baseline baseline) {
            List<String> dimensions = new java.util.ArrayList<>(List.of("month", "quarter", "year"));
            indicator.dimensions().stream().sorted().forEach(dimension -> dimensions.add(dimension.parameter()));
            return new IndicatorView(indicator.code(), indicator.name(), indicator.unit(), indicator.axis(),
                    indicator.kind().name(), indicator.computation(), indicator.sources(), dimensions, indicator.open(),
                    baseline == null ? null : BaselineView.of(baseline));
        }
    }

    /** A figure of the plan to compare with. */
    public record BaselineView(String code, BigDecimal value, String unit, String scope, String period,
                               String sourceInPlan, String qualifier, String note) {

        static BaselineView of(Baseline baseline) {
            return new BaselineView(baseline.code(), baseline.value(), baseline.unit(), baseline.scope(), baseline.period(),
                    baseline.sourceInPlan(), baseline.qualifier(), baseline.note());
        }
    }

    /** One value: the dimension values it is for, and its progress towards the year's target. */
    public record ValueView(Map<String, String> dimensions, BigDecimal value, BigDecimal target, BigDecimal progress) {
    }

    /** A stream's watermark: the figures hold every event before these offsets. */
    public record WatermarkView(String topic, Map<String, Long> nextOffsets, Instant lastEventAt) {

        static WatermarkView of(Watermark watermark) {
            Map<String, Long> offsets = new LinkedHashMap<>();
            watermark.nextOffsets().forEach((partition, offset) -> offsets.put(String.valueOf(partition), offset));
            return new WatermarkView(watermark.topic(), offsets, watermark.lastEventAt());
        }
    }

    /** An indicator's values over the days asked. */
    public record ValuesView(String indicator, String unit, LocalDate from, LocalDate to, List<String> groupBy,
                             Map<String, String> filters, List<ValueView> items, ValueView total,
                             List<WatermarkView> freshness) {

        static ValuesView of(Reading reading) {
            List<ValueView> items = reading.values().stream().map(value -> valueView(reading, value)).toList();
            Map<String, String> filters = new LinkedHashMap<>();
            reading.query().filters().forEach((dimension, value) -> filters.put(dimension.parameter(), value));
            return new ValuesView(reading.definition().indicator().code(), reading.definition().indicator().unit(),
                    reading.query().from(), reading.query().to(),
                    reading.query().groupBy().stream().map(Dimension::parameter).toList(), filters, items,
                    reading.total() == null ? null : valueView(reading, reading.total()),
                    reading.freshness().stream().map(WatermarkView::of).toList());
        }

        private static ValueView valueView(Reading reading, IndicatorValue value) {
            Map<String, String> dimensions = new LinkedHashMap<>();
            value.dimensions().forEach((dimension, code) -> dimensions.put(dimension.parameter(), code));
            return new ValueView(dimensions, value.value(), reading.targetOf(value), reading.progressOf(value));
        }
    }

    /** A yearly target of an indicator. */
    public record TargetView(UUID id, String indicator, int year, BigDecimal value, String note, String setBy,
                             Instant createdAt, Instant updatedAt) {

        static TargetView of(Target target) {
            return new TargetView(target.id(), target.indicator(), target.year(), target.value(), target.note(),
                    target.setBy(), target.createdAt(), target.updatedAt());
        }
    }

    /** A generation of the indicators' facts. */
    public record GenerationView(int generation, String status, String requestedBy, Instant startedAt, long replayed,
                                 Instant switchedAt, Instant retiredAt) {

        static GenerationView of(Generation generation) {
            return new GenerationView(generation.number(), generation.status(), generation.requestedBy(),
                    generation.startedAt(), generation.replayed(), generation.switchedAt(), generation.retiredAt());
        }
    }
}
