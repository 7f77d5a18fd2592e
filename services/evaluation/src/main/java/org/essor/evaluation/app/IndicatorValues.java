package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.evaluation.app.IndicatorCatalogue.Definition;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.IndicatorKind;
import org.essor.evaluation.domain.IndicatorValue;
import org.essor.evaluation.domain.ValuesQuery;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Computes an indicator's values from its facts in one generation: one SQL statement that groups the facts of the
 * asked days by the asked dimensions. A stock is counted at the end of each period (or of the asked days).
 */
@ApplicationScoped
public class IndicatorValues {

    /** The serving generation, read inside the statement: one statement never mixes two generations. */
    private static final String SERVING = "(SELECT generation FROM projection_generation WHERE status = 'SERVING')";

    /** The values in the generation that serves. */
    public Uni<List<IndicatorValue>> compute(Definition definition, ValuesQuery query) {
        return compute(definition, null, query);
    }

    /** The values in the given generation (the serving one when null). */
    public Uni<List<IndicatorValue>> compute(Definition definition, Integer generation, ValuesQuery query) {
        String sql = generation == null ? sql(definition, query).replace(":generation", SERVING) : sql(definition, query);
        return Panache.getSession().flatMap(session -> {
            var statement = session.createNativeQuery(sql, Object[].class);
            if (generation != null) {
                statement.setParameter("generation", generation);
            }
            LocalDateTime starts = query.from().atStartOfDay();
            LocalDateTime ends = query.to().plusDays(1).atStartOfDay();
            if (definition.indicator().kind() == IndicatorKind.STOCK) {
                statement.setParameter("startsLocal", starts).setParameter("endsLocal", ends);
            } else {
                statement.setParameter("starts", starts.atZone(ValuesQuery.PARIS).toInstant())
                        .setParameter("ends", ends.atZone(ValuesQuery.PARIS).toInstant());
            }
            query.filters().forEach((dimension, value) -> statement.setParameter(filterName(dimension), value));
            return statement.getResultList();
        }).map(rows -> rows.stream().map(row -> value(definition, query, row)).toList());
    }

    private static IndicatorValue value(Definition definition, ValuesQuery query, Object[] row) {
        Map<Dimension, String> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < query.groupBy().size(); i++) {
            dimensions.put(query.groupBy().get(i), row[i] == null ? null : row[i].toString());
        }
        int terms = query.groupBy().size();
        BigDecimal numerator = decimal(row[terms]);
        BigDecimal denominator = decimal(row[terms + 1]);
        long contributors = ((Number) row[terms + 2]).longValue();
        return new IndicatorValue(dimensions, IndicatorValue.valueOf(definition.indicator().kind(), numerator, denominator),
                numerator, denominator, contributors);
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static String sql(Definition definition, ValuesQuery query) {
        boolean stock = definition.indicator().kind() == IndicatorKind.STOCK;
        List<String> selected = new ArrayList<>();
        for (Dimension dimension : query.groupBy()) {
            selected.add(dimension.isPeriod()
                    ? (stock ? periodLabel(dimension, "p.starts") : periodLabel(dimension, "(f.at AT TIME ZONE 'Europe/Paris')"))
                    : "f." + dimension.column());
        }
        String groups = query.groupBy().isEmpty() ? ""
                : " GROUP BY " + java.util.stream.IntStream.rangeClosed(1, query.groupBy().size()).mapToObj(String::valueOf)
                .collect(Collectors.joining(", ")) + " ORDER BY " + java.util.stream.IntStream.rangeClosed(1, query.groupBy().size())
                .mapToObj(i -> i + " NULLS LAST").collect(Collectors.joining(", "));
        String measures = "sum(f.num), sum(f.den), count(DISTINCT f.contributor)";
        String filters = query.filters().keySet().stream()
                .map(dimension -> " AND f." + dimension.column() + " = :" + filterName(dimension))
                .collect(Collectors.joining());
        String select = "SELECT " + (selected.isEmpty() ? "" : String.join(", ", selected) + ", ") + measures;
        if (!stock) {
            return select + " FROM (" + definition.facts() + ") f WHERE f.at >= :starts AND f.at < :ends" + filters
                    + groups;
        }
        String periods = query.period()
                .map(period -> "SELECT s AS starts, least(s + interval '" + length(period) + "', CAST(:endsLocal AS timestamp)) AS ends"
                        + " FROM generate_series(date_trunc('" + unit(period) + "', CAST(:startsLocal AS timestamp)),"
                        + " CAST(:endsLocal AS timestamp) - interval '1 microsecond', interval '" + length(period) + "') s")
                .orElse("SELECT CAST(:startsLocal AS timestamp) AS starts, CAST(:endsLocal AS timestamp) AS ends");
        return select + " FROM (" + periods + ") p JOIN (" + definition.facts() + ") f"
                + " ON f.valid_from < (p.ends AT TIME ZONE 'Europe/Paris')"
                + " AND (f.valid_until IS NULL OR f.valid_until >= (p.ends AT TIME ZONE 'Europe/Paris'))"
                + " WHERE true" + filters + groups;
    }

    private static String unit(Dimension period) {
        return switch (period) {
            case MONTH -> "month";
            case QUARTER -> "quarter";
            default -> "year";
        };
    }

    private static String length(Dimension period) {
        return switch (period) {
            case MONTH -> "1 month";
            case QUARTER -> "3 months";
            default -> "1 year";
        };
    }

    /** The period's label: 2026-03, 2026-Q1, 2026. */
    private static String periodLabel(Dimension period, String localTime) {
        return switch (period) {
            case MONTH -> "to_char(" + localTime + ", 'YYYY-MM')";
            case QUARTER -> "to_char(" + localTime + ", 'YYYY-\"Q\"Q')";
            default -> "to_char(" + localTime + ", 'YYYY')";
        };
    }

    private static String filterName(Dimension dimension) {
        return "only" + dimension.name().replace("_", "");
    }
}
