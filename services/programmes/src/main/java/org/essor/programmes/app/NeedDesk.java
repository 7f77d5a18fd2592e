package org.essor.programmes.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.Violation;
import org.essor.persistence.Transactions;
import org.essor.programmes.domain.TerritorialNeed;

import io.smallrye.mutiny.Uni;

/** The needs the Fabrique à Initiatives identifies in the territories, for a person or a structure to take up. */
@ApplicationScoped
public class NeedDesk {

    /** The name of a territorial need in the audit trail. */
    public static final String AUDITED_AS = "territorial-need";

    @Inject
    Repositories.Needs needs;

    @Inject
    Repositories.Programmes programmes;

    @Inject
    ServiceTime time;

    @Inject
    AuditTrail audit;

    public Uni<TerritorialNeed> identify(String programmeCode, String departement, String title, String description,
                                         LocalDate identifiedOn, Actor actor) {
        if (identifiedOn.isAfter(time.today())) {
            throw new RuleViolationException(new Violation("identifiedOn", "a need is identified today or before"));
        }
        return Transactions.inTransaction(() -> programmes.findById(programmeCode).flatMap(programme -> {
            if (programme == null) {
                throw new RuleViolationException(new Violation("programme", "no programme " + programmeCode + " in the catalogue"));
            }
            Instant now = time.now();
            TerritorialNeed need = TerritorialNeed.identify(programme, departement, title, description, identifiedOn, actor, now);
            return needs.persist(need).call(saved -> audit.record(new AuditedChange(AUDITED_AS, saved.id(), 0L, "IDENTIFIED"),
                    actor, now));
        }));
    }

    public Uni<TerritorialNeed> find(UUID id) {
        return Transactions.inSession(() -> needs.findById(id)).onItem().ifNull()
                .failWith(() -> new NotFoundException("No territorial need " + id));
    }

    /** Needs in (identification instant, id) order after the given position, narrowed to a département. */
    public Uni<List<TerritorialNeed>> list(String departement, Instant afterCreated, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("from TerritorialNeed n where 1 = 1");
        var parameters = new HashMap<String, Object>();
        if (departement != null) {
            query.append(" and n.departement = :departement");
            parameters.put("departement", departement);
        }
        if (afterId != null) {
            query.append(" and (n.createdAt > :afterCreated or (n.createdAt = :afterCreated and n.id > :afterId))");
            parameters.put("afterCreated", afterCreated);
            parameters.put("afterId", afterId);
        }
        query.append(" order by n.createdAt, n.id");
        return Transactions.inSession(() -> needs.find(query.toString(), parameters).page(0, limit).list());
    }
}
