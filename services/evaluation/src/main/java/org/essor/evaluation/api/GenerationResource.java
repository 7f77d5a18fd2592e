package org.essor.evaluation.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.GenerationStore;
import org.essor.evaluation.events.GenerationReplay;
import org.essor.security.Actors;
import org.essor.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The generations of the indicators' facts, and the operation that rebuilds them from offset zero of every stream
 * into a new generation while the serving one keeps answering.
 */
@Path("/api/v1/indicators/generations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator generations", description = "Rebuilding the indicators from the streams' whole history")
public class GenerationResource {

    @Inject
    GenerationReplay replay;

    @Inject
    GenerationStore store;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "replayIndicators", summary = "Rebuild the indicators from offset zero",
            description = "Starts replaying the seven streams from offset zero into a new generation of the facts; the serving generation keeps answering until the new one has caught up, then readers move to it in one transaction and the old one is deleted. 409 while a replay runs. Follow it with GET.")
    @APIResponse(responseCode = "202", description = "The generation being built",
            content = @Content(schema = @Schema(implementation = Views.GenerationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> replay() {
        return replay.start(Actors.of(identity).name()).map(generation -> Response.accepted(Views.GenerationView.of(generation))
                .location(uri.getBaseUriBuilder().path("api/v1/indicators/generations").build()).build());
    }

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Extension(name = "x-essor-unpaged", value = "one generation per replay: a handful over the service's life")
    @Operation(operationId = "listIndicatorGenerations", summary = "The generations",
            description = "Newest first: the one being built (with how many records it has replayed), the serving one, the retired ones.")
    @APIResponse(responseCode = "200", description = "The generations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.GenerationView.class)))
    public Uni<List<Views.GenerationView>> list() {
        return store.all().map(all -> all.stream().map(Views.GenerationView::of).toList());
    }
}
