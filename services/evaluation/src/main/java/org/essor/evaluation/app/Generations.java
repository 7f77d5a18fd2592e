package org.essor.evaluation.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The generations of the fact tables: the one serving answers, and while a replay runs, the one being built. The
 * streams' consumers write into both; the replay writes the history into the new one.
 */
@ApplicationScoped
public class Generations {

    /**
     * The generations that take new events, read with a share lock in the consumer's transaction: a switch waits for
     * the batches being applied, and a batch applied after it sees the new state.
     */
    public Uni<List<Integer>> active() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT generation FROM projection_generation WHERE status IN ('SERVING', 'BUILDING')
                        ORDER BY generation FOR SHARE""", Integer.class).getResultList());
    }

    /** The generation that answers readers. */
    public Uni<Integer> serving() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT generation FROM projection_generation WHERE status = 'SERVING'", Integer.class).getSingleResult());
    }
}
