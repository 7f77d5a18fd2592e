package org.essor.calendar.app;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.essor.calendar.domain.Campaign;
import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.Registration;
import org.essor.calendar.domain.RegistrationStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The calendar's repositories (Panache, inside the caller's session or transaction). */
public final class Repositories {

    private Repositories() {
    }

    @ApplicationScoped
    public static class Events implements PanacheRepositoryBase<Event, UUID> {

        /** The event, locked until the transaction ends: its seats are given one registration at a time. */
        public Uni<Event> locked(UUID id) {
            return findById(id, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    @ApplicationScoped
    public static class Registrations implements PanacheRepositoryBase<Registration, UUID> {

        /** The first of the event's waiting list, if any. */
        public Uni<Registration> firstWaiting(UUID eventId) {
            return find("eventId = ?1 and status = ?2 order by queuedAt, id", eventId, RegistrationStatus.WAITLISTED)
                    .firstResult();
        }

        public Uni<Registration> bySecretHash(String hash) {
            return find("secretHash", hash).firstResult();
        }
    }

    @ApplicationScoped
    public static class Campaigns implements PanacheRepositoryBase<Campaign, String> {
    }
}
