package org.essor.registry.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.audit.AuditTrail;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.ServiceTime;
import org.essor.kernel.StateConflictException;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseChange;
import org.essor.registry.domain.EnterpriseDetails;
import org.essor.registry.domain.EnterpriseRules;
import org.essor.registry.domain.EssConditionDeclaration;
import org.essor.registry.domain.EsusAgreement;
import org.essor.registry.domain.EssNetwork;
import org.essor.registry.domain.Figures;
import org.essor.registry.domain.InclusionAgreement;
import org.essor.registry.domain.LegalCategory;
import org.essor.registry.domain.EstablishmentDetails;
import org.essor.registry.domain.Siret;
import org.essor.registry.domain.StrikeOffReason;
import org.essor.registry.domain.Territory;

import io.smallrye.mutiny.Uni;

/**
 * The register's use cases, each one unit of work: load, check the version the caller read, let the domain decide,
 * then store the enterprise, its history line and its event together.
 */
@ApplicationScoped
public class EnterpriseRegister {

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EnterpriseStore store;

    @Inject
    EnterpriseHistory history;

    @Inject
    EnterpriseChanges changes;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Territory territory;

    @Inject
    ServiceTime time;

    public Uni<Enterprise> register(EnterpriseDetails details, Actor actor) {
        EnterpriseDetails checked = EnterpriseRules.check(details, territory, time.today());
        var now = time.now();
        Enterprise enterprise = Enterprise.register(checked, actor, now);
        return work.createDirect(enterprise, store,
                () -> requireUnique(null, checked).flatMap(unique -> enterprises.persist(enterprise)),
                EnterpriseChange.of(EnterpriseChange.Kind.REGISTERED), changes, actor, now);
    }

    /** Amends an enterprise at the version the caller read; {@code edit} turns its details into the new ones. */
    public Uni<Enterprise> amend(UUID id, long expectedVersion, Function<Enterprise, EnterpriseDetails> edit, Actor actor) {
        return amend(id, EnterpriseAccess.EVERY, expectedVersion, edit, actor);
    }

    /** Amends an enterprise that {@code access} reaches (checked before the version: another one is "not found"). */
    public Uni<Enterprise> amend(UUID id, EnterpriseAccess access, long expectedVersion,
                                 Function<Enterprise, EnterpriseDetails> edit, Actor actor) {
        return work.changeChecked(reachable(id, access), EnterpriseAccess.NOT_FOUND, expectedVersion, (enterprise, now) -> {
            EnterpriseDetails checked = EnterpriseRules.check(edit.apply(enterprise), territory, time.today());
            return requireUnique(id, checked).map(unique -> enterprise.amend(checked, actor, now).orElse(null));
        }, changes, actor);
    }

    public Uni<Enterprise> verify(UUID id, long expectedVersion, Actor actor) {
        return work.change(reachable(id, EnterpriseAccess.EVERY), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.verify(actor, now), changes, actor);
    }

    public Uni<Enterprise> strikeOff(UUID id, long expectedVersion, LocalDate on, StrikeOffReason reason, String comment,
                                     Actor actor) {
        return work.change(reachable(id, EnterpriseAccess.EVERY), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.strikeOff(on, reason, comment, actor, now), changes, actor);
    }

    public Uni<Enterprise> grantEsus(UUID id, long expectedVersion, LocalDate grantedOn, LocalDate validUntil,
                                     String departement, Actor actor) {
        EsusAgreement agreement = EsusAgreement.of(grantedOn, validUntil, departement, time.today());
        return work.change(reachable(id, EnterpriseAccess.EVERY), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.grantEsus(agreement, actor, now), changes, actor);
    }

    /** Records the conditions of a société commerciale de l'ESS, at the version the caller read. */
    public Uni<Enterprise> declareEssConditions(UUID id, EnterpriseAccess access, long expectedVersion,
                                                List<EssConditionDeclaration> declarations, Actor actor) {
        return work.change(reachable(id, access), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.declareEssConditions(declarations, time.today(), actor, now).orElse(null),
                changes, actor);
    }

    /** Sets the ESS networks of an enterprise that {@code access} reaches, at the version the caller read. */
    public Uni<Enterprise> setNetworks(UUID id, EnterpriseAccess access, long expectedVersion, Set<EssNetwork> networks,
                                       Actor actor) {
        return work.change(reachable(id, access), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.setNetworks(networks, actor, now).orElse(null), changes, actor);
    }

