package org.essor.registry.app;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** A WHERE clause being built, with its positional parameters. */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Tuple values = Tuple.tuple();

    void add(String condition) {
        conditions.add(condition);
    }

    /** Adds a parameter; returns its placeholder. */
    String parameter(Object value) {
        values.addValue(value);
        return "$" + values.size();
    }

    String sql() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    Tuple values() {
        return values;
    }
}
