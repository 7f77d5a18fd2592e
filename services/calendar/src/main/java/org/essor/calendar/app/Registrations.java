package org.essor.calendar.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventChange;
import org.essor.calendar.domain.Registration;
import org.essor.calendar.domain.RegistrationStatus;
import org.essor.events.audit.AuditTrail;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.StateConflictException;
import org.essor.security.SecretLinks;
import org.essor.security.Visibility;

import io.smallrye.mutiny.Uni;

/**
 * Registrations to events. Each change locks its event first, so seats are given one at a time: never more confirmed
 * than the capacity, the waiting list served in order, a cancelled seat going to the first waiting person in the same
 * transaction.
 */
@ApplicationScoped
public class Registrations {

    @Inject
    Repositories.Events events;

    @Inject
    Repositories.Registrations registrations;

    @Inject
    EventChanges changes;

    @Inject
    AuditTrail audit;

    @Inject
    UnitOfWork work;

    /** A person registered, and the secret of their follow-up link (shown once, stored hashed). */
    public record Registered(Registration registration, Event event, String secret) {
    }

    /** What a person gives: their name and e-mail (personal data), optionally their organisation. */
    public record Person(String name, String email, String organisation) {
    }

    /**
     * Registers a person to a published event that takes registrations until its deadline: confirmed while seats
     * remain, else waitlisted; the same e-mail twice on one event is refused (409).
     */
    public Uni<Registered> register(UUID eventId, Person person, String partnerClient, Actor actor) {
        return work.inTransaction(() -> events.locked(eventId)
                .onItem().ifNull().failWith(() -> EventDesk.notFound(eventId))
                .flatMap(event -> {
                    if (!event.status().isPublic()) {
                        throw EventDesk.notFound(eventId);
                    }
                    Instant now = work.time().now();
                    String closed = event.registrationClosedReason(now);
                    if (closed != null) {
                        throw new StateConflictException(closed);
                    }
                    return registrations.count("eventId = ?1 and email = ?2 and status in ?3", eventId,
                            person.email().strip().toLowerCase(java.util.Locale.ROOT),
                            List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.ATTENDED))
                            .flatMap(already -> {
                                if (already > 0) {
                                    throw new StateConflictException("This e-mail is registered to this event already: "
                                            + "follow the registration with the link it was given");
                                }
                                String secret = newSecret();
                                boolean confirmed = event.seatNewRegistration();
                                event.touch(now);
                                Registration registration = Registration.of(eventId, person.name(), person.email(),
                                        person.organisation(), confirmed, hash(secret), partnerClient, now);
                                return registrations.persist(registration)
                                        .call(saved -> work.record(event, EventChange.registration(event.status(),
                                                saved.id(), confirmed ? "confirmed" : "waitlisted"), changes, actor, now))
                                        .map(saved -> new Registered(saved, event, secret));
                            });
                }));
    }

    /** Cancels a registration; a freed seat goes to the first of the waiting list, in the same transaction. */
    public Uni<Registration> cancel(UUID registrationId, Visibility visibility, Actor actor) {
        return work.inTransaction(() -> reachable(registrationId, visibility).flatMap(found -> events.locked(found.eventId())
                .flatMap(event -> registrations.findById(registrationId).flatMap(registration -> {
                    Instant now = work.time().now();
                    boolean heldSeat = registration.cancel(now);
                    event.withdrawRegistration(heldSeat, now);
                    return work.record(event, EventChange.registration(event.status(), registration.id(), "cancelled"),
                            changes, actor, now).flatMap(nothing -> promoteWaiting(event)).replaceWith(registration);
                }))));
    }

    /**
     * Gives the seats that are free to the waiting list, first come first served, each promotion a change of its own
     * (the event's counts move, so each has its own version); inside the caller's transaction, the event locked.
     */
    public Uni<Void> promoteWaiting(Event event) {
        if (!event.hasSeatForWaiting()) {
            return Uni.createFrom().voidItem();
        }
        return registrations.firstWaiting(event.id()).flatMap(first -> {
            if (first == null) {
                return Uni.createFrom().voidItem();
            }
            Instant now = work.time().now();
            first.promote(now);
            event.promoteWaiting(now);
            return work.record(event, EventChange.registration(event.status(), first.id(), "promoted"), changes,
                    Actor.SYSTEM, now).flatMap(nothing -> promoteWaiting(event));
        });
    }

    /** The person came: a confirmed registration checked in. */
    public Uni<Registration> checkIn(UUID registrationId, Visibility visibility, Actor actor) {
        return work.inTransaction(() -> reachable(registrationId, visibility).flatMap(found -> events.locked(found.eventId())
                .flatMap(event -> registrations.findById(registrationId).flatMap(registration -> {
                    Instant now = work.time().now();
                    registration.checkIn(now);
                    event.checkIn();
                    event.touch(now);
                    return work.record(event, EventChange.registration(event.status(), registration.id(), "attended"),
                            changes, actor, now).replaceWith(registration);
                }))));
    }

    /**
     * Erases the person's data (their right to erasure): the registration stays counted, without who it was; its
     * follow-up link stops working, and so do the stored answers and audit traces that showed it.
     */
    public Uni<Registration> erase(UUID registrationId, Actor actor, java.util.function.Supplier<Uni<Void>> alsoForget) {
        return work.inTransaction(() -> registrations.findById(registrationId)
                .onItem().ifNull().failWith(() -> notFound(registrationId))
                .flatMap(registration -> {
                    Instant now = work.time().now();
                    registration.erase(now);
                    return audit.forgetPeople(EventChanges.REGISTRATION_AUDITED_AS, registrationId)
                            .call(() -> alsoForget.get())
                            .call(() -> audit.record(new org.essor.events.audit.AuditedChange(
                                    EventChanges.REGISTRATION_AUDITED_AS, registrationId, registration.version(), "ERASED"),
                                    actor, now))
                            .replaceWith(registration);
                }));
    }

    public Uni<Registration> bySecret(String secret) {
        return work.inSession(() -> registrations.bySecretHash(hash(secret))).onItem().ifNull()
                .failWith(() -> new NotFoundException("No registration follows this link"));
    }

    /** The registration, if the caller may see it: officers every one, an organiser those of its own events. */
    public Uni<Registration> reachable(UUID registrationId, Visibility visibility) {
        return work.inSession(() -> registrations.findById(registrationId).flatMap(registration -> {
            if (registration == null) {
                return Uni.createFrom().failure(notFound(registrationId));
            }
            if (visibility.equals(Visibility.ALL)) {
                return Uni.createFrom().item(registration);
            }
            return events.findById(registration.eventId()).map(event -> {
                if (!visibility.reaches(event.ownerSiren(), event.partnerClient())) {
                    throw notFound(registrationId);
                }
                return registration;
            });
        }));
    }

    /** The registrations of an event the caller organises (or any, for officers), in order of arrival. */
    public Uni<List<Registration>> ofEvent(UUID eventId, Visibility visibility, Instant afterQueued, UUID afterId, int limit) {
        return work.inSession(() -> events.findById(eventId).flatMap(event -> {
            if (event == null || !(visibility.equals(Visibility.ALL)
                    || visibility.reaches(event.ownerSiren(), event.partnerClient()))) {
                return Uni.createFrom().failure(EventDesk.notFound(eventId));
            }
            return afterId == null
                    ? registrations.find("eventId = ?1 order by queuedAt, id", eventId).page(0, limit).list()
                    : registrations.find("eventId = ?1 and (queuedAt > ?2 or (queuedAt = ?2 and id > ?3)) order by queuedAt, id",
                            eventId, afterQueued, afterId).page(0, limit).list();
        }));
    }

    /** The registration's place in its event's waiting list (1: the next to be promoted); null when not waiting. */
    public Uni<Integer> waitlistPosition(Registration registration) {
        if (registration.status() != RegistrationStatus.WAITLISTED) {
            return Uni.createFrom().nullItem();
        }
        return work.inSession(() -> registrations.count("eventId = ?1 and status = ?2 and (queuedAt < ?3 or (queuedAt = ?3 and id < ?4))",
                registration.eventId(), RegistrationStatus.WAITLISTED, registration.queuedAt(), registration.id()))
                .map(before -> (int) (before + 1));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No registration " + id);
    }

    private static String newSecret() {
        return SecretLinks.newSecret(32);
    }

    static String hash(String secret) {
        return SecretLinks.hash(secret);
    }
}