    /** Sets the IAE and EA agreements of an enterprise, at the version the caller read. */
    public Uni<Enterprise> setInclusionAgreements(UUID id, long expectedVersion, List<InclusionAgreement> agreements,
                                                  Actor actor) {
        return work.change(reachable(id, EnterpriseAccess.EVERY), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.setInclusionAgreements(agreements, time.today(), actor, now).orElse(null),
                changes, actor);
    }

    /** Records the figures of a reference date of an enterprise that {@code access} reaches, at the version read. */
    public Uni<Enterprise> declareFigures(UUID id, EnterpriseAccess access, long expectedVersion, LocalDate referenceDate,
                                          List<Figures> figures, Actor actor) {
        return work.change(reachable(id, access), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.declareFigures(referenceDate, figures, time.today(), actor, now).orElse(null),
                changes, actor);
    }

    /** Converts a commercial company into a SCOP, at the version the caller read. */
    public Uni<Enterprise> convertIntoScop(UUID id, long expectedVersion, LegalCategory scopCategory, LocalDate on,
                                           Actor actor) {
        return work.change(reachable(id, EnterpriseAccess.EVERY), EnterpriseAccess.NOT_FOUND, expectedVersion,
                (enterprise, now) -> enterprise.convertIntoScop(scopCategory, on, time.today(), actor, now), changes, actor);
    }

    /**
     * Erases the representative's personal data and, in the same transaction, what else shows the person: the audit
     * trail's traces of whoever acted as the enterprise (the erasure's own entry included), and {@code alsoForget}
     * (what the caller's room keeps of them, such as the stored answers of Idempotency-Keys).
     */
    public Uni<Enterprise> eraseRepresentative(UUID id, EnterpriseAccess access, long expectedVersion, Actor actor,
                                               Supplier<Uni<Void>> alsoForget) {
        return work.inTransaction(() -> work.change(reachable(id, access), EnterpriseAccess.NOT_FOUND, expectedVersion,
                        (enterprise, now) -> enterprise.eraseRepresentative(actor, now), changes, actor)
                .flatMap(erased -> audit.forgetPeople(EnterpriseChanges.AUDITED_AS, id)
                        .flatMap(forgotten -> alsoForget.get())
                        .replaceWith(erased)));
    }

    /** Publishes, once, the expiry of every ESUS agreement whose end date has passed. Returns how many. */
    public Uni<Integer> publishEsusExpiries() {
        LocalDate today = time.today();
        return work.inTransaction(() -> enterprises.list("esus.validUntil < ?1 and esusExpiryPublished = false", today)
                .flatMap(expired -> {
                    Uni<Integer> count = Uni.createFrom().item(0);
                    for (Enterprise enterprise : expired) {
                        count = count.flatMap(n -> {
                            var now = time.now();
                            EnterpriseChange change = enterprise.expireEsus(today, now).orElse(null);
                            return work.record(enterprise, change, changes, Actor.SYSTEM, now)
                                    .replaceWith(change == null ? n : n + 1);
                        });
                    }
                    return count;
                }));
    }

    /** Versions after {@code afterVersion} (−1 for all), oldest first, at most {@code limit}. */
    public Uni<List<EnterpriseHistory.Version>> history(UUID id, long afterVersion, int limit) {
        return work.inSession(() -> history.of(id, afterVersion, limit));
    }

    /** Loads the enterprise inside the change's transaction, as null (not found) when {@code access} does not reach it. */
    private Supplier<Uni<Enterprise>> reachable(UUID id, EnterpriseAccess access) {
        return () -> enterprises.whole(id).map(enterprise -> enterprise != null && access.reaches(enterprise.siren())
                ? enterprise : null);
    }

    private Uni<Void> requireUnique(UUID self, EnterpriseDetails details) {
        List<Siret> sirets = details.establishments().stream().map(EstablishmentDetails::siret).filter(Objects::nonNull).toList();
        return enterprises.holdersOf(self, details.siren(), details.rna(), sirets).map(holders -> {
            if (!holders.isEmpty()) {
                Enterprise other = holders.get(0);
                throw new StateConflictException(alreadyRegistered(other.id(), other.legalName()));
            }
            return null;
        });
    }

    static String alreadyRegistered(UUID holder, String legalName) {
        return "An identifier of this enterprise (SIREN, RNA or SIRET) is already registered for enterprise " + holder
                + " (" + legalName + ")";
    }
}
