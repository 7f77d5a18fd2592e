package org.essor.registry.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.events.audit.AuditEntry;
import org.essor.events.audit.AuditTrail;
import org.essor.kernel.Actor;
import org.essor.kernel.InvalidValueException;
import org.essor.registry.app.EnterpriseAccess;
import org.essor.registry.app.EnterpriseChanges;
import org.essor.registry.app.EnterpriseFilter;
import org.essor.registry.app.EnterpriseQueries;
import org.essor.registry.app.EnterpriseReads;
import org.essor.registry.app.EnterpriseRegister;
import org.essor.registry.app.EnterpriseSnapshot;
import org.essor.registry.app.EssConditions;
import org.essor.registry.app.DeclaredFigures;
import org.essor.registry.app.NetworksAndAgreements;
import org.essor.registry.domain.Enterprise;
import org.essor.registry.domain.EnterpriseStatus;
import org.essor.registry.domain.EssConditionDeclaration;
import org.essor.registry.domain.Figures;
import org.essor.registry.domain.InclusionAgreement;
import org.essor.registry.domain.LegalCategory;
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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The register of ESS enterprises. */
@Path(EnterpriseResource.ENTERPRISES)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enterprises", description = "The register of ESS enterprises")
// Every role reads (an enterprise representative only its own record); writes say who may make them.
@RolesAllowed({Roles.ADMIN, Roles.REGISTRY_OFFICER, Roles.PROGRAMME_OFFICER, Roles.FINANCE_OFFICER,
        Roles.EVENTS_OFFICER, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
public class EnterpriseResource {

    static final String ENTERPRISES = "/api/v1/enterprises";

    /** What an enterprise representative may change of its own record. */
    static final Set<String> SELF_SERVICE_FIELDS = Set.of("usualName", "headcountBracket", "declaredFte", "sectors",
            "representative");

    @Inject
    EnterpriseRegister register;

    @Inject
    EnterpriseQueries queries;

    @Inject
    EnterpriseReads reads;

    @Inject
    AuditTrail audit;

    @Inject
    EssConditions essConditions;

    @Inject
    NetworksAndAgreements networksAndAgreements;

    @Inject
    DeclaredFigures declaredFigures;

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

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.PARTNER})
    @Operation(operationId = "registerEnterprise", summary = "Register an enterprise",
            description = "Registers an ESS enterprise with its establishments. Identifiers are checked (SIREN and SIRET "
                    + "check digits, RNA form, INSEE codes); one already in the register is a 409.")
    @APIResponse(responseCode = "201", description = "Registered: the enterprise, at its Location",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> register(@Valid @NotNull EnterpriseRequest request,
                                  @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        var details = EnterpriseRequests.details(request);
        return idempotency.create(idempotencyKey, request, () -> register.register(details, Actors.of(identity))
                .map(enterprise -> Response.created(uri.getAbsolutePathBuilder().path(enterprise.id().toString()).build())
                        .tag(Versions.etag(enterprise.version())).entity(view(enterprise)).build()));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEnterprise", summary = "Read an enterprise",
            description = "The representative's personal data appears only to registry officers, administrators and the "
                    + "enterprise itself; an enterprise representative reads only its own record.")
    @APIResponse(responseCode = "200", description = "The enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return reads.find(id, Callers.readable(identity)).map(this::ok);
    }

    @GET
    @Path("by-siren/{siren}")
    @Operation(operationId = "findEnterpriseBySiren", summary = "Find an enterprise by its SIREN",
            description = "A SIREN that is not 9 digits with a valid check digit is a 400.")
    @APIResponse(responseCode = "200", description = "The enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> bySiren(@PathParam("siren") String siren) {
        Siren parsed = Siren.parse(siren);
        return reads.bySiren(parsed, Callers.readable(identity)).map(this::ok);
    }

    @GET
    @Path("by-siret/{siret}")
    @Operation(operationId = "findEnterpriseBySiret", summary = "Find the enterprise of an establishment by its SIRET",
            description = "A SIRET that is not 14 digits with a valid check digit is a 400.")
    @APIResponse(responseCode = "200", description = "The enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> bySiret(@PathParam("siret") String siret) {
        Siret parsed = Siret.parse(siret);
        return reads.bySiret(parsed, Callers.readable(identity)).map(this::ok);
    }

    @GET
    @Path("by-rna/{rna}")
    @Operation(operationId = "findEnterpriseByRna", summary = "Find an association by its RNA number",
            description = "RNA numbers are W followed by 9 characters, such as W9P1002760.")
    @APIResponse(responseCode = "200", description = "The association",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> byRna(@PathParam("rna") String rna) {
        Rna parsed = Rna.parse(rna);
        return reads.byRna(parsed, Callers.readable(identity)).map(this::ok);
    }

    @GET
    @Operation(operationId = "listEnterprises", summary = "List enterprises",
            description = "Filtered, in pages (cursor). With updatedSince, in order of last update, for incremental sync; "
                    + "an enterprise representative sees only its own enterprise.")
    @APIResponse(responseCode = "200", description = "A page of enterprises",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EnterpriseView.class)))
    public Uni<Response> list(@Parameter(description = "Département code of an establishment, such as 31 or 09")
                              @QueryParam("departement") String departement,
                              @Parameter(schema = @Schema(implementation = LegalFamily.class)) @QueryParam("legalFamily") String legalFamily,
                              @Parameter(description = "Whether the ESUS agreement is valid today", schema = @Schema(type = SchemaType.BOOLEAN))
                              @QueryParam("esusValid") String esusValid,
                              @Parameter(schema = @Schema(implementation = Sector.class)) @QueryParam("sector") String sector,
                              @Parameter(description = "The start of a NAF code, such as 88 or 88.9") @QueryParam("nafPrefix") String nafPrefix,
                              @Parameter(schema = @Schema(implementation = EnterpriseStatus.class)) @QueryParam("status") String status,
                              @Parameter(description = "Words of the legal or usual name") @QueryParam("q") String text,
                              @Parameter(description = "Only enterprises changed at or after this instant (RFC 3339)",
                                      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
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
                QueryParams.instant("updatedSince", updatedSince), Callers.readable(identity).onlySiren());
        EnterpriseQueries.Position after = page.isFirst() ? null
                : new EnterpriseQueries.Position(page.after().key(0), page.after().key(1));
        return queries.list(filter, after, page.fetchSize())
                .map(rows -> Page.of(rows, page, e -> {
                    EnterpriseQueries.Position position = EnterpriseQueries.Position.of(e, filter);
                    return Cursor.of(position.sortValue(), position.id());
                }))
                .map(found -> Pages.ok(found.map(e -> view(e)), uri));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(operationId = "amendEnterprise", summary = "Amend an enterprise",
            description = "A JSON Merge Patch (RFC 7396) of the registration fields, with If-Match. An enterprise "
                    + "representative may change only usualName, headcountBracket, declaredFte, sectors and representative.")
    @APIResponse(responseCode = "200", description = "The amended enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
                                       schema = @Schema(type = SchemaType.OBJECT, description = "The fields of EnterpriseRequest "
                                               + "to change; null removes an optional field (RFC 7396)"))) String patch) {
        EnterpriseAccess access = Callers.changeable(identity);
        boolean officer = Callers.isOfficer(identity);
        Actor actor = Actors.of(identity);
        return requireReachable(id, access).flatMap(reachable -> {
            long expected = Versions.required(ifMatch);
            return mergePatch(patch).flatMap(changes -> register.amend(id, access, expected, enterprise -> {
                EnterpriseRequest current = EnterpriseRequests.of(enterprise);
                EnterpriseRequest changed = patches.apply(current, changes, EnterpriseRequest.class);
                if (!officer) {
                    requireSelfServiceOnly(current, changed);
                }
                return EnterpriseRequests.details(changed);
            }, actor));
        }).map(this::ok);
    }

    @POST
    @Path("{id}/verification")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "verifyEnterprise", summary = "Verify an enterprise",
            description = "A registry officer confirms the record against official sources (If-Match).")
    @APIResponse(responseCode = "200", description = "The verified enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> verify(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long expected = Versions.required(ifMatch);
        return register.verify(id, expected, Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{id}/strike-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "strikeOffEnterprise", summary = "Strike an enterprise off the register",
            description = "On a date, for a reason; the comment stays in the registry (If-Match).")
    @APIResponse(responseCode = "200", description = "The struck-off enterprise",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
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
    @Operation(operationId = "grantEsusAgreement", summary = "Set or renew the ESUS agreement",
            description = "The ESUS agreement granted by the prefect of a département, valid until a date (If-Match).")
    @APIResponse(responseCode = "200", description = "The enterprise with its agreement",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> grantEsus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull TransitionRequests.EsusAgreement request) {
        long expected = Versions.required(ifMatch);
        return register.grantEsus(id, expected, request.grantedOn(), request.validUntil(), request.departement(),
                Actors.of(identity)).map(this::ok);
    }

    @GET
    @Path("{id}/ess-conditions")
    @Operation(operationId = "getEssConditions", summary = "The conditions of a société commerciale de l'ESS",
            description = "Each condition of article 1 of the law of 31 July 2014 the company declared, with its date and "
                    + "the reference of its evidence, and the ESS basis they give; an enterprise representative reads only "
                    + "its own.")
    @APIResponse(responseCode = "200", description = "The declared conditions",
            content = @Content(schema = @Schema(implementation = EssConditionsView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> essConditions(@PathParam("id") UUID id) {
        return essConditions.of(id, Callers.readable(identity))
                .map(declared -> Versions.ok(EssConditionsView.of(declared), declared.version()));
    }

    @PUT
    @Path("{id}/ess-conditions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(operationId = "declareEssConditions", summary = "Declare the conditions of a société commerciale de l'ESS",
            description = "Every condition of article 1 of the law of 31 July 2014 (a goal other than sharing profits, "
                    + "democratic governance, profits mostly reinvested, undistributable reserves, social utility and the "
                    + "management principles), each with the date it was declared and the reference of its evidence "
                    + "(If-Match). A commercial company is a société commerciale de l'ESS only when it declares them all; "
                    + "a statutory family (association, cooperative, mutual, foundation) has none to declare. An "
                    + "enterprise representative declares its own enterprise's.")
    @APIResponse(responseCode = "200", description = "The declared conditions",
            content = @Content(schema = @Schema(implementation = EssConditionsView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> declareEssConditions(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                              @Valid @NotNull TransitionRequests.EssConditionsRequest request) {
        EnterpriseAccess access = Callers.changeable(identity);
        Actor actor = Actors.of(identity);
        return requireReachable(id, access).flatMap(reachable -> register.declareEssConditions(id, access,
                        Versions.required(ifMatch), request.conditions().stream()
                                .map(c -> new EssConditionDeclaration(c.condition(), c.declaredOn(), c.evidence())).toList(),
                        actor))
                .map(enterprise -> Versions.ok(EssConditionsView.of(EssConditions.Declared.of(enterprise)),
                        enterprise.version()));
    }

    @GET
    @Path("{id}/networks")
    @Operation(operationId = "getEnterpriseNetworks", summary = "The ESS networks of an enterprise",
            description = "The têtes de réseau it belongs to (URSCOP, COORACE, MOUVES, Mouvement associatif, URIOPSS, "
                    + "UDES, CRESS...); an enterprise representative reads only its own.")
    @APIResponse(responseCode = "200", description = "The networks",
            content = @Content(schema = @Schema(implementation = NetworksView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> networks(@PathParam("id") UUID id) {
        return networksAndAgreements.networks(id, Callers.readable(identity))
                .map(found -> Versions.ok(new NetworksView(id, found.networks()), found.version()));
    }

    @PUT
    @Path("{id}/networks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(operationId = "setEnterpriseNetworks", summary = "Set the ESS networks of an enterprise",
            description = "Every network the enterprise belongs to (If-Match); an enterprise representative sets its own "
                    + "enterprise's.")
    @APIResponse(responseCode = "200", description = "The networks",
            content = @Content(schema = @Schema(implementation = NetworksView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> setNetworks(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid @NotNull TransitionRequests.NetworksRequest request) {
        EnterpriseAccess access = Callers.changeable(identity);
        Actor actor = Actors.of(identity);
        return requireReachable(id, access)
                .flatMap(reachable -> register.setNetworks(id, access, Versions.required(ifMatch), request.networks(), actor))
                .map(enterprise -> Versions.ok(new NetworksView(id, enterprise.networks().stream().sorted().toList()),
                        enterprise.version()));
    }

    @GET
    @Path("{id}/inclusion-agreements")
    @Operation(operationId = "getInclusionAgreements", summary = "The IAE and EA agreements of an enterprise",
            description = "Its agreements as a structure of the insertion par l'activité économique (EI, ETTI, ACI, AI) "
                    + "or an entreprise adaptée (EA), with their dates and whether they are valid today; an enterprise "
                    + "representative reads only its own.")
    @APIResponse(responseCode = "200", description = "The agreements",
            content = @Content(schema = @Schema(implementation = InclusionAgreementsView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> inclusionAgreements(@PathParam("id") UUID id) {
        return networksAndAgreements.agreements(id, Callers.readable(identity))
                .map(found -> Versions.ok(InclusionAgreementsView.of(id, found.agreements(), LocalDate.now(clock)),
                        found.version()));
    }

    @PUT
    @Path("{id}/inclusion-agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "setInclusionAgreements", summary = "Set the IAE and EA agreements of an enterprise",
            description = "Every agreement the enterprise holds, one per kind (EI, ETTI, ACI, AI, EA), each granted on a "
                    + "date that is not in the future and valid until a date if it has one (If-Match).")
    @APIResponse(responseCode = "200", description = "The agreements",
            content = @Content(schema = @Schema(implementation = InclusionAgreementsView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> setInclusionAgreements(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                @Valid @NotNull TransitionRequests.InclusionAgreementsRequest request) {
        long expected = Versions.required(ifMatch);
        return register.setInclusionAgreements(id, expected, request.agreements().stream()
                        .map(a -> new InclusionAgreement(a.kind(), a.grantedOn(), a.validUntil())).toList(), Actors.of(identity))
                .map(enterprise -> Versions.ok(InclusionAgreementsView.of(id, enterprise.inclusionAgreements(),
                        LocalDate.now(clock)), enterprise.version()));
    }

    @GET
    @Path("{id}/figures")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.ENTERPRISE})
    @Operation(operationId = "getEnterpriseFigures", summary = "The figures an enterprise declared",
            description = "For each reference date, the whole enterprise's and its establishments' average salaried "
                    + "headcount, employees on 31 December and gross payroll (plan A.2), newest first; an enterprise "
                    + "representative reads only its own.")
    @APIResponse(responseCode = "200", description = "The declared figures",
            content = @Content(schema = @Schema(implementation = FiguresView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> figures(@PathParam("id") UUID id) {
        return declaredFigures.of(id, Callers.withReadableHistory(identity))
                .map(found -> Versions.ok(FiguresView.of(id, found.figures()), found.version()));
    }

    @PUT
    @Path("{id}/figures/{referenceDate}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(operationId = "declareEnterpriseFigures", summary = "Declare the figures of a reference date",
            description = "The figures of the date (such as 2024-12-31), replacing those declared for it before: at most "
                    + "one line without SIRET (the whole enterprise) and one per establishment of the enterprise (If-Match). "
                    + "An enterprise representative declares its own enterprise's.")
    @APIResponse(responseCode = "200", description = "Every declared figure of the enterprise",
            content = @Content(schema = @Schema(implementation = FiguresView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> declareFigures(@PathParam("id") UUID id,
                                        @Parameter(description = "The date the figures refer to, YYYY-MM-DD",
                                                schema = @Schema(type = SchemaType.STRING, format = "date"))
                                        @PathParam("referenceDate") String referenceDate,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull TransitionRequests.FiguresRequest request) {
        EnterpriseAccess access = Callers.changeable(identity);
        Actor actor = Actors.of(identity);
        return requireReachable(id, access).flatMap(reachable -> {
            LocalDate date = referenceDate(referenceDate);
            java.util.List<Figures> figures = new java.util.ArrayList<>();
            for (int i = 0; i < request.figures().size(); i++) {
                var line = request.figures().get(i);
                String field = "figures[" + i + "].siret";
                Siret siret = line.siret() == null || line.siret().isBlank() ? null : siret(field, line.siret());
                figures.add(new Figures(date, siret, line.headcount(), line.employeesAtYearEnd(), line.grossPayroll()));
            }
            return register.declareFigures(id, access, Versions.required(ifMatch), date, figures, actor);
        }).map(enterprise -> Versions.ok(FiguresView.of(id, enterprise.figuresOfEveryDate()), enterprise.version()));
    }

    @POST
    @Path("{id}/scop-conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "convertEnterpriseIntoScop", summary = "Record the conversion of a company into a SCOP",
            description = "A commercial company becomes a SCOP on a date (a transmission to its employees, plan C.2): its "
                    + "legal category becomes a SCOP's (5458, 5558 or 5658), it is a cooperative by its statutes from then "
                    + "on and its conditions of a société commerciale de l'ESS are dropped (If-Match).")
    @APIResponse(responseCode = "200", description = "The enterprise, now a SCOP",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> convertIntoScop(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @NotNull TransitionRequests.ScopConversion request) {
        long expected = Versions.required(ifMatch);
        LegalCategory category = LegalCategory.parse(request.legalCategory());
        return register.convertIntoScop(id, expected, category, request.on(), Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{id}/representative-erasure")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.ENTERPRISE})
    @Operation(operationId = "eraseEnterpriseRepresentative", summary = "Erase the representative's personal data",
            description = "The right to erasure: name, e-mail and phone of the representative are erased (If-Match), "
                    + "with what else showed them: the stored answers of Idempotency-Keys and the audit trail's traces "
                    + "of the enterprise's own account.")
    @APIResponse(responseCode = "200", description = "The enterprise without its representative",
            content = @Content(schema = @Schema(implementation = EnterpriseView.class)))
    public Uni<Response> eraseRepresentative(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EnterpriseAccess access = Callers.changeable(identity);
        Actor actor = Actors.of(identity);
        return requireReachable(id, access)
                .flatMap(reachable -> register.eraseRepresentative(id, access, Versions.required(ifMatch), actor,
                        () -> idempotency.forgetAnswersAbout(ENTERPRISES + "/" + id)))
                .map(this::ok);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.ENTERPRISE})
    @Operation(operationId = "listEnterpriseHistory", summary = "The history of an enterprise",
            description = "Every version of an enterprise: what changed, who and when, oldest first, in pages.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryView.class)))
    public Uni<Response> history(@PathParam("id") UUID id, @QueryParam("limit") Integer limit,
                                 @QueryParam("cursor") String cursor) {
        return reads.find(id, Callers.withReadableHistory(identity)).flatMap(reachable -> {
            PageRequest page = paging.request(limit, cursor, 1);
            long after = page.isFirst() ? -1 : page.after().number(0);
            return register.history(id, after, page.fetchSize())
                    .map(versions -> Pages.ok(Page.of(versions.stream().map(HistoryView::of).toList(), page,
                            version -> Cursor.of(version.version())), uri));
        });
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.REGISTRY_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listEnterpriseAudit", summary = "The audit trail of an enterprise",
            description = "Every change with who made it (user name, token subject, OAuth client, roles), from which address and in which request (correlation id), oldest first, in pages. The name and address of an erased representative acting for the enterprise are no longer in it.")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Uni<Response> audit(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 1);
        long after = page.isFirst() ? 0 : page.after().number(0);
        return reads.find(id, EnterpriseAccess.EVERY)
                .flatMap(found -> audit.of(EnterpriseChanges.AUDITED_AS, id, after, page.fetchSize()))
                .map(entries -> Pages.ok(Page.of(entries, page, entry -> Cursor.of(entry.id())), uri));
    }

    /**
     * Fails with the register's one 404 when the caller is limited to its own enterprise and this is not it. Checked
     * first, so that nothing else (If-Match, the body) tells another enterprise's record from one that does not exist.
     */
    private Uni<Void> requireReachable(UUID id, EnterpriseAccess access) {
        return access.isRestricted() ? reads.find(id, access).replaceWithVoid() : Uni.createFrom().voidItem();
    }

    /** The body of a merge patch, read only once the scope is checked; unreadable JSON is the platform's 400. */
    private Uni<JsonNode> mergePatch(String body) {
        try {
            return Uni.createFrom().item(json.readTree(body == null ? "" : body));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static LocalDate referenceDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidValueException("referenceDate", "a date written YYYY-MM-DD, such as 2024-12-31");
        }
    }

    private static Siret siret(String field, String value) {
        try {
            return Siret.parse(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.reason());
        }
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
        return ok(EnterpriseSnapshot.of(enterprise));
    }

    private Response ok(EnterpriseSnapshot enterprise) {
        return Versions.ok(view(enterprise), enterprise.version());
    }

    private EnterpriseView view(Enterprise enterprise) {
        return view(EnterpriseSnapshot.of(enterprise));
    }

    private EnterpriseView view(EnterpriseSnapshot enterprise) {
        return EnterpriseView.of(enterprise, LocalDate.now(clock), Callers.seesPersonalData(identity, enterprise.siren()));
    }
}
