package org.essor.programmes.api;

import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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
import org.essor.events.audit.AuditEntry;
import org.essor.events.audit.AuditTrail;
import org.essor.kernel.Actor;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.essor.programmes.app.Annotations;
import org.essor.programmes.app.ApplicationChanges;
import org.essor.programmes.app.ApplicationHistory;
import org.essor.programmes.app.Applications;
import org.essor.security.Visibility;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.ApplicationStatus;
import org.essor.programmes.domain.PersonApplicant;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.params.QueryParams;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Applications to calls. Enterprises apply through partner systems or their representatives; a person applies
 * through the public form and follows the application with its secret link; programme officers review and decide.
 */
@Path("/api/v1/programme-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications to calls, from draft to decision")
public class ApplicationResource {

    static final String OFFICERS = Roles.PROGRAMME_OFFICER;

    @Inject
    Applications applications;

    @Inject
    ApplicationHistory history;

    @Inject
    Annotations annotations;


    @Inject
    Idempotency idempotency;

    @Inject
    PublicApplicationLimiter limiter;

    @Inject
    Paging paging;

    @Inject
    AuditTrail audit;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @Inject
    RoutingContext http;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "applyToCall", summary = "An enterprise applies to a call",
            description = "Creates a draft application of an enterprise known from the registry's events (enterpriseId), or, where the programme takes them, of an enterprise known only by a valid SIREN and not (yet) in the ESS register (siren, with the département it applies from); an enterprise representative applies only for its own enterprise (another one is not found, as an unknown one). A call of the Fabrique à Initiatives takes applications that take up a territorial need (needId). The optional declarations are counted over calls only, never shown nor published with the application. A partner's application stays in the hands of its OAuth client: a partner acts only on what its own client created. Submit it afterwards.")
    @APIResponse(responseCode = "201", description = "The draft application, at its Location",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> apply(@Valid @NotNull Requests.EnterpriseApplication request, @HeaderParam(Idempotency.HEADER) String key) {
        Visibility caller = Callers.visibility(identity);
        Actor actor = actor();
        if ((request.enterpriseId() == null) == (request.siren() == null)) {
            throw new RuleViolationException(new Violation("enterpriseId",
                    "give either enterpriseId (an enterprise of the register) or siren (one not in it)"));
        }
        var project = new Applications.Project(request.stage(), request.projectTitle(), request.needId(),
                Requests.Declared.of(request.declarations()));
        return idempotency.create(key, request, () -> (request.enterpriseId() != null
                ? applications.applyAsEnterprise(request.callId(), request.enterpriseId(), project, caller.onlySiren(),
                        caller.onlyClient(), actor)
                : applications.applyAsUnregistered(request.callId(), request.siren(), request.departement(), project,
                        caller.onlySiren(), caller.onlyClient(), actor))
                .map(application -> created(application, Audience.of(identity), null)));
    }

    @POST
    @Path("public")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "applyToCallAsPerson", summary = "A person with a project applies, without an account",
            description = "To a call of a programme that takes people with a project and no enterprise yet (YESS Académie, the creation track of REALIS, the social-innovation incubators, the Fabrique à Initiatives with the territorial need taken up...). The optional declarations are counted over calls only, never shown nor published with the application. Answers with followUrl, the secret link to follow, submit or withdraw the application. The answer is the same whether or not the e-mail already applied (officers see possible duplicates). Limited per address (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "The draft application with its followUrl",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Uni<Response> applyAsPerson(@Valid @NotNull Requests.PersonApplication request) {
        Actor applicant = Actors.anonymous("applicant");
        return limiter.acquire(http)
                .map(admitted -> PersonApplicant.of(request.name(), request.email(), request.phone(), request.communeCode(),
                        request.projectSummary(), request.theme()))
                .flatMap(person -> applications.applyAsPerson(request.callId(), person, request.projectTitle(), request.needId(),
                        Requests.Declared.of(request.declarations()), applicant))
                .map(created -> created(created.application(), Audience.APPLICANT, followUrl(created.secret())));
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "listApplications", summary = "List applications",
            description = "In order of last change, in pages; updatedSince for incremental sync. An enterprise representative sees its own enterprise's applications, a partner those its own client created.")
    @APIResponse(responseCode = "200", description = "A page of applications",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.ApplicationView.class)))
    public Uni<Response> list(@Parameter(description = "Only the applications to this call") @QueryParam("callId") UUID callId,
                              @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) @QueryParam("status") String status,
                              @Parameter(description = "Only applications changed at or after this instant (RFC 3339)",
                                      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                              @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        Visibility visibility = Callers.visibility(identity);
        Audience audience = Audience.of(identity);
        PageRequest page = paging.request(limit, cursor, 2);
        return applications.list(callId, QueryParams.enumValue("status", status, ApplicationStatus.class),
                        QueryParams.instant("updatedSince", updatedSince), visibility,
                        page.isFirst() ? null : page.after().instant(0),
                        page.isFirst() ? null : page.after().uuid(1), page.fetchSize())
                .map(found -> Pages.ok(Page.of(found, page, a -> Cursor.of(a.updatedAt(), a.id()))
                        .map(a -> Views.ApplicationView.of(a, audience, null)), uri));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getApplication", summary = "Read an application",
            description = "Officers see everything; evaluators the facts and review scores, without officers' words or names; applicants their status, score and the motivation of a decision. Another enterprise's application, or for a partner one another client created, is not found.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return visible(id).map(this::ok);
    }

    @GET
    @Path("followed/{secret}")
    @PermitAll
    @Operation(operationId = "getFollowedApplication", summary = "A person follows their application",
            description = "With the secret link the application answered with (followUrl).")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    public Uni<Response> followed(@PathParam("secret") String secret) {
        return applications.bySecret(secret).map(this::asApplicant);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "submitApplication", summary = "Submit an application",
            description = "Submits a draft, or resubmits after corrections were asked (If-Match).")
    @APIResponse(responseCode = "200", description = "The submitted application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Visibility visibility = Callers.visibility(identity);
        return applications.visible(id, visibility).map(found -> Versions.required(ifMatch))
                .flatMap(expected -> applications.submit(id, expected, visibility, actor())).map(this::ok);
    }

    @POST
    @Path("followed/{secret}/submission")
    @PermitAll
    @Operation(operationId = "submitFollowedApplication", summary = "A person submits their application",
            description = "Through its secret link (If-Match).")
    @APIResponse(responseCode = "200", description = "The submitted application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> submitFollowed(@PathParam("secret") String secret, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor applicant = Actors.anonymous("applicant");
        return applications.bySecret(secret).flatMap(found -> applications.submit(found.id(), Versions.required(ifMatch),
                Visibility.ALL, applicant)).map(this::asApplicant);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application",
            description = "An admitted applicant's seat goes to the first waitlisted (If-Match).")
    @APIResponse(responseCode = "200", description = "The withdrawn application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Visibility visibility = Callers.visibility(identity);
        return applications.visible(id, visibility).map(found -> Versions.required(ifMatch))
                .flatMap(expected -> applications.withdraw(id, expected, visibility, actor())).map(this::ok);
    }

    @POST
    @Path("followed/{secret}/withdrawal")
    @PermitAll
    @Operation(operationId = "withdrawFollowedApplication", summary = "A person withdraws their application",
            description = "Through its secret link (If-Match).")
    @APIResponse(responseCode = "200", description = "The withdrawn application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> withdrawFollowed(@PathParam("secret") String secret, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor applicant = Actors.anonymous("applicant");
        return applications.bySecret(secret).flatMap(found -> applications.withdraw(found.id(), Versions.required(ifMatch),
                Visibility.ALL, applicant)).map(this::asApplicant);
    }

    @POST
    @Path("{id}/review-start")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "startApplicationReview", summary = "Start reviewing a submitted application",
            description = "A programme officer takes a submitted application into review (If-Match).")
    @APIResponse(responseCode = "200", description = "The application under review",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> startReview(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return applications.startReview(id, Versions.required(ifMatch), actor()).map(this::ok);
    }

    @POST
    @Path("{id}/corrections-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "requestApplicationCorrections", summary = "Ask the applicant for corrections",
            description = "The note says which corrections are needed (If-Match).")
    @APIResponse(responseCode = "200", description = "The application awaiting corrections",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> requestCorrections(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Valid @NotNull Requests.Note request) {
        return applications.requestCorrections(id, Versions.required(ifMatch), request.note(), actor()).map(this::ok);
    }

    @POST
    @Path("{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "reviewApplication", summary = "Review an application",
            description = "Scores each criterion of the call (0 to 10) with a comment; a reviewer's new review replaces theirs.")
    @APIResponse(responseCode = "200", description = "The application with its reviews",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> review(@PathParam("id") UUID id, @Valid @NotNull Requests.ReviewRequest request) {
        return applications.review(id, request.scores(), request.comment(), actor()).map(this::ok);
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "rejectApplication", summary = "Reject an application",
            description = "With a motivation the applicant reads (If-Match).")
    @APIResponse(responseCode = "200", description = "The rejected application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.Motivation request) {
        return applications.reject(id, Versions.required(ifMatch), request.motivation(), actor()).map(this::ok);
    }

    @POST
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "handOverApplication", summary = "Hand an application over to another partner",
            description = "The partner client named acts on the application from then on, and the one before no longer reaches it (If-Match). Recorded in the history.")
    @APIResponse(responseCode = "200", description = "The application, in the hands of the new client",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> handOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.Handover request) {
        return applications.handOver(id, Versions.required(ifMatch), request.client(), actor()).map(this::ok);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "listApplicationHistory", summary = "The history of an application",
            description = "Every change, when, oldest first; officers also see by whom and the note of each change.")
    public Uni<List<Views.HistoryLine>> history(@PathParam("id") UUID id) {
        Audience audience = Audience.of(identity);
        return visible(id).flatMap(found -> history.of(id))
                .map(lines -> lines.stream().map(line -> Views.HistoryLine.of(line, audience)).toList());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listApplicationAudit", summary = "The audit trail of an application",
            description = "Every change with who made it (user name, token subject, OAuth client, roles), from which address and in which request (correlation id), oldest first, in pages. An erased person's name and address are no longer in it.")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Uni<Response> audit(@PathParam("id") UUID id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 1);
        long after = page.isFirst() ? 0 : page.after().number(0);
        return visible(id).flatMap(found -> audit.of(ApplicationChanges.AUDITED_AS, id, after, page.fetchSize()))
                .map(entries -> Pages.ok(Page.of(entries, page, entry -> Cursor.of(entry.id())), uri));
    }

    @POST
    @Path("{id}/person-erasure")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "erasePersonApplicant", summary = "Erase a person applicant's personal data",
            description = "The right to erasure: name, e-mail, phone and project summary go, and the secret link stops working; pseudonymous statistics remain.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> erasePerson(@PathParam("id") UUID id) {
        return applications.erasePerson(id, actor()).map(person -> Response.noContent().build());
    }

    @POST
    @Path("{id}/annotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "annotateApplication", summary = "Write a private note on an application",
            description = "A note of an officer, never published and never shown to the applicant (Idempotency-Key honoured).")
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(schema = @Schema(implementation = Annotations.Annotation.class)))
    public Uni<Response> annotate(@PathParam("id") UUID id, @Valid @NotNull Requests.Note request,
                                  @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, request, () -> annotations.write(id, request.note(), actor())
                .map(note -> Response.status(201).entity(note).build()));
    }

    @GET
    @Path("{id}/annotations")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
    @Operation(operationId = "listApplicationAnnotations", summary = "The officers' private notes on an application",
            description = "Oldest first.")
    public Uni<List<Annotations.Annotation>> annotations(@PathParam("id") UUID id) {
        return annotations.of(id);
    }

    /** The application, if the caller may see it (see {@link Callers}); else the same 404 as for an unknown id. */
    private Uni<Application> visible(UUID id) {
        return applications.visible(id, Callers.visibility(identity));
    }

    private Response created(Application application, Audience audience, String followUrl) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/programme-applications").path(application.id().toString()).build())
                .tag(Versions.etag(application.version()))
                .entity(Views.ApplicationView.of(application, audience, followUrl)).build();
    }

    private Response ok(Application application) {
        return Versions.ok(Views.ApplicationView.of(application, Audience.of(identity), null), application.version());
    }

    /** For the public endpoints: no identity is resolved, and the person sees what an applicant sees. */
    private Response asApplicant(Application application) {
        return Versions.ok(Views.ApplicationView.of(application, Audience.APPLICANT, null), application.version());
    }

    private String followUrl(String secret) {
        return uri.getBaseUriBuilder().path("api/v1/programme-applications/followed").path(secret).build().toString();
    }

    private Actor actor() {
        return Actors.of(identity);
    }
}
