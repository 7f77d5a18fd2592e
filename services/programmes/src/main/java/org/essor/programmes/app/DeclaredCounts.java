package org.essor.programmes.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.programmes.domain.DeclaredStatistics.Counts;
import org.essor.programmes.domain.DeclaredStatistics;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The only way the applicants' optional declarations (women founders, disability actions) leave the service: counted
 * over a call, for the applications submitted and for those admitted. They stay on the applications, so the erasure of
 * a person's data leaves the counts as they were.
 */
@ApplicationScoped
public class DeclaredCounts {

    /** The counts of the call; inside the caller's session or transaction. */
    public Uni<DeclaredStatistics> of(UUID callId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE submitted_at IS NOT NULL),
                               count(declared_women_founders) FILTER (WHERE submitted_at IS NOT NULL),
                               coalesce(sum(declared_women_founders) FILTER (WHERE submitted_at IS NOT NULL), 0),
                               count(*) FILTER (WHERE submitted_at IS NOT NULL AND declared_women_founders > 0),
                               count(*) FILTER (WHERE submitted_at IS NOT NULL AND declared_disability_action),
                               count(*) FILTER (WHERE status = 'ADMITTED'),
                               count(declared_women_founders) FILTER (WHERE status = 'ADMITTED'),
                               coalesce(sum(declared_women_founders) FILTER (WHERE status = 'ADMITTED'), 0),
                               count(*) FILTER (WHERE status = 'ADMITTED' AND declared_women_founders > 0),
                               count(*) FILTER (WHERE status = 'ADMITTED' AND declared_disability_action)
                        FROM application WHERE call_id = :call""", Object[].class)
                .setParameter("call", callId).getSingleResult()
                .map(row -> new DeclaredStatistics(callId, counts(row, 0), counts(row, 5))));
    }

    private static Counts counts(Object[] row, int from) {
        return new Counts(number(row[from]), number(row[from + 1]), number(row[from + 2]), number(row[from + 3]),
                number(row[from + 4]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
