package org.essor.calendar.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.calendar.app.Catalogue;
import org.essor.calendar.app.EventChanges;
import org.essor.calendar.app.EventDesk;
import org.essor.calendar.app.EventQueries;
import org.essor.calendar.domain.Event;
import org.essor.calendar.domain.EventStatus;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.security.Visibility;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.params.QueryParams;
import org.essor.web.patch.MergePatches;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * ESS events: anyone reads the published ones; partners and enterprises submit their own, events officers moderate
 * them (publish, ask for changes, refuse) and postpone or cancel published ones.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "ESS events, from submission to publication")
public class EventResource {

    static final String PATH = "api/v1/events";

    @Inject
    EventDesk desk;

    @Inject
    EventQueries queries;

    @Inject
    Catalogue catalogue;

    @Inject
    Idempotency idempotency;

    @Inject
    Paging paging;

    @Inject
    MergePatches patches;

    @Inject
    SecurityIdentity identity;

    @Inject
    io.quarkus.security.identity.CurrentIdentityAssociation identities;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "List events",
            description = "Public: the published events (and postponed or cancelled ones, so that agendas update), by first date; with a token, an organiser also sees its own drafts and officers every event (status filters them). Filters: from/to (RFC 3339: events with a timing in that range), departement, category, campaign, axis, q (words of the title, description or keywords), near=<latitude>,<longitude> with radiusKm (venues within that distance), updatedSince (RFC 3339: events changed since, in order of change, for incremental sync).")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.EventView.class)))
    public Uni<Response> list(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
                              @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to,
                              @Parameter(description = "A département code, e.g. 31") @QueryParam("departement") String departement,
                              @QueryParam("category") String category, @QueryParam("campaign") String campaign,
                              @QueryParam("axis") String axis, @Parameter(description = "Words to find") @QueryParam("q") String text,
                              @Parameter(description = "latitude,longitude (WGS 84)", example = "43.6045,1.4440") @QueryParam("near") String near,
                              @Parameter(description = "With near: the radius in km (default 10, at most 500)",
                                      schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("radiusKm") String radiusKm,
                              @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("updatedSince") String updatedSince,
                              @Parameter(schema = @Schema(implementation = EventStatus.class)) @QueryParam("status") String status,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        BigDecimal[] point = point(near);
        Double radius = point == null ? null : radius(radiusKm);
        Instant since = QueryParams.instant("updatedSince", updatedSince);
        var filter = new EventQueries.Filter(QueryParams.instant("from", from), QueryParams.instant("to", to),
                blankToNull(departement), blankToNull(category), blankToNull(campaign), blankToNull(axis), blankToNull(text),
                since, point == null ? null : point[0], point == null ? null : point[1], radius,
                QueryParams.enumValue("status", status, EventStatus.class));
        return identities.getDeferredIdentity().flatMap(who -> queries.list(filter, reader(who),
                        page.isFirst() ? null : page.after().instant(0), page.isFirst() ? null : page.after().uuid(1),
                        page.fetchSize()))
                .map(found -> Pages.ok(Page.of(found, page, e -> Cursor.of(since != null ? e.updatedAt() : e.firstBegin(), e.id()))
                        .map(this::view), uri));
    }

    @GET
    @Path("categories")
    @PermitAll
    @Operation(operationId = "listEventCategories", summary = "The categories of events and the plan's axes",
            description = "Public: the recurring events the plan names (with their organiser and rhythm where the plan states them, and the third-party fairs where it seeks an ESS presence), the generic kinds of event, and the plan's seven axes.")
    @APIResponse(responseCode = "200", description = "The categories and axes",
            content = @Content(schema = @Schema(implementation = CategoriesView.class)))
    public Uni<CategoriesView> categories() {
        return catalogue.categories().flatMap(categories -> catalogue.axes().map(axes -> new CategoriesView(categories, axes)));
    }

    /** The catalogue of codes an event refers to. */
    record CategoriesView(List<Catalogue.Category> categories, List<Catalogue.Axis> axes) {
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "Read an event",
            description = "Public once published; a draft or an event in moderation only for its organiser and officers (else not found).")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return identities.getDeferredIdentity()
                .flatMap(who -> desk.visible(id, organiserReach(who), Callers.officer(who))).map(this::ok);
    }

    @GET
    @Path("{id}/calendar.ics")
    @PermitAll
    @Produces(FeedResource.TEXT_CALENDAR)
    @Operation(operationId = "getEventIcs", summary = "One event as iCalendar",
            description = "Public once published: its timings as VEVENTs, with the same UIDs as in the feed.")
    @APIResponse(responseCode = "200", description = "The event's .ics",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> ics(@PathParam("id") UUID id) {
        return desk.visible(id, null, false).map(event -> Response.ok(ICalendarFeed.write(FeedResource.feedEvent(event, uri),
                        java.time.Instant.now()), FeedResource.TEXT_CALENDAR)
                .header("Content-Disposition", "inline; filename=\"" + id + ".ics\"").build());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getEventHistory", summary = "The history of an event",
            description = "Every change, oldest first: its organiser and officers (who changed it: officers only).")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.HistoryLine.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Views.HistoryLine>> history(@PathParam("id") UUID id) {
        boolean officer = Callers.officer(identity);
        return desk.ownedOrModerated(id, Callers.visibility(identity), officer)
                .flatMap(event -> EventChanges.history(id))
                .map(lines -> lines.stream().map(line -> Views.HistoryLine.of(line, officer)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createEvent", summary = "Draft an event",
            description = "By a partner (the event stays in the hands of its OAuth client), an enterprise's representative (the organiser, if an enterprise of the register, must be its own) or an events officer. Timings in RFC 3339 (each keeps its id across updates); a venue in Occitanie (INSEE commune and département) for an event in person, an https link for an online one. Honours Idempotency-Key. Submit it afterwards.")
    @APIResponse(responseCode = "201", description = "The draft, at its Location",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> create(@Valid @NotNull Requests.EventRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        Visibility visibility = Callers.visibility(identity);
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> desk.draft(request.details(), visibility, actor)
                .map(event -> Response.created(uri.getBaseUriBuilder().path(PATH).path(event.id().toString()).build())
                        .tag(Versions.etag(event.version())).entity(view(event)).build()));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "reviseEvent", summary = "Revise an event",
            description = "A JSON Merge Patch (RFC 7396) of the fields of EventRequest, with If-Match: the organiser revises its draft, an event sent back for changes, or its published event (new dates after a postponement, then publication again); an officer may correct any. A published change is published as updated.")
    @APIResponse(responseCode = "200", description = "The revised event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
                                        schema = @Schema(implementation = Requests.EventRequest.class))) String patch) {
        Visibility visibility = Callers.visibility(identity);
        boolean officer = Callers.officer(identity);
        var actor = Actors.of(identity);
        return desk.ownedOrModerated(id, visibility, officer).flatMap(current -> {
            long expected = Versions.required(ifMatch);
            Requests.EventRequest changed = patches.apply(Requests.EventRequest.of(current.details()), patches.read(patch),
                    Requests.EventRequest.class);
            return desk.revise(id, expected, changed.details(), officer ? Visibility.ALL : visibility, officer, actor);
        }).map(this::ok);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "submitEvent", summary = "Submit an event to moderation", description = "If-Match.")
    @APIResponse(responseCode = "200", description = "The submitted event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Visibility visibility = owner();
        return transition(id, ifMatch, visibility, expected -> desk.submit(id, expected, visibility, Actors.of(identity)));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "publishEvent", summary = "Publish an event",
            description = "A submitted event, or a postponed one with its new dates (If-Match).")
    @APIResponse(responseCode = "200", description = "The published event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> publish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return transition(id, ifMatch, Visibility.ALL, expected -> desk.publish(id, expected, Actors.of(identity)));
    }

    @POST
    @Path("{id}/changes-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "askEventChanges", summary = "Ask the organiser for changes", description = "With the reason (If-Match).")
    @APIResponse(responseCode = "200", description = "The event sent back",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> askChanges(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull Requests.Reason request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> desk.requestChanges(id, expected, request.reason(),
                Actors.of(identity)));
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "refuseEvent", summary = "Refuse an event", description = "With the reason (If-Match).")
    @APIResponse(responseCode = "200", description = "The refused event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> refuse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.Reason request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> desk.refuse(id, expected, request.reason(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/postponement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "postponeEvent", summary = "Postpone a published event",
            description = "Its dates no longer hold; registrations stay. New dates come with a revision, then publication again (If-Match).")
    @APIResponse(responseCode = "200", description = "The postponed event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> postpone(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.Reason request) {
        Visibility visibility = owner();
        return transition(id, ifMatch, visibility, expected -> desk.postpone(id, expected, request.reason(), visibility,
                Actors.of(identity)));
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "cancelEvent", summary = "Cancel a published or postponed event",
            description = "With the reason (If-Match); every registration still active is cancelled with it.")
    @APIResponse(responseCode = "200", description = "The cancelled event",
            content = @Content(schema = @Schema(implementation = Views.EventView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.Reason request) {
        Visibility visibility = owner();
        return transition(id, ifMatch, visibility, expected -> desk.cancel(id, expected, request.reason(), visibility,
                Actors.of(identity)));
    }

    /** A change of an event within reach: the reach first (404), then If-Match (428, 412), then the transition. */
    private Uni<Response> transition(UUID id, String ifMatch, Visibility visibility,
                                     java.util.function.LongFunction<Uni<Event>> change) {
        return desk.ownedOrModerated(id, visibility, visibility.equals(Visibility.ALL)).map(found -> Versions.required(ifMatch))
                .flatMap(change::apply).map(this::ok);
    }

    /** The organiser's reach, or every event for an officer. */
    private Visibility owner() {
        return Callers.officer(identity) ? Visibility.ALL : Callers.visibility(identity);
    }

    /** Who reads: an anonymous caller, or one who is neither an organiser nor an officer, only the public events. */
    private static EventQueries.Reader reader(SecurityIdentity who) {
        if (who.isAnonymous()) {
            return EventQueries.Reader.PUBLIC;
        }
        if (Callers.officer(who)) {
            return new EventQueries.Reader(true, null);
        }
        Visibility organiser = organiserReach(who);
        return organiser == null ? EventQueries.Reader.PUBLIC : new EventQueries.Reader(false, organiser);
    }

    /** The events a caller organises beyond the public ones: a partner's or an enterprise's; null for anyone else. */
    private static Visibility organiserReach(SecurityIdentity who) {
        return who.isAnonymous() || !(who.hasRole(Roles.PARTNER) || who.hasRole(Roles.ENTERPRISE))
                ? null : Callers.visibility(who);
    }

    Views.EventView view(Event event) {
        return Views.EventView.of(event, uri.getBaseUriBuilder().path(PATH).path(event.id().toString()).path("calendar.ics")
                .build().toString());
    }

    private Response ok(Event event) {
        return Versions.ok(view(event), event.version());
    }

    private static BigDecimal[] point(String near) {
        if (near == null || near.isBlank()) {
            return null;
        }
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                BigDecimal lat = new BigDecimal(parts[0].trim());
                BigDecimal lon = new BigDecimal(parts[1].trim());
                if (lat.abs().compareTo(BigDecimal.valueOf(90)) <= 0 && lon.abs().compareTo(BigDecimal.valueOf(180)) <= 0) {
                    return new BigDecimal[] {lat, lon};
                }
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("near", "latitude,longitude in decimal degrees, e.g. 43.6045,1.4440");
    }

    private static Double radius(String raw) {
        if (raw == null || raw.isBlank()) {
            return 10.0;
        }
        try {
            double radius = Double.parseDouble(raw.trim());
            if (radius > 0 && radius <= 500) {
                return radius;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("radiusKm", "a distance in km above 0, at most 500");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
