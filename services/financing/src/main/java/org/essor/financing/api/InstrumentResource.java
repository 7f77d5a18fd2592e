package org.essor.financing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
import org.essor.enterprises.Departements;
import org.essor.enterprises.Eligibility;
import org.essor.enterprises.EnterpriseFacts;
import org.essor.enterprises.KnownEnterprises;
import org.essor.financing.app.InstrumentDesk;
import org.essor.financing.domain.Instrument;
import org.essor.financing.domain.InstrumentKind;
import org.essor.financing.domain.InstrumentScope;
import org.essor.financing.domain.InstrumentStatus;
import org.essor.financing.domain.Money;
import org.essor.financing.domain.Stage;
import org.essor.kernel.ServiceTime;
import org.essor.persistence.Transactions;
import org.essor.security.Actors;
import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;
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

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The catalogue of the plan's financing instruments (D.3): public to read and filter; with {@code eligibleFor}, an
 * applicant learns which instruments an enterprise may apply to and why not; finance officers maintain it.
 */
@Path("/api/v1/instruments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Instruments", description = "The plan's financing instruments")
public class InstrumentResource {

    static final Set<String> ELIGIBILITY_ASKERS = Set.of(Roles.PARTNER, Roles.ENTERPRISE, Roles.FINANCE_OFFICER, Roles.ADMIN);

    @Inject
    InstrumentDesk desk;

    @Inject
    KnownEnterprises enterprises;

    @Inject
    Paging paging;

    @Inject
    MergePatches patches;

    @Inject
    Idempotency idempotency;

    @Inject
    ServiceTime time;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listInstruments", summary = "List the financing instruments",
            description = "Public. Filters: kind, stage served, provider (part of its name), scope, status, and amount (instruments whose floor and ceiling allow it). With eligibleFor=<enterpriseId> (and amount), each instrument says whether that enterprise may apply and why not, from the registry's events: with a token of an applicant (partner, enterprise: its own only) or a finance officer; an enterprise that is unknown, or another enterprise than the representative's own, is not found.")
    @APIResponse(responseCode = "200", description = "A page of instruments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.InstrumentView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> list(@Parameter(schema = @Schema(implementation = InstrumentKind.class)) @QueryParam("kind") String kind,
                              @Parameter(schema = @Schema(implementation = Stage.class)) @QueryParam("stage") String stage,
                              @Parameter(description = "Part of the provider's name, e.g. France Active") @QueryParam("provider") String provider,
                              @Parameter(schema = @Schema(implementation = InstrumentScope.class)) @QueryParam("scope") String scope,
                              @Parameter(schema = @Schema(implementation = InstrumentStatus.class)) @QueryParam("status") String status,
                              @Parameter(description = "An amount in euros the instrument's floor and ceiling allow",
                                      schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("amount") String amount,
                              @Parameter(description = "An enterprise of the register: each instrument says whether it may apply")
                              @QueryParam("eligibleFor") UUID eligibleFor,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 1);
        BigDecimal asked = amount(amount);
        var filter = new InstrumentDesk.Filter(QueryParams.enumValue("kind", kind, InstrumentKind.class),
                QueryParams.enumValue("stage", stage, Stage.class), blankToNull(provider),
                QueryParams.enumValue("scope", scope, InstrumentScope.class),
                QueryParams.enumValue("status", status, InstrumentStatus.class), eligibleFor == null ? asked : null);
        LocalDate today = time.today();
        return enterpriseAsked(eligibleFor)
                .flatMap(enterprise -> desk.list(filter, page.isFirst() ? null : page.after().text(0), page.fetchSize())
                        .map(found -> found.stream().map(instrument -> Views.InstrumentView.of(instrument, today,
                                enterprise == null ? null : eligibility(instrument, enterprise, asked, today))).toList()))
                .map(views -> Pages.ok(Page.of(views, page, view -> Cursor.of(view.code())), uri));
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getInstrument", summary = "Read a financing instrument", description = "Public.")
    @APIResponse(responseCode = "200", description = "The instrument",
            content = @Content(schema = @Schema(implementation = Views.InstrumentView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("code") String code) {
        return desk.get(code).map(this::ok);
    }

    @GET
    @Path("{code}/versions")
    @PermitAll
    @Operation(operationId = "listInstrumentVersions", summary = "Every version of an instrument",
            description = "Public: the terms after each change, when, by whom and why, from the plan's first version.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.InstrumentVersionView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Views.InstrumentVersionView>> versions(@PathParam("code") String code) {
        return desk.history(code).map(lines -> lines.stream().map(Views.InstrumentVersionView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createInstrument", summary = "Add an instrument to the catalogue",
            description = "A finance officer adds an instrument the plan did not list, or one created since (e.g. the fonds ESS once it exists, under a new code). Honours Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The instrument, at its Location",
            content = @Content(schema = @Schema(implementation = Views.InstrumentView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> create(@Valid @NotNull Requests.NewInstrument request, @HeaderParam(Idempotency.HEADER) String key) {
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> desk.create(request.code(), request.terms().terms(), actor)
                .map(instrument -> Response.created(uri.getBaseUriBuilder().path("api/v1/instruments").path(instrument.code()).build())
                        .tag(Versions.etag(instrument.version()))
                        .entity(Views.InstrumentView.of(instrument, time.today(), null)).build()));
    }

    @PATCH
    @Path("{code}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "changeInstrument", summary = "Change an instrument's terms",
            description = "A JSON Merge Patch (RFC 7396) of the instrument's terms (the fields of InstrumentTerms), with If-Match; changeNote says why, kept with the new version. Every version stays readable at /versions.")
    @APIResponse(responseCode = "200", description = "The instrument, changed",
            content = @Content(schema = @Schema(implementation = Views.InstrumentView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> change(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
                                        schema = @Schema(implementation = Requests.InstrumentTerms.class))) String patch) {
        var actor = Actors.of(identity);
        return desk.get(code).flatMap(found -> {
            long expected = Versions.required(ifMatch);
            JsonNode changes = patches.read(patch);
            return desk.change(code, expected, terms -> patches.apply(Requests.InstrumentTerms.of(terms), changes,
                    Requests.InstrumentTerms.class).terms(), changes.path("changeNote").asText(null), actor);
        }).map(this::ok);
    }

    private Response ok(Instrument instrument) {
        return Versions.ok(Views.InstrumentView.of(instrument, time.today(), null), instrument.version());
    }

    /**
     * The register's facts of the enterprise whose eligibility is asked (null: none is): only applicants and officers
     * get them, and an enterprise representative only its own enterprise's.
     */
    private Uni<EnterpriseFacts> enterpriseAsked(UUID eligibleFor) {
        if (eligibleFor == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().flatMap(who -> {
            if (who.isAnonymous()) {
                throw new UnauthorizedException();
            }
            if (ELIGIBILITY_ASKERS.stream().noneMatch(who::hasRole)) {
                throw new ForbiddenException();
            }
            return Transactions.inSession(() -> enterprises.visibleTo(eligibleFor, EnterpriseScope.restriction(who).orElse(null)));
        });
    }

    private static Eligibility eligibility(Instrument instrument, EnterpriseFacts enterprise, BigDecimal amount, LocalDate today) {
        List<String> reasons = new java.util.ArrayList<>(instrument.refusals(amount, today));
        reasons.addAll(instrument.conditions().refusals(enterprise, "the instrument", Departements.OCCITANIE, today));
        return Eligibility.of(enterprise.enterpriseId(), reasons);
    }

    private static BigDecimal amount(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(raw.trim());
            if (Money.valid(amount)) {
                return amount;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("amount", "an amount in euros above 0 with at most two decimals");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
