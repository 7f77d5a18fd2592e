package org.essor.evaluation.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.essor.evaluation.app.OpenDatasets;
import org.essor.evaluation.app.OpenDatasets.Line;
import org.essor.evaluation.domain.Dimension;
import org.essor.evaluation.domain.StatisticalSecrecy;
import org.essor.evaluation.domain.ValuesQuery;
import org.essor.kernel.InvalidValueException;

/**
 * What a chart shows a reader without a token: the open data's grain, nothing finer. Its figures come from the
 * indicator's yearly tables (by département, by the category of its open dataset when it has one, and overall) under
 * statistical secrecy, the same tables whatever is asked; so no two public charts can be subtracted to reveal a hidden
 * cell, as free date ranges, months or filters would allow.
 */
final class PublicChart {

    private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

    private PublicChart() {
    }

    /**
     * The query a public chart answers: whole years (from the 1st of January to the 31st of December, or to today),
     * grouped by year by default, by département or the open dataset's category (at most two, one year only without
     * {@code year}), and no filter. Anything else is a 400 that says what is public.
     */
    static ValuesQuery query(ValuesQuery asked, Dimension category, LocalDate today) {
        String grain = "year, departement" + (category == null ? "" : ", " + category.parameter());
        if (!asked.filters().isEmpty()) {
            String filter = asked.filters().keySet().iterator().next().parameter();
            throw new InvalidValueException(filter, "no filter on a public chart (sign in to filter)");
        }
        if (asked.from().getDayOfYear() != 1) {
            throw new InvalidValueException("from", "the 1st of January of a year on a public chart, which shows whole years");
        }
        if (!MonthDay.from(asked.to()).equals(LAST_DAY) && asked.to().isBefore(today)) {
            throw new InvalidValueException("to", "the 31st of December of a year, or today, on a public chart, which shows whole years");
        }
        Set<Dimension> allowed = category == null ? Set.of(Dimension.YEAR, Dimension.DEPARTEMENT)
                : Set.of(Dimension.YEAR, Dimension.DEPARTEMENT, category);
        List<Dimension> groupBy = asked.groupBy().isEmpty() ? List.of(Dimension.YEAR) : asked.groupBy();
        for (Dimension dimension : groupBy) {
            if (!allowed.contains(dimension)) {
                throw new InvalidValueException("groupBy", "among " + grain + " on a public chart (sign in for the others)");
            }
        }
        if (!groupBy.contains(Dimension.YEAR) && asked.from().getYear() != asked.to().getYear()) {
            throw new InvalidValueException("to", "in the year of from: a public chart without year shows one year");
        }
        return new ValuesQuery(asked.from(), asked.to(), groupBy, asked.filters());
    }

    /** The chart's points: the yearly tables' cells the query groups by, a hidden one drawn as missing. */
    static List<IndicatorChart.Point> points(List<Line> lines, ValuesQuery query, Dimension category) {
        boolean byDepartement = query.groupBy().contains(Dimension.DEPARTEMENT);
        boolean byCategory = category != null && query.groupBy().contains(category);
        // A time series runs along the years; bars along the first dimension asked.
        List<Dimension> order = new ArrayList<>(query.groupBy());
        if (order.remove(Dimension.YEAR)) {
            order.add(0, Dimension.YEAR);
        }
        List<IndicatorChart.Point> points = new ArrayList<>();
        for (Line line : lines) {
            boolean departementTotal = StatisticalSecrecy.TOTAL.equals(line.departement());
            boolean categoryTotal = StatisticalSecrecy.TOTAL.equals(line.category());
            if (departementTotal == byDepartement || categoryTotal == byCategory) {
                continue;
            }
            List<String> labels = order.stream().map(dimension -> dimension == Dimension.YEAR ? String.valueOf(line.year())
                    : shown(dimension == Dimension.DEPARTEMENT ? line.departement() : line.category())).toList();
            points.add(new IndicatorChart.Point(labels.get(0), labels.size() > 1 ? labels.get(1) : null, line.value()));
        }
        return points;
    }

    private static String shown(String value) {
        return OpenDatasets.NOT_GIVEN.equals(value) ? "—" : value;
    }
}
