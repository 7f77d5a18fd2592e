package org.essor.calendar.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.calendar.app.Registrations;
import org.essor.calendar.domain.Registration;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.security.Visibility;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A registration: its person follows and cancels it through its secret link; the event's organiser and the officers
 * read it, cancel it and check the person in; officers erase the person's data on request.
 */
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registrations to events: seats, waiting list, attendance")
public class RegistrationResource {

    @Inject
    Registrations registrations;

    @Inject
    SecurityIdentity identity;

    @Inject
    org.essor.web.idempotency.Idempotency idempotency;

    @Context
    UriInfo uri;

    static String followUrl(UriInfo uri, String secret) {
        return uri.getBaseUriBuilder().path("api/v1/registrations/followed").path(secret).build().toString();
    }

    @GET
    @Path("followed/{secret}")
    @PermitAll
    @Operation(operationId = "getFollowedRegistration", summary = "A person follows their registration",
            description = "With the secret link the registration answered with (followUrl): its status and place in the waiting list.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> followed(@PathParam("secret") String secret) {
        return registrations.bySecret(secret).flatMap(this::ok);
    }

    @POST
    @Path("followed/{secret}/cancellation")
    @PermitAll
    @Operation(operationId = "cancelFollowedRegistration", summary = "A person cancels their registration",
            description = "Through its secret link; a freed seat goes to the first waiting person.")
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> cancelFollowed(@PathParam("secret") String secret) {
        return registrations.bySecret(secret).flatMap(found -> registrations.cancel(found.id(), Visibility.ALL,
                Actors.anonymous("registrant"))).flatMap(this::ok);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getRegistration", summary = "Read a registration",
            description = "The event's organiser and the officers; another organiser's is not found.")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return registrations.reachable(id, reach()).flatMap(this::ok);
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration",
            description = "By the event's organiser or an officer; a freed seat goes to the first waiting person.")
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> cancel(@PathParam("id") UUID id) {
        return registrations.cancel(id, reach(), Actors.of(identity)).flatMap(this::ok);
    }

    @POST
    @Path("{id}/attendance")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "checkInRegistration", summary = "Check a person in",
            description = "The person came: a confirmed registration is attended (409 otherwise).")
    @APIResponse(responseCode = "200", description = "The attended registration",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> checkIn(@PathParam("id") UUID id) {
        return registrations.checkIn(id, reach(), Actors.of(identity)).flatMap(this::ok);
    }

    @POST
    @Path("{id}/erasure")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "eraseRegistrant", summary = "Erase the person's data",
            description = "On the person's request: their name, e-mail and organisation are erased, the follow-up link stops working, and the registration stays counted.")
    @APIResponse(responseCode = "200", description = "The registration, erased",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> erase(@PathParam("id") UUID id) {
        return registrations.erase(id, Actors.of(identity),
                () -> idempotency.forgetAnswersAbout("/api/v1/registrations/" + id)).flatMap(this::ok);
    }

    private Visibility reach() {
        return Callers.officer(identity) ? Visibility.ALL : Callers.visibility(identity);
    }

    private Uni<Response> ok(Registration registration) {
        return registrations.waitlistPosition(registration)
                .map(position -> Versions.ok(Views.RegistrationView.of(registration, position, null), registration.version()));
    }
}
