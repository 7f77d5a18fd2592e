package org.essor.registry.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.kernel.InvalidValueException;
import org.essor.registry.app.EnterpriseFilter;
import org.essor.registry.app.EnterpriseQueries;
import org.essor.registry.app.EnterpriseRegister;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseStatus;
import org.essor.registry.domain.LegalFamily;
import org.essor.registry.domain.Rna;
import org.essor.registry.domain.Sector;
import org.essor.registry.domain.Siren;
import org.essor.registry.domain.Siret;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.params.QueryParams;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.patch.MergePatches;
import org.essor.web.problem.Problem;
import org.essor.web.problem.ProblemException;
import org.essor.web.versioning.Versions;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The register of ESS enterprises. */
@Path("/api/v1/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "The register of ESS enterprises")
// Every role reads (an enterprise representative only its own record); writes say who may make them.
@RolesAllowed({Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
        Roles.EVENTS_OFFICER, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
public class EnterpriseResource {

    /** What an enterprise representative may change of its own record. */
    static final Set<String> SELF_SERVICE_FIELDS = Set.of("usualName", "headcountBracket", "declaredFte", "sectors",
            "representative");

    @Inject
    EnterpriseRegister register;

    @Inject
    EnterpriseQueries queries;

    @Inject
    Idempotency idempotency;

    @Inject
    MergePatches patches;

    @Inject
    Paging paging;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "Register an enterprise", description = "Honours Idempotency-Key.")
    public Uni<Response> register(@Valid @NotNull EnterpriseRequest request,
                                  @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        var details = EnterpriseRequests.details(request);
        return idempotency.create(idempotencyKey, request, () -> register.register(details, Actors.of(identity))
                .map(enterprise -> Response.created(uri.getAbsolutePathBuilder().path(enterprise.id().toString()).build())
                        .tag(Versions.etag(enterprise.version())).entity(view(enterprise)).build()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an enterprise")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return register.find(id).map(enterprise -> ok(Callers.visible(identity, enterprise)));
    }

    @GET
    @Path("by-siren/{siren}")
    @Operation(summary = "Find an enterprise by its SIREN")
    public Uni<Response> bySiren(@PathParam("siren") String siren) {
        Siren parsed = Siren.parse(siren);
        return lookup(register.bySiren(parsed));
    }

    @GET
    @Path("by-siret/{siret}")
    @Operation(summary = "Find the enterprise of an establishment by its SIRET")
    public Uni<Response> bySiret(@PathParam("siret") String siret) {
        Siret parsed = Siret.parse(siret);
        return lookup(register.bySiret(parsed));
    }

    @GET
    @Path("by-rna/{rna}")
    @Operation(summary = "Find an association by its RNA number")
    public Uni<Response> byRna(@PathParam("rna") String rna) {
        Rna parsed = Rna.parse(rna);
        return lookup(register.byRna(parsed));
    }

    @GET
    @Operation(summary = "List enterprises", description = "Keyset pagination; with updatedSince, ordered by last update.")
    public Uni<Response> list(@QueryParam("departement") String departement,
                              @QueryParam("legalFamily") String legalFamily,
                              @QueryParam("esusValid") String esusValid,
                              @QueryParam("sector") String sector,
                              @QueryParam("nafPrefix") String nafPrefix,
                              @QueryParam("status") String status,
                              @QueryParam("q") String text,
                              @QueryParam("updatedSince") String updatedSince,
                              @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, EnterpriseQueries.SORT_KEYS);
        if (nafPrefix != null && !nafPrefix.matches("\\d{1,2}(\\.\\d{0,2}[A-Z]?)?")) {
            throw new InvalidValueException("nafPrefix", "the start of a NAF code, such as 88 or 88.9");
        }
        if (departement != null && !departement.matches("\\d{2}|2[AB]|97\\d")) {
            throw new InvalidValueException("departement", "a département code such as 31 or 09");
        }
        EnterpriseFilter filter = new EnterpriseFilter(departement,
                QueryParams.enumValue("legalFamily", legalFamily, LegalFamily.class),
                QueryParams.bool("esusValid", esusValid),
                QueryParams.enumValue("sector", sector, Sector.class), nafPrefix,
                QueryParams.enumValue("status", status, EnterpriseStatus.class), text,
                QueryParams.instant("updatedSince", updatedSince), Callers.ownSiren(identity).orElse(null));
        EnterpriseQueries.Position after = page.isFirst() ? null
                : new EnterpriseQueries.Position(page.after().key(0), page.after().key(1));
        return queries.list(filter, after, page.fetchSize())
                .map(rows -> Page.of(rows, page, e -> {
                    EnterpriseQueries.Position position = EnterpriseQueries.Position.of(e, filter);
                    return Cursor.of(position.sortValue(), position.id());
                }))
                .map(found -> Pages.ok(found.map(this::view), uri));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(summary = "Amend an enterprise (JSON Merge Patch, If-Match)",
            description = "An enterprise representative may change only usualName, headcountBracket, declaredFte, sectors and representative.")
    public Uni<Response> amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        long expected = Versions.required(ifMatch);
        boolean officer = Callers.isOfficer(identity);
        Function<Enterprise, org.essor.registry.domain.EnterpriseDetails> edit = enterprise -> {
            Callers.visible(identity, enterprise);
            EnterpriseRequest current = EnterpriseRequests.of(enterprise);
            EnterpriseRequest changed = patches.apply(current, patch, EnterpriseRequest.class);
            if (!officer) {
                requireSelfServiceOnly(current, changed);
            }
            return EnterpriseRequests.details(changed);
        };
        return register.amend(id, expected, edit, Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Verify an enterprise (If-Match)")
    public Uni<Response> verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.required(ifMatch);
        return register.verify(id, expected, Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{id}/strike-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Strike an enterprise off the register (If-Match)")
    public Uni<Response> strikeOff(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull TransitionRequests.StrikeOff request) {
        long expected = Versions.required(ifMatch);
        return register.strikeOff(id, expected, request.on(), request.reason(), request.comment(), Actors.of(identity))
                .map(this::ok);
    }

    @PUT
    @Path("{id}/esus-agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(summary = "Set or renew the ESUS agreement (If-Match)")
    public Uni<Response> grantEsus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull TransitionRequests.EsusAgreement request) {
        long expected = Versions.required(ifMatch);
        return register.grantEsus(id, expected, request.grantedOn(), request.validUntil(), request.departement(),
                Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{id}/representative-erasure")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(summary = "Erase the representative's personal data (If-Match)")
    public Uni<Response> eraseRepresentative(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.required(ifMatch);
        return register.find(id).map(enterprise -> Callers.visible(identity, enterprise))
                .flatMap(visible -> register.eraseRepresentative(id, expected, Actors.of(identity)))
                .map(this::ok);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.ENTERPRISE})
    @Operation(summary = "Every version of an enterprise: what changed, who and when (oldest first, paged)")
    public Uni<Response> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 1);
        long after = page.isFirst() ? -1 : page.after().number(0);
        return register.find(id).map(enterprise -> Callers.visible(identity, enterprise))
                .flatMap(visible -> register.history(id, after, page.fetchSize()))
                .map(versions -> Pages.ok(Page.of(versions.stream().map(HistoryView::of).toList(), page,
                        version -> Cursor.of(version.version())), uri));
    }

    private Uni<Response> lookup(Uni<Enterprise> found) {
        return found.map(enterprise -> ok(Callers.visible(identity, enterprise)));
    }

    private static void requireSelfServiceOnly(EnterpriseRequest current, EnterpriseRequest changed) {
        var fields = EnterpriseRequest.class.getRecordComponents();
        for (var field : fields) {
            if (SELF_SERVICE_FIELDS.contains(field.getName())) {
                continue;
            }
            try {
                if (!java.util.Objects.equals(field.getAccessor().invoke(current), field.getAccessor().invoke(changed))) {
                    throw new ProblemException(Problem.of(403, "forbidden", "Forbidden",
                            "Only a registry officer can change '" + field.getName() + "'"));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Response ok(Enterprise enterprise) {
        return Versions.ok(view(enterprise), enterprise.version());
    }

    private EnterpriseView view(Enterprise enterprise) {
        return EnterpriseView.of(enterprise, LocalDate.now(clock), Callers.seesPersonalData(identity));
    }
}
