package org.essor.evaluation.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What a reader asks of an indicator: the days from {@code from} to {@code to} (both included, Paris time), the
 * dimensions to group by (at most one period among them), and dimension values to keep.
 */
public record ValuesQuery(LocalDate from, LocalDate to, List<Dimension> groupBy, Map<Dimension, String> filters) {

    /** The plan's region keeps Paris time: a month or a year starts at midnight there. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public ValuesQuery {
        groupBy = List.copyOf(groupBy);
        filters = Map.copyOf(filters);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to is before from");
        }
        if (groupBy.stream().filter(Dimension::isPeriod).count() > 1) {
            throw new IllegalArgumentException("at most one period (month, quarter or year) to group by");
        }
    }

    public java.util.Optional<Dimension> period() {
        return groupBy.stream().filter(Dimension::isPeriod).findFirst();
    }
}
