package org.essor.evaluation.app;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one event says about one fact: the aggregate's version, its state columns and its first occurrences (null
 * where the event says nothing), in the order of the {@link FactTable}'s columns.
 */
public record FactRow(FactTable table, Object key, long version, Object[] state, Object[] firstOccurrences) {

    public FactRow {
        Objects.requireNonNull(key, "key");
        if (state.length != table.state().size() || firstOccurrences.length != table.firstOccurrences().size()) {
            throw new IllegalArgumentException("A row of " + table.name() + " takes " + table.state().size()
                    + " state values and " + table.firstOccurrences().size() + " first occurrences");
        }
    }

    /** The row that the table keeps of both: the newer version's state, each first occurrence at its earliest. */
    public FactRow merge(FactRow other) {
        FactRow newer = other.version > version ? other : this;
        Object[] earliest = new Object[firstOccurrences.length];
        for (int i = 0; i < earliest.length; i++) {
            earliest[i] = earliest(firstOccurrences[i], other.firstOccurrences[i]);
        }
        return new FactRow(table, key, Math.max(version, other.version), newer.state, earliest);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object earliest(Object one, Object other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return ((Comparable) one).compareTo(other) <= 0 ? one : other;
    }

    /** The row's values for a generation, in the order of {@link FactTable#columns()}. */
    public Object[] valuesIn(int generation) {
        Object[] values = new Object[3 + state.length + firstOccurrences.length];
        values[0] = generation;
        values[1] = key;
        values[2] = version;
        System.arraycopy(state, 0, values, 3, state.length);
        System.arraycopy(firstOccurrences, 0, values, 3 + state.length, firstOccurrences.length);
        return values;
    }

    @Override
    public String toString() {
        return table.name() + "[" + key + " v" + version + " " + Arrays.toString(state) + " "
                + Arrays.toString(firstOccurrences) + "]";
    }
}
