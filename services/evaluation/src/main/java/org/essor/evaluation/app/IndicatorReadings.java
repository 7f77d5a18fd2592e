package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.evaluation.app.Freshness.Watermark;
import org.essor.evaluation.app.IndicatorCatalogue.Definition;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.IndicatorValue;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.NotFoundException;
import org.essor.persistence.Transactions;

import io.smallrye.mutiny.Uni;

/** An indicator's values as readers get them: with the total, each year's target and progress, and the freshness. */
@ApplicationScoped
public class IndicatorReadings {

    /** The answer to a query: the values, their total over the days asked, the targets by year, the streams' watermarks. */
    public record Reading(Definition definition, ValuesQuery query, List<IndicatorValue> values, IndicatorValue total,
                          Map<Integer, BigDecimal> targets, List<Watermark> freshness) {

        /** The target of the year a value is for: its period's year, or the year of the days asked when within one. */
        public BigDecimal targetOf(IndicatorValue value) {
            Integer year = query.period().filter(period -> value.dimensions().get(period) != null)
                    .map(period -> Integer.valueOf(value.dimensions().get(period).substring(0, 4)))
                    .orElse(query.from().getYear() == query.to().getYear() ? query.from().getYear() : null);
            return year == null ? null : targets.get(year);
        }

        /** How far the value has gone towards its target (1 is reached); none without a target or a value. */
        public BigDecimal progressOf(IndicatorValue value) {
            BigDecimal target = targetOf(value);
            if (target == null || target.signum() == 0 || value.value() == null) {
                return null;
            }
            return value.value().divide(target, 4, RoundingMode.HALF_EVEN);
        }
    }

    @Inject
    IndicatorValues values;

    @Inject
    Targets targets;

    @Inject
    Freshness freshness;

    public static Definition definition(String code) {
        return IndicatorCatalogue.find(code).orElseThrow(() -> new NotFoundException("No indicator " + code));
    }

    /** Refuses to group or filter by a dimension the indicator does not have. */
    public static void check(Definition definition, ValuesQuery query) {
        for (Dimension dimension : query.groupBy()) {
            if (!definition.indicator().groupsBy(dimension)) {
                throw new InvalidValueException("groupBy", definition.indicator().code() + " is not broken down by "
                        + dimension.parameter() + "; it is by " + dimensionsOf(definition));
            }
        }
        for (Dimension dimension : query.filters().keySet()) {
            if (dimension.isPeriod() || !definition.indicator().groupsBy(dimension)) {
                throw new InvalidValueException(dimension.parameter(), definition.indicator().code()
                        + " cannot be filtered by " + dimension.parameter() + "; it can by " + dimensionsOf(definition));
            }
        }
    }

    private static String dimensionsOf(Definition definition) {
        return "month, quarter, year" + definition.indicator().dimensions().stream().sorted()
                .map(dimension -> ", " + dimension.parameter()).reduce("", String::concat);
    }

    public Uni<Reading> read(String code, ValuesQuery query) {
        Definition definition = definition(code);
        check(definition, query);
        ValuesQuery overall = new ValuesQuery(query.from(), query.to(), List.of(), query.filters());
        return Transactions.inSession(() -> values.compute(definition, query)
                .chain(found -> values.compute(definition, overall).chain(total -> targets.list(code, null)
                        .chain(set -> freshness.watermarks(definition.indicator().sources())
                                .map(watermarks -> {
                                    Map<Integer, BigDecimal> byYear = new HashMap<>();
                                    set.forEach(target -> byYear.put(target.year(), target.value()));
                                    return new Reading(definition, query, found, total.isEmpty() ? null : total.get(0),
                                            byYear, watermarks);
                                })))));
    }
}
