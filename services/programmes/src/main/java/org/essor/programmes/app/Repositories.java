package org.essor.programmes.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.essor.kernel.NotFoundException;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Cohort;
import org.essor.programmes.domain.Participation;
import org.essor.programmes.domain.PersonApplicant;
import org.essor.programmes.domain.Programme;
import org.essor.programmes.domain.TerritorialNeed;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The service's repositories. */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Programmes implements PanacheRepositoryBase<Programme, String> {
    }

    @ApplicationScoped
    public static class Calls implements PanacheRepositoryBase<Call, UUID> {

        /** The call, locked until the end of the transaction: seat decisions on one call run one at a time. */
        public Uni<Call> locked(UUID id) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @ApplicationScoped
    public static class Applications implements PanacheRepositoryBase<Application, UUID> {

        public Uni<List<Application>> ofCall(UUID callId) {
            return list("call.id", callId);
        }

        public Uni<List<Application>> ofEnterprise(UUID enterpriseId) {
            return list("enterpriseId", enterpriseId);
        }

        /** The id of the application's call, without loading either (so that the call can be locked first). */
        public Uni<UUID> callOf(UUID applicationId) {
            return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                            "select a.call.id from Application a where a.id = :id", UUID.class)
                    .setParameter("id", applicationId).getSingleResultOrNull());
        }

        public Uni<Application> bySecretHash(String hash) {
            return find("trackingSecretHash", hash).firstResult();
        }
    }

    @ApplicationScoped
    public static class Persons implements PanacheRepositoryBase<PersonApplicant, UUID> {
    }

    @ApplicationScoped
    public static class Needs implements PanacheRepositoryBase<TerritorialNeed, UUID> {
    }

    @ApplicationScoped
    public static class Cohorts implements PanacheRepositoryBase<Cohort, UUID> {
    }

    @ApplicationScoped
    public static class Participations implements PanacheRepositoryBase<Participation, UUID> {

        public Uni<Boolean> existsFor(UUID applicationId) {
            return count("application.id", applicationId).map(count -> count > 0);
        }
    }
}
