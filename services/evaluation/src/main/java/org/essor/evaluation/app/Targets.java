package org.essor.evaluation.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.kernel.Actor;
import org.essor.kernel.InvalidValueException;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StaleVersionException;
import org.essor.kernel.StateConflictException;
import org.essor.persistence.Columns;
import org.essor.persistence.Transactions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The evaluators' yearly targets: the plan sets none, so evaluators set one per indicator and year. Audited. */
@ApplicationScoped
public class Targets {

    public static final String AGGREGATE = "indicator-target";

    /** A target: the value an indicator should reach over a calendar year. */
    public record Target(UUID id, long version, String indicator, int year, BigDecimal value, String note, String setBy,
                         Instant createdAt, Instant updatedAt) {
    }

    private static final String COLUMNS = "id, version, indicator, year, value, note, set_by, created_at, updated_at";

    @Inject
    AuditTrail audit;

    @Inject
    ServiceTime time;

    public Uni<Target> create(String indicator, int year, BigDecimal value, String note, Actor actor) {
        requireIndicator(indicator);
        Instant now = time.now();
        UUID id = UUID.randomUUID();
        return Transactions.inTransaction(() -> find(indicator, year).chain(existing -> {
            if (existing != null) {
                throw new StateConflictException("A target of " + indicator + " for " + year + " exists; change it instead",
                        Map.of("targetId", existing.id().toString()));
            }
            return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                            INSERT INTO indicator_target (id, version, indicator, year, value, note, set_by, created_at, updated_at)
                            VALUES (:id, 0, :indicator, :year, :value, :note, :setBy, :now, :now)""")
                    .setParameter("id", id).setParameter("indicator", indicator).setParameter("year", year)
                    .setParameter("value", value).setParameter("note", note).setParameter("setBy", actor.name())
                    .setParameter("now", now).executeUpdate())
                    .chain(() -> audit.record(new AuditedChange(AGGREGATE, id, 0L, "target of " + indicator + " for " + year
                            + " set to " + value.toPlainString()), actor, now))
                    .chain(() -> get(id));
        }));
    }

    public Uni<Target> change(UUID id, long expectedVersion, BigDecimal value, String note, boolean noteGiven, Actor actor) {
        Instant now = time.now();
        return Transactions.inTransaction(() -> get(id).chain(target -> {
            StaleVersionException.check(expectedVersion, target.version());
            BigDecimal newValue = value == null ? target.value() : value;
            String newNote = noteGiven ? note : target.note();
            return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                            UPDATE indicator_target SET version = version + 1, value = :value, note = :note, set_by = :setBy,
                                   updated_at = :now WHERE id = :id AND version = :version""")
                    .setParameter("id", id).setParameter("version", target.version()).setParameter("value", newValue)
                    .setParameter("note", newNote).setParameter("setBy", actor.name()).setParameter("now", now)
                    .executeUpdate())
                    .chain(() -> audit.record(new AuditedChange(AGGREGATE, id, target.version() + 1, "target of "
                            + target.indicator() + " for " + target.year() + " changed to " + newValue.toPlainString()), actor, now))
                    .chain(() -> get(id));
        }));
    }

    public Uni<Void> delete(UUID id, long expectedVersion, Actor actor) {
        Instant now = time.now();
        return Transactions.inTransaction(() -> get(id).chain(target -> {
            StaleVersionException.check(expectedVersion, target.version());
            return Panache.getSession().flatMap(session -> session.createNativeQuery(
                            "DELETE FROM indicator_target WHERE id = :id").setParameter("id", id).executeUpdate())
                    .chain(() -> audit.record(new AuditedChange(AGGREGATE, id, target.version() + 1, "target of "
                            + target.indicator() + " for " + target.year() + " removed"), actor, now));
        }));
    }

    public Uni<Target> get(UUID id) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM indicator_target WHERE id = :id", Object[].class)
                .setParameter("id", id).getResultList()))
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw new NotFoundException("No indicator target " + id);
                    }
                    return target(rows.get(0));
                });
    }

    /** The targets, of one indicator and one year when given, by indicator and year. */
    public Uni<List<Target>> list(String indicator, Integer year) {
        return Transactions.inSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT " + COLUMNS + " FROM indicator_target WHERE (:indicator = '' OR indicator = :indicator)"
                                + " AND (:year = 0 OR year = :year) ORDER BY indicator, year", Object[].class)
                .setParameter("indicator", indicator == null ? "" : indicator)
                .setParameter("year", year == null ? 0 : year)
                .getResultList()))
                .map(rows -> rows.stream().map(Targets::target).toList());
    }

    private Uni<Target> find(String indicator, int year) {
        return list(indicator, year).map(found -> found.isEmpty() ? null : found.get(0));
    }

    private static void requireIndicator(String indicator) {
        if (IndicatorCatalogue.find(indicator).isEmpty()) {
            throw new InvalidValueException("indicator", "an indicator of the catalogue (GET /api/v1/indicators)");
        }
    }

    private static Target target(Object[] row) {
        return new Target((UUID) row[0], ((Number) row[1]).longValue(), (String) row[2], ((Number) row[3]).intValue(),
                ((BigDecimal) row[4]).stripTrailingZeros(), (String) row[5], (String) row[6], Columns.instant(row[7]),
                Columns.instant(row[8]));
    }
}
