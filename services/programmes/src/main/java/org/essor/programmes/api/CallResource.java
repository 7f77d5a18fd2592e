package org.essor.programmes.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.enterprises.Eligibility;
import org.essor.enterprises.EnterpriseFacts;
import org.essor.programmes.app.Applications;
import org.essor.programmes.app.CallBoard;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.DeclaredStatistics;
import org.essor.programmes.domain.EligibilityRules;
import org.essor.programmes.domain.Stage;
import org.essor.security.Actors;
import org.essor.security.EnterpriseScope;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.openapi.EssorOpenApiFilter;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.params.QueryParams;
import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Calls for applications: open ones are public; programme officers open them and hold the committee. */
@Path("/api/v1/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calls", description = "Calls for applications of the programmes")
public class CallResource {

    /** Who may ask whether an enterprise may apply: those who apply for one, and those who decide. */
    static final Set<String> ELIGIBILITY_ASKERS = Set.of(Roles.PARTNER, Roles.ENTERPRISE, Roles.PROGRAMME_OFFICER, Roles.ADMIN);

    @Inject
    CallBoard board;

    @Inject
    Applications applications;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    Clock clock;

    @Inject
    Paging paging;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    @Operation(operationId = "listCalls", summary = "List calls for applications",
            description = "Open calls by default, public (status=all for every call: officers and evaluators, with a token). With eligibleFor=<enterpriseId> (and stage), each call says whether that enterprise may apply and why not, from the registry's events: with a token of an applicant (partner, enterprise: its own only) or a programme officer; an enterprise that is unknown, or another enterprise than the representative's own, is not found.")
    @APIResponse(responseCode = "200", description = "A page of calls",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.CallView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> list(@Parameter(description = "The code of a programme, such as REALIS") @QueryParam("programme") String programme,
                              @Parameter(description = "open (the default) or all (officers only)",
                                      schema = @Schema(enumeration = {"open", "all"})) @QueryParam("status") String status,
                              @Parameter(description = "An enterprise of the register: each call says whether it may apply")
                              @QueryParam("eligibleFor") UUID eligibleFor,
                              @Parameter(schema = @Schema(implementation = Stage.class)) @QueryParam("stage") String stage,
                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        boolean all = "all".equalsIgnoreCase(status);
        Stage declared = QueryParams.enumValue("stage", stage, Stage.class);
        Instant now = clock.instant();
        Uni<Void> allowed = !all ? Uni.createFrom().voidItem() : identities.getDeferredIdentity().invoke(who -> {
            if (!(who.hasRole(Roles.PROGRAMME_OFFICER) || who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EVALUATOR))) {
                throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "Only officers list closed calls"));
            }
        }).replaceWithVoid();
        return allowed.flatMap(ok -> enterpriseAsked(eligibleFor))
                .flatMap(enterprise -> board.list(!all, programme, page.isFirst() ? null : page.after().instant(0),
                                page.isFirst() ? null : page.after().uuid(1), page.fetchSize())
                        .map(calls -> calls.stream().map(call -> Views.CallView.of(call, now, enterprise == null ? null
                                : eligibility(board.refusals(call, enterprise, declared), eligibleFor))).toList()))
                .map(views -> Pages.ok(Page.of(views, page, view -> Cursor.of(view.closesAt(), view.id())), uri));
    }

    /**
     * The register's facts of the enterprise whose eligibility is asked (null: none is): they are the register's, so
     * only callers who apply or decide get them, and an enterprise representative only its own enterprise's.
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
            return board.factsOf(eligibleFor, EnterpriseScope.restriction(who).orElse(null));
        });
    }

    private static Eligibility eligibility(List<String> refusals, UUID enterpriseId) {
        return Eligibility.of(enterpriseId, refusals);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getCall", summary = "Read a call",
            description = "Public.")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(schema = @Schema(implementation = Views.CallView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return board.find(id).map(call -> Versions.ok(Views.CallView.of(call, clock.instant(), null), call.version()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "openCall", summary = "Open a call for applications",
            description = "For a programme of the catalogue that takes calls: its départements, dates, seats, eligibility rules and review criteria. A scheme the plan has as to be built or only planned takes no call (409, with the plan's words); an experimental one, or one the plan means to experiment (the Fabrique à Initiatives), does: the plan runs them as trials.")
    @APIResponse(responseCode = "201", description = "The call, at its Location",
            content = @Content(schema = @Schema(implementation = Views.CallView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> open(@Valid @NotNull Requests.OpenCall request, @HeaderParam(Idempotency.HEADER) String key) {
        Requests.Rules rules = request.eligibility() == null
                ? new Requests.Rules(null, null, null, null, false, true) : request.eligibility();
        EligibilityRules eligibility = new EligibilityRules(rules.stages(), rules.legalFamilies(), rules.minEnterpriseAgeYears(),
                rules.maxEnterpriseAgeYears(), rules.esusRequired(), rules.inRegionRequired() == null || rules.inRegionRequired());
        List<Criterion> criteria = request.criteria().stream().map(c -> new Criterion(c.code(), c.label(), c.weight())).toList();
        return idempotency.create(key, request, () -> board.open(request.programme(), request.title(), request.departements(),
                        request.opensAt().toInstant(), request.closesAt().toInstant(), request.seats(), eligibility, criteria,
                        Actors.of(identity))
                .map(call -> Response.created(uri.getAbsolutePathBuilder().path(call.id().toString()).build())
                        .tag(Versions.etag(call.version())).entity(Views.CallView.of(call, clock.instant(), null)).build()));
    }

    @GET
    @Path("{id}/declared-statistics")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "getDeclaredStatistics", summary = "The applicants' declarations, counted over the call",
            description = "Women founders (D.1.1) and actions for people with disabilities (C.1), declared optionally with the applications: only these counts, over the applications submitted and over those admitted, ever leave the service (and the call's decided events). Erasing a person's data leaves them as they were.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = DeclaredStatistics.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<DeclaredStatistics> declaredStatistics(@PathParam("id") UUID id) {
        return applications.declaredStatistics(id);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "decideCall", summary = "Hold the committee of a call",
            description = "Ranks the reviewed applications, admits up to the seats and waitlists the rest; publishes the call's counts (programmes.call.v1). Send the call's ETag in If-Match (the decision moves it): a committee that decided on a stale view of the call gets 412.")
    @APIResponse(responseCode = "200", description = "The decided applications, admitted first; the ETag is the call's new version",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> decide(@PathParam("id") UUID id,
                                @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER,
                                        extensions = @Extension(name = EssorOpenApiFilter.OPTIONAL_IF_MATCH, value = "true"))
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        // Released clients of v1 decide without If-Match: the decision then applies to the call as it is (it locks the call)
        return board.find(id).map(call -> ifMatch == null ? OptionalLong.empty() : OptionalLong.of(Versions.required(ifMatch)))
                .flatMap(expected -> applications.decide(id, expected, Actors.of(identity)))
                .map(decision -> Versions.ok(decision.decided().stream()
                        .map(a -> Views.ApplicationView.of(a, Audience.OFFICER, null)).toList(), decision.call().version()));
    }

}
