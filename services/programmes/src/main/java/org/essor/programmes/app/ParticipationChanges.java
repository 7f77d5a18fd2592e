package org.essor.programmes.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.essor.events.audit.AuditedChange;
import org.essor.events.change.ChangeRecorder;
import org.essor.events.outbox.OutgoingEvent;
import org.essor.kernel.Actor;
import org.essor.programmes.domain.Participation;
import org.essor.programmes.domain.ParticipationChange;
import org.essor.programmes.events.ParticipationEvents;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** How a participation's changes are recorded: a history line (who, when, what kind), and its event if published. */
@ApplicationScoped
class ParticipationChanges implements ChangeRecorder<Participation, ParticipationChange> {

    /** The name of this kind of aggregate in the audit trail. */
    public static final String AUDITED_AS = "participation";

    @Override
    public Uni<Void> history(Participation participation, ParticipationChange change, Actor actor, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        INSERT INTO participation_history (participation_id, version, change, changed_at, changed_by)
                        VALUES (:id, :version, :change, :at, :by)""")
                .setParameter("id", participation.id())
                .setParameter("version", participation.version())
                .setParameter("change", change.kind().name())
                .setParameter("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter("by", actor.name())
                .executeUpdate().replaceWithVoid());
    }

    @Override
    public List<OutgoingEvent> events(Participation participation, ParticipationChange change, Instant at) {
        return ParticipationEvents.of(participation, change, at);
    }

    @Override
    public AuditedChange audited(Participation participation, ParticipationChange change) {
        return new AuditedChange(AUDITED_AS, participation.id(), participation.version(), change.kind().name());
    }
}
