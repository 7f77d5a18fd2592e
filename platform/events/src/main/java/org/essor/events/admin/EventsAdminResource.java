package org.essor.events.admin;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.essor.events.inbox.ConsumerRebuilds;
import org.essor.events.inbox.HeldEvent;
import org.essor.events.inbox.HeldEvents;
import org.essor.events.outbox.OutboxRelayService;
import org.essor.events.outbox.ParkedEvent;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Operators' controls of the event backbone, for admins only and under {@code /admin}, which the public ingress does
 * not route: parked outbox rows, held inbox events, projection rebuilds.
 */
@Path("/admin/v1")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class EventsAdminResource {

    @Inject
    OutboxRelayService relays;

    @Inject
    HeldEvents held;

    @Inject
    ConsumerRebuilds rebuilds;

    /** Which parked rows to release; none named: all of them. */
    public record Release(List<UUID> eventIds) {
    }

    /** How many rows were released. */
    public record Released(int released) {
    }

    @GET
    @Path("/outbox/parked")
    @Blocking
    public List<ParkedEvent> parked(@QueryParam("limit") @DefaultValue("200") int limit) throws SQLException {
        return relays.parked(Math.max(1, Math.min(limit, 1_000)));
    }

    @POST
    @Path("/outbox/parked/release")
    @Blocking
    public Released release(Release release) throws SQLException {
        return new Released(relays.release(release == null || release.eventIds() == null ? List.of() : release.eventIds()));
    }

    @GET
    @Path("/inbox/held")
    public Uni<List<HeldEvent>> heldEvents(@QueryParam("consumer") String consumer, @QueryParam("key") String key,
                                          @QueryParam("limit") @DefaultValue("200") int limit) {
        return held.open(consumer, key, Math.max(1, Math.min(limit, 1_000)));
    }

    @POST
    @Path("/inbox/consumers/{consumer}/aggregates/{key}/replay")
    public Uni<HeldEvents.Replay> replay(@PathParam("consumer") String consumer, @PathParam("key") String key) {
        return held.replay(consumer, key).onFailure(IllegalArgumentException.class)
                .transform(failure -> new NotFoundException(failure.getMessage()));
    }

    @POST
    @Path("/inbox/held/{id}/discard")
    public Uni<HeldEvents.Replay> discard(@PathParam("id") long id) {
        return held.discard(id).onItem().ifNull().failWith(() -> new NotFoundException("No open held event " + id));
    }

    @POST
    @Path("/inbox/consumers/{consumer}/rebuild")
    public Uni<Void> rebuild(@PathParam("consumer") String consumer) {
        return rebuilds.rebuild(consumer).onFailure(IllegalArgumentException.class)
                .transform(failure -> new NotFoundException(failure.getMessage()));
    }
}
