package org.essor.evaluation.app;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.persistence.ValuesRows;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes facts into generations of the fact tables, inside the caller's transaction. The rows of a batch are first
 * merged per fact (as the table would merge them), then written in statements of a power of two rows (at most 512):
 * a handful of statement shapes per table, which Hibernate's cache of native queries keeps once instead of one per
 * batch size.
 */
@ApplicationScoped
public class Facts {

    /** Rows per statement at most: 20 columns each, well under PostgreSQL's 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 512;

    public Uni<Void> write(Collection<FactRow> rows, List<Integer> generations) {
        if (rows.isEmpty() || generations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<FactTable, Map<Object, FactRow>> merged = new LinkedHashMap<>();
        for (FactRow row : rows) {
            merged.computeIfAbsent(row.table(), table -> new LinkedHashMap<>()).merge(row.key(), row, FactRow::merge);
        }
        Uni<Void> written = Uni.createFrom().voidItem();
        for (var table : merged.entrySet()) {
            List<Object[]> values = new ArrayList<>();
            for (int generation : generations) {
                table.getValue().values().forEach(fact -> values.add(fact.valuesIn(generation)));
            }
            int from = 0;
            while (from < values.size()) {
                int size = Math.min(ROWS_PER_STATEMENT, Integer.highestOneBit(values.size() - from));
                List<Object[]> chunk = values.subList(from, from + size);
                written = written.chain(() -> upsert(table.getKey(), chunk));
                from += size;
            }
        }
        return written;
    }

    private static Uni<Void> upsert(FactTable table, List<Object[]> values) {
        ValuesRows rows = ValuesRows.of(table.columns().stream().map(column -> column.replace("_", "")).toArray(String[]::new));
        values.forEach(rows::row);
        return Panache.getSession().flatMap(session -> {
            var upsert = session.createNativeQuery(table.upsert(rows.sql()));
            rows.parameters().forEach(upsert::setParameter);
            return upsert.executeUpdate();
        }).replaceWithVoid();
    }

    /** Deletes a generation's facts (a retired or abandoned one), a table at a time. */
    public Uni<Void> deleteGeneration(int generation) {
        Uni<Void> deleted = Uni.createFrom().voidItem();
        for (FactTable table : FactTable.ALL) {
            deleted = deleted.chain(() -> Panache.getSession().flatMap(session -> session
                    .createNativeQuery("DELETE FROM " + table.name() + " WHERE generation = :generation")
                    .setParameter("generation", generation).executeUpdate()).replaceWithVoid());
        }
        return deleted;
    }

    /** Deletes one table's facts in the given generations (a stream's projection rebuilt by the inbox). */
    public Uni<Void> clear(FactTable table, List<Integer> generations) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("DELETE FROM " + table.name() + " WHERE generation IN (:generations)")
                .setParameter("generations", generations).executeUpdate()).replaceWithVoid();
    }
}
