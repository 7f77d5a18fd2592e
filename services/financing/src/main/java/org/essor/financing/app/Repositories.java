package org.essor.financing.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.essor.financing.domain.ApplicationStatus;
import org.essor.financing.domain.BudgetEnvelope;
import org.essor.financing.domain.FinancingApplication;
import org.essor.financing.domain.Instrument;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The financing service's repositories (Panache, inside the caller's session or transaction). */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Instruments implements PanacheRepositoryBase<Instrument, String> {
    }

    @ApplicationScoped
    public static class Envelopes implements PanacheRepositoryBase<BudgetEnvelope, UUID> {

        /** The envelope of the instrument's year, locked until the transaction ends (approvals commit one at a time). */
        public Uni<BudgetEnvelope> lockedFor(String instrumentCode, int year) {
            return find("instrumentCode = ?1 and year = ?2", instrumentCode, year)
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }

        public Uni<BudgetEnvelope> locked(UUID id) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @ApplicationScoped
    public static class Applications implements PanacheRepositoryBase<FinancingApplication, UUID> {

        public Uni<List<FinancingApplication>> openOfEnterprise(UUID enterpriseId) {
            return list("enterpriseId = ?1 and status in ?2", enterpriseId, ApplicationStatus.OPEN);
        }
    }
}
