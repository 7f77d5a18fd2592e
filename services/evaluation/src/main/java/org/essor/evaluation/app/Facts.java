package org.essor.evaluation.app;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Writes facts into generations of the fact tables, inside the caller's transaction: per table, one statement whose
 * one parameter holds the batch's rows as JSON ({@link FactTable#upsertFromJson(String)}), so Hibernate's cache of
 * native queries keeps one shape per table whatever the batches' sizes.
 */
@ApplicationScoped
public class Facts {

    public Uni<Void> write(Collection<FactRow> rows, List<Integer> generations) {
        if (rows.isEmpty() || generations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> written = Uni.createFrom().voidItem();
        for (var table : FactRowsJson.of(rows, generations).entrySet()) {
            written = written.chain(() -> Panache.getSession().flatMap(session -> session
                    .createNativeQuery(table.getKey().upsertFromJson(":rows"))
                    .setParameter("rows", table.getValue()).executeUpdate()).replaceWithVoid());
        }
        return written;
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
