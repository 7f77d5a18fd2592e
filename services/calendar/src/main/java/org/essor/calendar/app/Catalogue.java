package org.essor.calendar.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.calendar.domain.EventDetails;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The codes an event refers to: its category, the plan's axis, its campaign; checked in the caller's session. */
@ApplicationScoped
public class Catalogue {

    /** A 422 naming each code of {@code details} that the catalogue does not hold. */
    public Uni<Void> check(EventDetails details) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        SELECT (SELECT count(*) FROM event_category WHERE code = :category),
                               (SELECT count(*) FROM plan_axis WHERE code = :axis),
                               (SELECT count(*) FROM campaign WHERE code = :campaign)""", Object[].class)
                .setParameter("category", details.category() == null ? "" : details.category())
                .setParameter("axis", details.axis() == null ? "" : details.axis())
                .setParameter("campaign", details.campaign() == null ? "" : details.campaign())
                .getSingleResult())
                .invoke(found -> {
                    List<Violation> violations = new java.util.ArrayList<>();
                    if (((Number) found[0]).intValue() == 0) {
                        violations.add(new Violation("category", "not a category of the calendar: see /api/v1/events/categories"));
                    }
                    if (details.axis() != null && ((Number) found[1]).intValue() == 0) {
                        violations.add(new Violation("axis", "not an axis of the plan: see /api/v1/events/categories"));
                    }
                    if (details.campaign() != null && ((Number) found[2]).intValue() == 0) {
                        violations.add(new Violation("campaign", "no campaign " + details.campaign()));
                    }
                    if (!violations.isEmpty()) {
                        throw new RuleViolationException("The event refers to codes the calendar does not know", violations);
                    }
                }).replaceWithVoid();
    }

    /** One category of event, as loaded from the plan's reference data. */
    public record Category(String code, String name, boolean recurring, String recurrence, String organiser, String axis,
                           boolean thirdPartyFair) {
    }

    /** One axis of the plan. */
    public record Axis(String code, int number, String title) {
    }

    public Uni<List<Category>> categories() {
        return org.essor.persistence.Transactions.inSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT code, name, recurring, recurrence, organiser, axis, third_party_fair "
                                + "FROM event_category ORDER BY recurring DESC, code", Object[].class).getResultList()))
                .map(rows -> rows.stream().map(row -> new Category((String) row[0], (String) row[1], (Boolean) row[2],
                        (String) row[3], (String) row[4], (String) row[5], (Boolean) row[6])).toList());
    }

    public Uni<List<Axis>> axes() {
        return org.essor.persistence.Transactions.inSession(() -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("SELECT code, number, title FROM plan_axis ORDER BY number", Object[].class)
                        .getResultList()))
                .map(rows -> rows.stream().map(row -> new Axis((String) row[0], ((Number) row[1]).intValue(),
                        (String) row[2])).toList());
    }
}
