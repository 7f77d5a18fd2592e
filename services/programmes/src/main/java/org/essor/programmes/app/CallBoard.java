package org.essor.programmes.app;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.enterprises.KnownEnterprises;
import org.essor.enterprises.EnterpriseFacts;
import org.essor.events.audit.AuditTrail;
import org.essor.events.audit.AuditedChange;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.StateConflictException;
import org.essor.kernel.Violation;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.EligibilityRules;
import org.essor.programmes.domain.Stage;

import org.essor.persistence.Transactions;

import io.smallrye.mutiny.Uni;

/** Calls for applications: opened by programme officers, listed for everyone, checked for an enterprise's eligibility. */
@ApplicationScoped
public class CallBoard {

    /** The name of a call in the audit trail. */
    public static final String AUDITED_AS = "call";

    @Inject
    Repositories.Calls calls;

    @Inject
    Repositories.Programmes programmes;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    ServiceTime time;

    @Inject
    AuditTrail audit;

    public Uni<Call> open(String programmeCode, String title, Set<String> departements, Instant opensAt, Instant closesAt,
                          int seats, EligibilityRules rules, List<Criterion> criteria, Actor actor) {
        return Transactions.inTransaction(() -> programmes.findById(programmeCode).flatMap(programme -> {
            if (programme == null) {
                throw new RuleViolationException(new Violation("programme", "no programme " + programmeCode + " in the catalogue"));
            }
            if (!programme.takesCalls()) {
                throw new StateConflictException(programme.name() + " takes no call: the plan has it "
                        + programme.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " (" + programme.statusInPlan() + ")");
            }
            Instant now = now();
            Call call = Call.open(programme, title, departements, opensAt, closesAt, seats, rules, criteria, actor, now);
            return calls.persist(call).call(opened -> audit.record(new AuditedChange(AUDITED_AS, opened.id(), 0L, "OPENED"),
                    actor, now));
        }));
    }

    public Uni<Call> find(UUID id) {
        return Transactions.inSession(() -> calls.findById(id)).onItem().ifNull()
                .failWith(() -> new NotFoundException("No call " + id));
    }

    /** Calls after {@code afterId} in (closing date, id) order; {@code openOnly} keeps those taking applications now. */
    public Uni<List<Call>> list(boolean openOnly, String programme, Instant afterClosing, UUID afterId, int limit) {
        StringBuilder query = new StringBuilder("from Call c where 1 = 1");
        var parameters = new java.util.HashMap<String, Object>();
        if (openOnly) {
            query.append(" and c.opensAt <= :now and c.closesAt > :now");
            parameters.put("now", now());
        }
        if (programme != null) {
            query.append(" and c.programmeCode = :programme");
            parameters.put("programme", programme);
        }
        if (afterId != null) {
            query.append(" and (c.closesAt > :afterClosing or (c.closesAt = :afterClosing and c.id > :afterId))");
            parameters.put("afterClosing", afterClosing);
            parameters.put("afterId", afterId);
        }
        query.append(" order by c.closesAt, c.id");
        return Transactions.inSession(() -> calls.find(query.toString(), parameters).page(0, limit).list());
    }

    /**
     * What the register says of an enterprise whose eligibility is asked: not found when unknown, or for an enterprise
     * representative ({@code onlySiren}) when it is another enterprise.
     */
    public Uni<EnterpriseFacts> factsOf(UUID enterpriseId, String onlySiren) {
        return Transactions.inSession(() -> enterprises.visibleTo(enterpriseId, onlySiren));
    }

    /** Why the enterprise may not apply to the call at its stage (empty: it may). */
    public List<String> refusals(Call call, EnterpriseFacts enterprise, Stage stage) {
        return call.rules().refusals(enterprise, stage, call.departements(), time.today());
    }

    private Instant now() {
        return time.now();
    }
}
