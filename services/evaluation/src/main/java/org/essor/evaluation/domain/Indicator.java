package org.essor.evaluation.domain;

import java.util.List;
import java.util.Set;

/**
 * An indicator of the plan: what it measures, in which unit, under which of the plan's axes, how it is computed and
 * from which streams, what it can be grouped by, whether it is open data, and the plan's baseline figure it compares
 * with, where the plan gives one.
 */
public record Indicator(String code, String name, String unit, String axis, IndicatorKind kind, String computation,
                        List<String> sources, Set<Dimension> dimensions, boolean open, String baseline) {

    public Indicator {
        sources = List.copyOf(sources);
        dimensions = Set.copyOf(dimensions);
    }

    public boolean groupsBy(Dimension dimension) {
        return dimension.isPeriod() || dimensions.contains(dimension);
    }

    /** A count of units (enterprises, applications, registrations): what statistical secrecy protects. */
    public boolean countsUnits() {
        return kind == IndicatorKind.COUNT || kind == IndicatorKind.STOCK;
    }
}
