package org.essor.evaluation.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.Targets;
import org.essor.kernel.InvalidValueException;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.patch.MergePatches;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The evaluators' yearly targets of the indicators (the plan sets none). */
@Path("/api/v1/indicator-targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator targets", description = "Yearly targets set by evaluators")
public class TargetResource {

    @Inject
    Targets targets;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatches patches;

    @Inject
    Validator validator;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "setIndicatorTarget", summary = "Set an indicator's target for a year",
            description = "One target per indicator and year (409 when it exists: change it). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The target, at its Location",
            content = @Content(schema = @Schema(implementation = Views.TargetView.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> create(@Valid @NotNull Requests.TargetRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> targets.create(request.indicator(), request.year(), request.value(),
                        request.note(), actor)
                .map(target -> Response.created(uri.getBaseUriBuilder().path("api/v1/indicator-targets")
                        .path(target.id().toString()).build()).tag(Versions.etag(target.version()))
                        .entity(Views.TargetView.of(target)).build()));
    }

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Extension(name = "x-essor-unpaged", value = "one target per indicator and year: a few hundred at most over the plan's life")
    @Operation(operationId = "listIndicatorTargets", summary = "The targets",
            description = "Of one indicator and one year when given, by indicator and year.")
    @APIResponse(responseCode = "200", description = "The targets",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.TargetView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Uni<List<Views.TargetView>> list(@QueryParam("indicator") String indicator, @QueryParam("year") String year) {
        Integer onlyYear = null;
        if (year != null && !year.isBlank()) {
            try {
                onlyYear = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                throw new InvalidValueException("year", "a year such as 2026");
            }
        }
        return targets.list(indicator, onlyYear).map(found -> found.stream().map(Views.TargetView::of).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Operation(operationId = "getIndicatorTarget", summary = "A target", description = "Its ETag is its version.")
    @APIResponse(responseCode = "200", description = "The target",
            content = @Content(schema = @Schema(implementation = Views.TargetView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return targets.get(id).map(target -> Versions.ok(Views.TargetView.of(target), target.version()));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "changeIndicatorTarget", summary = "Change a target",
            description = "A JSON Merge Patch (RFC 7396) of its value and note, with If-Match.")
    @APIResponse(responseCode = "200", description = "The changed target",
            content = @Content(schema = @Schema(implementation = Views.TargetView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
                                        schema = @Schema(implementation = Requests.TargetChange.class))) String patch) {
        var actor = Actors.of(identity);
        return targets.get(id).flatMap(current -> {
            long expected = Versions.required(ifMatch);
            var body = patches.read(patch);
            Requests.TargetChange changed = patches.apply(new Requests.TargetChange(current.value(), current.note()), body,
                    Requests.TargetChange.class);
            var violations = validator.validate(changed);
            if (!violations.isEmpty()) {
                var violation = violations.iterator().next();
                throw new InvalidValueException(violation.getPropertyPath().toString(), violation.getMessage());
            }
            return targets.change(id, expected, changed.value(), changed.note(), true, actor);
        }).map(target -> Versions.ok(Views.TargetView.of(target), target.version()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "removeIndicatorTarget", summary = "Remove a target", description = "With If-Match.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Uni<Response> remove(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        var actor = Actors.of(identity);
        return targets.get(id).flatMap(current -> targets.delete(id, Versions.required(ifMatch), actor))
                .map(ignored -> Response.noContent().build());
    }
}
