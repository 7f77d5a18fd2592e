package org.essor.calendar.app;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.calendar.domain.Campaign;
import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Campaigns that group events (the Mois de l'ESS of a year), and their reach. */
@ApplicationScoped
public class CampaignDesk {

    @Inject
    Repositories.Campaigns campaigns;

    @Inject
    AuditTrail audit;

    @Inject
    UnitOfWork work;

    public Uni<Campaign> create(String code, String name, String category, LocalDate startsOn, LocalDate endsOn, Actor actor) {
        return work.inTransaction(() -> campaigns.findById(code).flatMap(existing -> {
            if (existing != null) {
                throw new StateConflictException("A campaign " + code + " exists already");
            }
            return categoryKnown(category).flatMap(ok -> {
                var now = work.time().now();
                Campaign campaign = Campaign.of(code, name, category, startsOn, endsOn, now);
                return campaigns.persist(campaign).call(Panache::flush).call(saved -> audit.record(new AuditedChange(
                        "calendar-campaign", java.util.UUID.nameUUIDFromBytes(("campaign:" + code)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0L, "CREATED"), actor, now));
            });
        }));
    }

    private Uni<Void> categoryKnown(String category) {
        if (category == null) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT count(*) FROM event_category WHERE code = :code", Long.class).setParameter("code", category)
                .getSingleResult()).invoke(count -> {
                    if (count == 0) {
                        throw new RuleViolationException(new Violation("category", "not a category of the calendar"));
                    }
                }).replaceWithVoid();
    }

    public Uni<Campaign> get(String code) {
        return work.inSession(() -> campaigns.findById(code)).onItem().ifNull()
                .failWith(() -> new NotFoundException("No campaign " + code));
    }

    public Uni<List<Campaign>> list() {
        return work.inSession(() -> campaigns.find("order by startsOn desc, code").list());
    }
}
