package org.essor.registry.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.events.outbox.Outbox;
import org.essor.kernel.Actor;
import org.essor.kernel.StateConflictException;
import org.essor.persistence.Transactions;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseChange;
import org.essor.registry.domain.EnterpriseDetails;
import org.essor.registry.domain.EnterpriseRules;
import org.essor.registry.domain.EsusAgreement;
import org.essor.registry.domain.EstablishmentDetails;
import org.essor.registry.domain.Siret;
import org.essor.registry.domain.StrikeOffReason;
import org.essor.registry.domain.Territory;
import org.essor.registry.events.EnterpriseState;
import org.essor.registry.events.RegistryEvents;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The register's use cases. Each runs in one transaction: load, check the version the caller read, let the
 * domain decide, then store the enterprise, its history line and its event together.
 */
@ApplicationScoped
public class EnterpriseRegister {

    @Inject
    EnterpriseRepository enterprises;

    @Inject
    EnterpriseHistory history;

    @Inject
    Outbox outbox;

    @Inject
    Territory territory;

    @Inject
    Clock clock;

    public Uni<Enterprise> register(EnterpriseDetails details, Actor actor) {
        EnterpriseDetails checked = EnterpriseRules.check(details, territory, today());
        return Transactions.inTransaction(() -> requireUnique(null, checked).flatMap(ignored -> {
            Instant now = now();
            Enterprise enterprise = Enterprise.register(checked, actor, now);
            return enterprises.persist(enterprise)
                    .flatMap(saved -> record(saved, EnterpriseChange.of(EnterpriseChange.Kind.REGISTERED), actor, now));
        }));
    }

    /** Amends an enterprise at the version the caller read; {@code edit} turns its details into the new ones. */
    public Uni<Enterprise> amend(UUID id, long expectedVersion, Function<Enterprise, EnterpriseDetails> edit, Actor actor) {
        return Transactions.inTransaction(() -> load(id, expectedVersion).flatMap(enterprise -> {
            EnterpriseDetails checked = EnterpriseRules.check(edit.apply(enterprise), territory, today());
            return requireUnique(id, checked).flatMap(ignored -> {
                Instant now = now();
                return enterprise.amend(checked, actor, now)
                        .map(change -> record(enterprise, change, actor, now))
                        .orElseGet(() -> Uni.createFrom().item(enterprise));
            });
        }));
    }

    public Uni<Enterprise> verify(UUID id, long expectedVersion, Actor actor) {
        return transition(id, expectedVersion, actor, (enterprise, now) -> enterprise.verify(actor, now));
    }

    public Uni<Enterprise> strikeOff(UUID id, long expectedVersion, LocalDate on, StrikeOffReason reason, String comment,
                                     Actor actor) {
        return transition(id, expectedVersion, actor, (enterprise, now) -> enterprise.strikeOff(on, reason, comment, actor, now));
    }

    public Uni<Enterprise> grantEsus(UUID id, long expectedVersion, LocalDate grantedOn, LocalDate validUntil,
                                     String departement, Actor actor) {
        EsusAgreement agreement = EsusAgreement.of(grantedOn, validUntil, departement, today());
        return transition(id, expectedVersion, actor, (enterprise, now) -> enterprise.grantEsus(agreement, actor, now));
    }

    public Uni<Enterprise> eraseRepresentative(UUID id, long expectedVersion, Actor actor) {
        return transition(id, expectedVersion, actor, (enterprise, now) -> enterprise.eraseRepresentative(actor, now));
    }

    /** Publishes, once, the expiry of every ESUS agreement whose end date has passed. Returns how many. */
    public Uni<Integer> publishEsusExpiries() {
        LocalDate today = today();
        return Transactions.inTransaction(() -> enterprises.list("esus.validUntil < ?1 and esusExpiryPublished = false", today)
                .flatMap(expired -> {
                    Uni<Integer> count = Uni.createFrom().item(0);
                    for (Enterprise enterprise : expired) {
                        count = count.flatMap(n -> enterprise.expireEsus(today, now())
                                .map(change -> record(enterprise, change, Actor.SYSTEM, now()).replaceWith(n + 1))
                                .orElseGet(() -> Uni.createFrom().item(n)));
                    }
                    return count;
                }));
    }

    /** Versions after {@code afterVersion} (−1 for all), oldest first, at most {@code limit}. */
    public Uni<List<EnterpriseHistory.Version>> history(UUID id, long afterVersion, int limit) {
        return Transactions.inSession(() -> history.of(id, afterVersion, limit));
    }

    public Uni<Enterprise> find(UUID id) {
        return Transactions.inSession(() -> enterprises.findById(id)).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No enterprise " + id));
    }

    private interface Transition {
        EnterpriseChange apply(Enterprise enterprise, Instant now);
    }

    private Uni<Enterprise> transition(UUID id, long expectedVersion, Actor actor, Transition transition) {
        return Transactions.inTransaction(() -> load(id, expectedVersion).flatMap(enterprise -> {
            Instant now = now();
            return record(enterprise, transition.apply(enterprise, now), actor, now);
        }));
    }

    private Uni<Enterprise> load(UUID id, long expectedVersion) {
        return enterprises.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No enterprise " + id))
                .invoke(enterprise -> Versions.check(expectedVersion, enterprise.version()));
    }

    /** Flushes the enterprise to learn its new version, then writes its history line and, if public, its event. */
    private Uni<Enterprise> record(Enterprise enterprise, EnterpriseChange change, Actor actor, Instant now) {
        return Panache.flush().flatMap(ignored -> {
            EnterpriseState state = EnterpriseState.of(enterprise, today());
            Uni<Void> written = history.record(state, change, actor, now);
            if (change.kind().published()) {
                written = written.flatMap(nothing -> outbox.append(RegistryEvents.of(change, enterprise, today(), now)));
            }
            return written.replaceWith(enterprise);
        });
    }

    private Uni<Void> requireUnique(UUID self, EnterpriseDetails details) {
        List<Siret> sirets = details.establishments().stream().map(EstablishmentDetails::siret).filter(Objects::nonNull).toList();
        return enterprises.holdersOf(self, details.siren(), details.rna(), sirets).map(holders -> {
            if (!holders.isEmpty()) {
                Enterprise other = holders.get(0);
                throw new StateConflictException("An identifier of this enterprise (SIREN, RNA or SIRET) is already "
                        + "registered for enterprise " + other.id() + " (" + other.legalName() + ")");
            }
            return null;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
