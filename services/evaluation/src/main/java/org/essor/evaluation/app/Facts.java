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
 * merged per fact (as the table would merge them), so that each table takes one statement per thousand facts.
 */
@ApplicationScoped
public class Facts {

    /** Facts per statement: at most 20 columns each, well under PostgreSQL's 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 1000;

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
            List<FactRow> facts = new ArrayList<>(table.getValue().values());
            int perStatement = Math.max(1, ROWS_PER_STATEMENT / generations.size());
            for (int from = 0; from < facts.size(); from += perStatement) {
                List<FactRow> chunk = facts.subList(from, Math.min(facts.size(), from + perStatement));
                written = written.chain(() -> upsert(table.getKey(), chunk, generations));
            }
        }
        return written;
    }

    private static Uni<Void> upsert(FactTable table, List<FactRow> facts, List<Integer> generations) {
        ValuesRows rows = ValuesRows.of(table.columns().stream().map(column -> column.replace("_", "")).toArray(String[]::new));
        for (int generation : generations) {
            facts.forEach(fact -> rows.row(fact.values(generation)));
        }
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
