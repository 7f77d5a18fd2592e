package org.essor.financing.api;

import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.financing.app.EnvelopeDesk;
import org.essor.financing.domain.BudgetEnvelope;
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

/** The Région's yearly budget envelopes of its instruments: what decisions committed and what was paid. */
@Path("/api/v1/budget-envelopes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget envelopes", description = "Yearly budgets of the regional instruments")
public class EnvelopeResource {

    @Inject
    EnvelopeDesk desk;

    @Inject
    Paging paging;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "openEnvelope", summary = "Open a yearly budget envelope",
            description = "For a regional instrument and a year (one per instrument and year). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The envelope, at its Location",
            content = @Content(schema = @Schema(implementation = Views.EnvelopeView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> open(@Valid @NotNull Requests.NewEnvelope request, @HeaderParam(Idempotency.HEADER) String key) {
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> desk.open(request.instrumentCode(), request.year(), request.amount(), actor)
                .map(envelope -> Response.created(uri.getBaseUriBuilder().path("api/v1/budget-envelopes")
                                .path(envelope.id().toString()).build()).tag(Versions.etag(envelope.version()))
                        .entity(Views.EnvelopeView.of(envelope)).build()));
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "listEnvelopes", summary = "List budget envelopes",
            description = "In order of instrument and year; narrowed to an instrument or a year.")
    @APIResponse(responseCode = "200", description = "A page of envelopes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.EnvelopeView.class)))
    public Uni<Response> list(@Parameter(description = "An instrument's code") @QueryParam("instrumentCode") String instrumentCode,
                              @QueryParam("year") Integer year, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        return desk.list(instrumentCode, year, page.isFirst() ? null : page.after().text(0),
                        page.isFirst() ? null : (int) page.after().number(1), page.fetchSize())
                .map(found -> Pages.ok(Page.of(found, page, e -> Cursor.of(e.instrumentCode(), e.year()))
                        .map(Views.EnvelopeView::of), uri));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "getEnvelope", summary = "Read a budget envelope")
    @APIResponse(responseCode = "200", description = "The envelope",
            content = @Content(schema = @Schema(implementation = Views.EnvelopeView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return desk.get(id).map(EnvelopeResource::ok);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "reviseEnvelope", summary = "Revise an envelope's amount",
            description = "A supplementary budget (If-Match): never below what is committed already (409 with the figures).")
    @APIResponse(responseCode = "200", description = "The envelope",
            content = @Content(schema = @Schema(implementation = Views.EnvelopeView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.EnvelopeChange request) {
        var actor = Actors.of(identity);
        return desk.get(id).flatMap(found -> desk.revise(id, Versions.required(ifMatch), request.amount(), actor))
                .map(EnvelopeResource::ok);
    }

    private static Response ok(BudgetEnvelope envelope) {
        return Versions.ok(Views.EnvelopeView.of(envelope), envelope.version());
    }
}
