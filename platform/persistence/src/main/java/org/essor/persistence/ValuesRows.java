package org.essor.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a multi-row {@code VALUES} list for a native query with named parameters: each row's parameters are the
 * given names numbered by row ({@code (:id0, :version0), (:id1, :version1)}), so that one statement writes a batch.
 * Names must differ between the lists of one statement.
 */
public final class ValuesRows {

    private final List<String> names;
    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> parameters = new HashMap<>();
    private int rows;

    private ValuesRows(List<String> names) {
        this.names = names;
    }

    /** A list whose rows bind these parameter names, in this order. */
    public static ValuesRows of(String... names) {
        return new ValuesRows(List.of(names));
    }

    /** Adds a row: one value per name, in the names' order (null is a SQL NULL). */
    public ValuesRows row(Object... values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException("A row of " + names + " takes " + names.size() + " values, not " + values.length);
        }
        sql.append(rows == 0 ? "(" : ", (");
        for (int i = 0; i < values.length; i++) {
            String name = names.get(i) + rows;
            sql.append(i == 0 ? ":" : ", :").append(name);
            parameters.put(name, values[i]);
        }
        sql.append(')');
        rows++;
        return this;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /** The rows, to follow {@code VALUES}. */
    public String sql() {
        return sql.toString();
    }

    /** Every row's parameters by name. */
    public Map<String, Object> parameters() {
        return parameters;
    }
}
