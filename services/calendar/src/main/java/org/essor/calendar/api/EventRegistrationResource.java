package org.essor.calendar.api;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.calendar.app.Registrations;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.security.Visibility;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Registering to an event: anyone, without an account; its organiser and the officers see who registered. */
@Path("/api/v1/events/{eventId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Registrations to events: seats, waiting list, attendance")
public class EventRegistrationResource {

    @Inject
    Registrations registrations;

    @Inject
    PublicRegistrationLimiter limiter;

    @Inject
    Idempotency idempotency;

    @Inject
    Paging paging;

    @Inject
    SecurityIdentity identity;

    @Inject
    io.quarkus.security.identity.CurrentIdentityAssociation identities;

    @Inject
    RoutingContext http;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "registerToEvent", summary = "Register to an event, without an account",
            description = "To a published event that takes registrations, until its deadline (409 otherwise, and for an e-mail registered already): confirmed while seats remain, else waitlisted in order; a cancellation gives the seat to the first waiting. Answers with followUrl, the secret link to follow or cancel the registration (given once). Limited per address (429 with Retry-After). Honours Idempotency-Key (scoped to the caller: a replay answers only the same body from the same caller).")
    @APIResponse(responseCode = "201", description = "The registration, with its followUrl",
            content = @Content(schema = @Schema(implementation = Views.RegistrationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<Response> register(@PathParam("eventId") UUID eventId, @Valid @NotNull Requests.RegistrationRequest request,
                                  @HeaderParam(Idempotency.HEADER) String key) {
        return identities.getDeferredIdentity().flatMap(who -> {
            var actor = who.isAnonymous() ? Actors.anonymous("registrant") : Actors.of(who);
            String client = who.isAnonymous() ? null : Actors.clientOf(who).orElse(null);
            return register(eventId, request, key, actor, client);
        });
    }

    private Uni<Response> register(UUID eventId, Requests.RegistrationRequest request, String key,
                                   org.essor.kernel.Actor actor, String client) {
        return limiter.acquire(http).flatMap(admitted -> idempotency.create(key, request, () -> registrations.register(eventId,
                        new Registrations.Person(request.name(), request.email(), request.organisation()), client, actor)
                .flatMap(registered -> registrations.waitlistPosition(registered.registration()).map(position ->
                        Response.created(uri.getBaseUriBuilder().path("api/v1/registrations")
                                        .path(registered.registration().id().toString()).build())
                                .tag(org.essor.web.versioning.Versions.etag(registered.registration().version()))
                                .entity(Views.RegistrationView.of(registered.registration(), position,
                                        RegistrationResource.followUrl(uri, registered.secret()))).build()))));
    }

    @GET
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "listEventRegistrations", summary = "Who registered to an event",
            description = "The event's organiser (a partner, an enterprise) and the officers, in order of arrival: names and e-mails are personal data, shown to them only.")
    @APIResponse(responseCode = "200", description = "A page of registrations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> list(@PathParam("eventId") UUID eventId, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        Visibility visibility = Callers.officer(identity) ? Visibility.ALL : Callers.visibility(identity);
        return registrations.ofEvent(eventId, visibility, page.isFirst() ? null : page.after().instant(0),
                        page.isFirst() ? null : page.after().uuid(1), page.fetchSize())
                .map(found -> Pages.ok(Page.of(found, page, r -> Cursor.of(r.queuedAt(), r.id()))
                        .map(r -> Views.RegistrationView.of(r, null, null)), uri));
    }
}
