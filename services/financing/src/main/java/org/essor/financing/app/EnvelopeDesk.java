package org.essor.financing.app;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.events.change.UnitOfWork;
import org.essor.financing.domain.BudgetEnvelope;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.StaleVersionException;
import org.essor.kernel.StateConflictException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The Région's yearly budget envelopes of its instruments, opened and revised by finance officers. */
@ApplicationScoped
public class EnvelopeDesk {

    public static final String AUDITED_AS = "budget-envelope";

    @Inject
    Repositories.Envelopes envelopes;

    @Inject
    InstrumentDesk instruments;

    @Inject
    AuditTrail audit;

    @Inject
    UnitOfWork work;

    public Uni<BudgetEnvelope> open(String instrumentCode, int year, BigDecimal amount, Actor actor) {
        return work.inTransaction(() -> instruments.find(instrumentCode).flatMap(instrument -> envelopes
                .count("instrumentCode = ?1 and year = ?2", instrumentCode, year).flatMap(existing -> {
                    if (existing > 0) {
                        throw new StateConflictException("The " + year + " envelope of " + instrumentCode + " exists already");
                    }
                    Instant now = work.time().now();
                    BudgetEnvelope envelope = BudgetEnvelope.open(instrument, year, amount, now);
                    return envelopes.persist(envelope).call(Panache::flush)
                            .call(saved -> audit.record(audited(saved, "OPENED"), actor, now));
                })));
    }

    public Uni<BudgetEnvelope> revise(UUID id, long expectedVersion, BigDecimal amount, Actor actor) {
        return work.inTransaction(() -> envelopes.locked(id).onItem().ifNull().failWith(() -> notFound(id))
                .flatMap(envelope -> {
                    StaleVersionException.check(expectedVersion, envelope.version());
                    Instant now = work.time().now();
                    envelope.revise(amount, now);
                    return Panache.flush().replaceWith(envelope)
                            .call(saved -> audit.record(audited(saved, "REVISED"), actor, now));
                }));
    }

    public Uni<BudgetEnvelope> get(UUID id) {
        return work.inSession(() -> envelopes.findById(id)).onItem().ifNull().failWith(() -> notFound(id));
    }

    public Uni<List<BudgetEnvelope>> list(String instrumentCode, Integer year, String afterCode, Integer afterYear, int limit) {
        StringBuilder query = new StringBuilder("from BudgetEnvelope e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (instrumentCode != null) {
            query.append(" and e.instrumentCode = :code");
            parameters.put("code", instrumentCode);
        }
        if (year != null) {
            query.append(" and e.year = :year");
            parameters.put("year", year);
        }
        if (afterCode != null) {
            query.append(" and (e.instrumentCode > :afterCode or (e.instrumentCode = :afterCode and e.year > :afterYear))");
            parameters.put("afterCode", afterCode);
            parameters.put("afterYear", afterYear);
        }
        query.append(" order by e.instrumentCode, e.year");
        return work.inSession(() -> envelopes.find(query.toString(), parameters).page(0, limit).list());
    }

    private static AuditedChange audited(BudgetEnvelope envelope, String what) {
        return new AuditedChange(AUDITED_AS, envelope.id(), envelope.version(), what);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No budget envelope " + id);
    }
}
