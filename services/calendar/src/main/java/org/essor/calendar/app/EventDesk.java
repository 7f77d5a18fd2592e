package org.essor.calendar.app;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventChange;
import org.essor.calendar.domain.EventDetails;
import org.essor.calendar.domain.Registration;
import org.essor.calendar.domain.RegistrationStatus;
import org.essor.enterprises.Departements;
import org.essor.enterprises.KnownEnterprises;
import org.essor.events.change.UnitOfWork;
import org.essor.kernel.Actor;
import org.essor.kernel.NotFoundException;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.essor.security.Visibility;

import io.smallrye.mutiny.Uni;

/**
 * The events' use cases: organisers (partners, enterprises) submit and revise their own; events officers moderate,
 * publish, postpone and cancel (a cancellation cancels its registrations). Every change runs through the unit of
 * work: versioned, in the history and the audit trail, published through the outbox when it is public.
 */
@ApplicationScoped
public class EventDesk {

    @Inject
    Repositories.Events events;

    @Inject
    Repositories.Registrations registrations;

    @Inject
    Catalogue catalogue;

    @Inject
    Registrations registrationsDesk;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    EventChanges changes;

    @Inject
    UnitOfWork work;

    /** A draft of the caller: the organiser must be an enterprise known from the register within its reach. */
    public Uni<Event> draft(EventDetails details, Visibility visibility, Actor actor) {
        EventDetails checked = details.checked(Departements.OCCITANIE);
        return work.inTransaction(() -> organiser(checked, visibility).call(() -> catalogue.check(checked)).flatMap(ok -> {
            Instant now = work.time().now();
            Event event = Event.draft(checked, visibility.onlyClient(), visibility.onlySiren(), actor.name(), now);
            return work.create(() -> events.persist(event), EventChange.moderated(event.status(), "drafted"), changes, actor, now);
        }));
    }

    public Uni<Event> revise(UUID id, long expectedVersion, EventDetails details, Visibility visibility, boolean officer,
                             Actor actor) {
        EventDetails checked = details.checked(Departements.OCCITANIE);
        return work.inTransaction(() -> change(id, expectedVersion, visibility, actor, (event, now) -> organiser(checked, visibility)
                .call(() -> catalogue.check(checked)).map(ok -> event.revise(checked, officer, now)))
                // a capacity raised gives its new seats to the waiting list at once
                .call(event -> events.locked(event.id()).flatMap(registrationsDesk::promoteWaiting)));
    }

    public Uni<Event> submit(UUID id, long expectedVersion, Visibility visibility, Actor actor) {
        return change(id, expectedVersion, visibility, actor, (event, now) -> Uni.createFrom().item(event.submit(now)));
    }

    public Uni<Event> publish(UUID id, long expectedVersion, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, (event, now) -> Uni.createFrom().item(event.publish(now)));
    }

    public Uni<Event> requestChanges(UUID id, long expectedVersion, String reason, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor,
                (event, now) -> Uni.createFrom().item(event.requestChanges(reason, now)));
    }

    public Uni<Event> refuse(UUID id, long expectedVersion, String reason, Actor actor) {
        return change(id, expectedVersion, Visibility.ALL, actor, (event, now) -> Uni.createFrom().item(event.refuse(reason, now)));
    }

    public Uni<Event> postpone(UUID id, long expectedVersion, String reason, Visibility visibility, Actor actor) {
        return change(id, expectedVersion, visibility, actor, (event, now) -> Uni.createFrom().item(event.postpone(reason, now)));
    }

    /** Cancelled, and with it every registration still active (each one published as cancelled). */
    public Uni<Event> cancel(UUID id, long expectedVersion, String reason, Visibility visibility, Actor actor) {
        return work.inTransaction(() -> change(id, expectedVersion, visibility, actor,
                (event, now) -> Uni.createFrom().item(event.cancel(reason, now)))
                .flatMap(event -> registrations.list("eventId = ?1 and status in ?2 order by queuedAt, id", id,
                        java.util.List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))
                        .flatMap(active -> cancelEach(event, active, actor)).replaceWith(event)));
    }

    private Uni<Void> cancelEach(Event event, java.util.List<Registration> active, Actor actor) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (Registration registration : active) {
            done = done.flatMap(nothing -> {
                Instant now = work.time().now();
                boolean heldSeat = registration.cancel(now);
                event.withdrawRegistration(heldSeat, now);
                return work.record(event, EventChange.registration(event.status(), registration.id(), "cancelled"), changes,
                        actor, now);
            });
        }
        return done;
    }

    /**
     * The event if the caller may see it: a public one for anyone, another one only for its organiser
     * ({@code organiser}: the caller's reach, null for the public) and the officers; else the same not-found.
     */
    public Uni<Event> visible(UUID id, Visibility organiser, boolean officer) {
        return work.inSession(() -> events.findById(id)).map(event -> {
            if (event == null || !(event.status().isPublic() || officer
                    || (organiser != null && organiser.reaches(event.ownerSiren(), event.partnerClient())))) {
                throw notFound(id);
            }
            return event;
        });
    }

    /** The event if the caller organises it or moderates ({@code officer}); else the same not-found as an unknown one. */
    public Uni<Event> ownedOrModerated(UUID id, Visibility visibility, boolean officer) {
        return work.inSession(() -> events.findById(id)).map(event -> {
            if (event == null || !(officer || visibility.reaches(event.ownerSiren(), event.partnerClient()))) {
                throw notFound(id);
            }
            return event;
        });
    }

    /** The organiser: a named institution, or an enterprise known from the register (the representative's own). */
    private Uni<Void> organiser(EventDetails details, Visibility visibility) {
        if (details.organiserEnterpriseId() == null) {
            return Uni.createFrom().voidItem();
        }
        return enterprises.find(details.organiserEnterpriseId()).invoke(enterprise -> {
            if (enterprise == null || enterprise.struckOff()
                    || (visibility.onlySiren() != null && !visibility.onlySiren().equals(enterprise.siren()))) {
                throw new RuleViolationException(new Violation("organiserEnterpriseId",
                        "no enterprise " + details.organiserEnterpriseId() + " of the register can organise it"));
            }
        }).replaceWithVoid();
    }

    /** A change of an event within the caller's reach (checked before the version), at the version read. */
    private Uni<Event> change(UUID id, long expectedVersion, Visibility visibility, Actor actor,
                              UnitOfWork.CheckedTransition<Event, EventChange> transition) {
        return work.changeChecked(() -> events.findById(id).map(event -> event != null
                        && (visibility.equals(Visibility.ALL) || visibility.reaches(event.ownerSiren(), event.partnerClient()))
                        ? event : null), "No event " + id, expectedVersion, transition, changes, actor);
    }

    static NotFoundException notFound(UUID id) {
        return new NotFoundException("No event " + id);
    }
}
