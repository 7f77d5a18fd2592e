package org.essor.calendar.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.calendar.app.CampaignDesk;
import org.essor.calendar.app.EventQueries;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Campaigns (the Mois de l'ESS of each year...) and their reach: events and registrations per département and category. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaigns of events and their reach")
public class CampaignResource {

    @Inject
    CampaignDesk desk;

    @Inject
    EventQueries queries;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVENTS_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createCampaign", summary = "Open a campaign",
            description = "A code (e.g. MOIS_ESS_2026), a name, the category of its events, its dates. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The campaign, at its Location",
            content = @Content(schema = @Schema(implementation = Views.CampaignView.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> create(@Valid @NotNull Requests.CampaignRequest request,
                                @jakarta.ws.rs.HeaderParam(Idempotency.HEADER) String key) {
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> desk.create(request.code(), request.name(), request.category(),
                        request.startsOn(), request.endsOn(), actor)
                .map(campaign -> Response.created(uri.getBaseUriBuilder().path("api/v1/campaigns").path(campaign.code()).build())
                        .entity(Views.CampaignView.of(campaign, List.of())).build()));
    }

    @GET
    @PermitAll
    @Extension(name = "x-essor-unpaged", value = "reference data: one campaign a year or so, the whole list in one answer")
    @Operation(operationId = "listCampaigns", summary = "List the campaigns", description = "Public, the latest first.")
    @APIResponse(responseCode = "200", description = "The campaigns",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.CampaignView.class)))
    public Uni<List<Views.CampaignView>> list() {
        return desk.list().map(found -> found.stream().map(campaign -> Views.CampaignView.of(campaign, List.of())).toList());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getCampaign", summary = "A campaign and its reach",
            description = "Public: its published events and confirmed registrations (and attendance), per département (ONLINE for events without a venue) and category: the Mois de l'ESS's reach in the territories.")
    @APIResponse(responseCode = "200", description = "The campaign",
            content = @Content(schema = @Schema(implementation = Views.CampaignView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Views.CampaignView> get(@PathParam("code") String code) {
        return desk.get(code).flatMap(campaign -> queries.reach(code).map(reach -> Views.CampaignView.of(campaign, reach)));
    }
}
