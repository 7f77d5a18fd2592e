package org.essor.programmes.api;

import java.time.Instant;
import java.time.LocalDate;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.programmes.app.NeedDesk;
import org.essor.programmes.domain.TerritorialNeed;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Needs identified in the territories (Fabrique à Initiatives): public, so that a person or a structure finds one to
 * take up; programme officers record them.
 */
@Path("/api/v1/territorial-needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Territorial needs", description = "Needs the Fabrique à Initiatives identifies, for someone to take up")
public class NeedResource {

    @Inject
    NeedDesk desk;

    @Inject
    Idempotency idempotency;

    @Inject
    Paging paging;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    /** A need as published: the territory and what is needed; who recorded it is not shown. */
    record NeedView(UUID id, long version, String programme, String departement, String title, String description,
                    LocalDate identifiedOn, Instant recordedAt) {
        static NeedView of(TerritorialNeed need) {
            return new NeedView(need.id(), need.version(), need.programmeCode(), need.departement(), need.title(),
                    need.description(), need.identifiedOn(), need.createdAt());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "identifyNeed", summary = "Record a need identified in a territory",
            description = "For the Fabrique à Initiatives (C.2): a need of a territory that no entrepreneur or structure answers yet. A person or a structure then takes it up by applying to a Fabrique call with its id (needId). Another programme answers 422.")
    @APIResponse(responseCode = "201", description = "The need, at its Location",
            content = @Content(schema = @Schema(implementation = NeedView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> identify(@Valid @NotNull Requests.NewNeed request, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, request, () -> desk.identify(request.programme(), request.departement(), request.title(),
                        request.description(), request.identifiedOn(), Actors.of(identity))
                .map(need -> Response.created(uri.getAbsolutePathBuilder().path(need.id().toString()).build())
                        .tag(Versions.etag(need.version())).entity(NeedView.of(need)).build()));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listNeeds", summary = "List the territorial needs",
            description = "Public, in the order they were recorded, in pages.")
    @APIResponse(responseCode = "200", description = "A page of needs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = NeedView.class)))
    public Uni<Response> list(@Parameter(description = "Only the needs of this département", schema = @Schema(pattern = "^(\\d{2}|2[AB]|97\\d)$"))
                              @QueryParam("departement") String departement,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        return desk.list(departement, page.isFirst() ? null : page.after().instant(0), page.isFirst() ? null : page.after().uuid(1),
                        page.fetchSize())
                .map(found -> Pages.ok(Page.of(found, page, n -> Cursor.of(n.createdAt(), n.id())).map(NeedView::of), uri));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getNeed", summary = "Read a territorial need", description = "Public.")
    @APIResponse(responseCode = "200", description = "The need",
            content = @Content(schema = @Schema(implementation = NeedView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return desk.find(id).map(need -> Versions.ok(NeedView.of(need), need.version()));
    }
}
