package org.essor.evaluation.api;

import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.evaluation.app.PeriodClosing;
import org.essor.evaluation.domain.Period;
import org.essor.kernel.InvalidValueException;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Closed periods: frozen snapshots of the indicators for a month or a quarter, published on evaluation.period.v1. */
@Path("/api/v1/indicators/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Closed periods", description = "Frozen snapshots of the indicators, for downstream reporting")
public class PeriodResource {

    @Inject
    PeriodClosing closing;

    @Inject
    SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN})
    @Operation(operationId = "closeIndicatorPeriod", summary = "Close a month or a quarter",
            description = "Once it has ended (422 before), and once (409 after): every indicator's value over the period with its year's target and progress, and the streams' watermarks, kept and published as essor.evaluation.period.closed.v1. Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The closed period, at its Location",
            content = @Content(schema = @Schema(implementation = PeriodClosing.ClosedPeriod.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> close(@Valid @NotNull Requests.PeriodRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        Period period = Period.parse(request.period()).orElseThrow(() -> new InvalidValueException("period",
                "a month such as 2026-03 or a quarter such as 2026-Q3"));
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> closing.close(period, actor)
                .map(closed -> Response.created(uri.getBaseUriBuilder().path("api/v1/indicators/periods")
                        .path(period.label()).build()).entity(closed).build()));
    }

    @GET
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Extension(name = "x-essor-unpaged", value = "sixteen closures a year at most")
    @Operation(operationId = "listIndicatorPeriods", summary = "The closed periods", description = "The latest first.")
    @APIResponse(responseCode = "200", description = "The closed periods",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PeriodClosing.ClosedPeriod.class)))
    public Uni<List<PeriodClosing.ClosedPeriod>> list() {
        return closing.list();
    }

    @GET
    @Path("{period}")
    @RolesAllowed({Roles.EVALUATOR, Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
            Roles.EVENTS_OFFICER})
    @Operation(operationId = "getIndicatorPeriod", summary = "A closed period's snapshot")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(schema = @Schema(implementation = PeriodClosing.ClosedPeriod.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<PeriodClosing.ClosedPeriod> get(@PathParam("period") String period) {
        return closing.get(period);
    }
}
