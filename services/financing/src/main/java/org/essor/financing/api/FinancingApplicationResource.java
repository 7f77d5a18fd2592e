package org.essor.financing.api;

import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

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
import org.essor.financing.app.ApplicationHistory;
import org.essor.financing.app.FinancingApplications;
import org.essor.financing.domain.ApplicationStatus;
import org.essor.financing.domain.FinancingApplication;
import org.essor.kernel.ServiceTime;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.security.Visibility;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.paging.Cursor;
import org.essor.web.paging.Page;
import org.essor.web.paging.PageRequest;
import org.essor.web.paging.Pages;
import org.essor.web.paging.Paging;
import org.essor.web.params.QueryParams;
import org.essor.web.patch.MergePatches;
import org.essor.web.versioning.Versions;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Financing applications (dossiers): an enterprise applies through a partner system or its representative and
 * follows its file; finance officers instruct, take it to the committee, decide, contract and pay.
 */
@Path("/api/v1/financing-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Financing applications", description = "Financing applications, from draft to repayment")
public class FinancingApplicationResource {

    private static final String PATH = "api/v1/financing-applications";

    @Inject
    FinancingApplications applications;

    @Inject
    ApplicationHistory history;

    @Inject
    Idempotency idempotency;

    @Inject
    Paging paging;

    @Inject
    MergePatches patches;

    @Inject
    ServiceTime time;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "applyForFinancing", summary = "An enterprise applies to an instrument",
            description = "Creates a draft application of an enterprise known from the registry's events to an instrument that takes applications (409 otherwise: an instrument the plan means to create or deploy, a closed window). The enterprise must meet the instrument's conditions and the project its amount rules: floor and ceiling; for a guarantee, the bank loan, its lender and a rate at most the instrument's maximum (the guaranteed amount follows); the amount and the other funders within the project's budget (422 with every reason). An enterprise representative applies for its own enterprise only (another one is not found, as an unknown one); a partner's application stays in the hands of its OAuth client. Honours Idempotency-Key. Submit it afterwards.")
    @APIResponse(responseCode = "201", description = "The draft, at its Location",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")})
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> apply(@Valid @NotNull Requests.NewApplication request, @HeaderParam(Idempotency.HEADER) String key) {
        Visibility caller = Callers.visibility(identity);
        var actor = Actors.of(identity);
        return idempotency.create(key, request, () -> applications.draft(request.enterpriseId(), request.instrumentCode(),
                        request.project().project(), caller, caller.onlyClient(), actor)
                .map(application -> Response.created(uri.getBaseUriBuilder().path(PATH).path(application.id().toString()).build())
                        .tag(Versions.etag(application.version())).entity(view(application)).build()));
    }

    @GET
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "listFinancingApplications", summary = "List financing applications",
            description = "In order of last change, in pages; updatedSince for incremental sync. An enterprise representative sees its own enterprise's, a partner those its own client created.")
    @APIResponse(responseCode = "200", description = "A page of applications",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.ApplicationView.class)))
    public Uni<Response> list(@Parameter(schema = @Schema(implementation = ApplicationStatus.class)) @QueryParam("status") String status,
                              @Parameter(description = "An instrument's code") @QueryParam("instrumentCode") String instrumentCode,
                              @QueryParam("enterpriseId") UUID enterpriseId,
                              @Parameter(description = "Only applications changed at or after this instant (RFC 3339)",
                                      schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                              @QueryParam("updatedSince") String updatedSince, @QueryParam("limit") Integer limit,
                              @QueryParam("cursor") String cursor) {
        PageRequest page = paging.request(limit, cursor, 2);
        return applications.list(QueryParams.enumValue("status", status, ApplicationStatus.class), instrumentCode, enterpriseId,
                        QueryParams.instant("updatedSince", updatedSince), Callers.visibility(identity),
                        page.isFirst() ? null : page.after().instant(0), page.isFirst() ? null : page.after().uuid(1),
                        page.fetchSize())
                .map(found -> Pages.ok(Page.of(found, page, a -> Cursor.of(a.updatedAt(), a.id())).map(this::view), uri));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getFinancingApplication", summary = "Read a financing application",
            description = "Another enterprise's application, or for a partner one another client created, is not found.")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)),
            headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return applications.visible(id, Callers.visibility(identity)).map(this::ok);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getFinancingApplicationHistory", summary = "The history of an application",
            description = "Every change: version, status after, when, why; who, for finance officers.")
    @APIResponse(responseCode = "200", description = "The history, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Views.HistoryLine.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Uni<List<Views.HistoryLine>> history(@PathParam("id") UUID id) {
        boolean officer = Callers.officer(identity);
        return applications.visible(id, Callers.visibility(identity)).flatMap(found -> history.of(id))
                .map(lines -> lines.stream().map(line -> Views.HistoryLine.of(line, officer)).toList());
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "reviseFinancingApplication", summary = "Revise a draft, or a file sent back for corrections",
            description = "A JSON Merge Patch (RFC 7396) of the project (the fields of ProjectRequest), with If-Match; the instrument's rules are checked again.")
    @APIResponse(responseCode = "200", description = "The revised application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
                                        schema = @Schema(implementation = Requests.ProjectRequest.class))) String patch) {
        Visibility visibility = Callers.visibility(identity);
        var actor = Actors.of(identity);
        return applications.visible(id, visibility).flatMap(current -> {
            long expected = Versions.required(ifMatch);
            Requests.ProjectRequest changed = patches.apply(Requests.ProjectRequest.of(current), patches.read(patch),
                    Requests.ProjectRequest.class);
            return applications.revise(id, expected, changed.project(), visibility, actor);
        }).map(this::ok);
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "submitFinancingApplication", summary = "Submit an application",
            description = "Submits a draft, or resubmits after corrections were asked (If-Match), while the instrument takes applications.")
    @APIResponse(responseCode = "200", description = "The submitted application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> submit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Visibility visibility = Callers.visibility(identity);
        return transition(id, ifMatch, visibility, expected -> applications.submit(id, expected, visibility, Actors.of(identity)));
    }

    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.ENTERPRISE, Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "closeFinancingApplication", summary = "Close an application without follow-up",
            description = "Before the decision (the applicant gives up, or never answered), or approved and not yet contracted (the applicant renounces: the commitment goes back to the envelope). The reason is required (If-Match).")
    @APIResponse(responseCode = "200", description = "The closed application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull Requests.Reason request) {
        Visibility visibility = Callers.visibility(identity);
        return transition(id, ifMatch, visibility, expected -> applications.close(id, expected, request.reason(), visibility,
                Actors.of(identity)));
    }

    @POST
    @Path("{id}/instruction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "instructFinancingApplication", summary = "Assign an instructor",
            description = "A submitted file goes into review with its instructor; a file in review may be handed to another (If-Match).")
    @APIResponse(responseCode = "200", description = "The application in review",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> instruct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.Instruction request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.assignInstructor(id, expected,
                request.instructor(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/corrections-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "askFinancingCorrections", summary = "Ask the applicant for corrections",
            description = "The file in review goes back to the applicant, who revises and resubmits it (If-Match).")
    @APIResponse(responseCode = "200", description = "The application awaiting corrections",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> askCorrections(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull Requests.Reason request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.askCorrections(id, expected, request.reason(),
                Actors.of(identity)));
    }

    @POST
    @Path("{id}/committee")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "sendFinancingToCommittee", summary = "Send the file to the committee",
            description = "Once instructed (If-Match).")
    @APIResponse(responseCode = "200", description = "The application before the committee",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> toCommittee(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.sendToCommittee(id, expected, Actors.of(identity)));
    }

    @POST
    @Path("{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "approveFinancing", summary = "The committee approves",
            description = "Grants an amount at most the one asked, with its conditions (If-Match). On a regional instrument the amount is committed against the envelope of the year: a decision that would exceed what remains is refused with 409 and the figures (remaining, requested).")
    @APIResponse(responseCode = "200", description = "The approved application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull Requests.Approval request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.approve(id, expected, request.grantedAmount(),
                request.conditions(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "rejectFinancing", summary = "Reject an application",
            description = "In review or by the committee, with its motivation (If-Match).")
    @APIResponse(responseCode = "200", description = "The rejected application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> reject(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull Requests.Rejection request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.reject(id, expected, request.motivation(),
                Actors.of(identity)));
    }

    @POST
    @Path("{id}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "contractFinancing", summary = "The contract is signed",
            description = "An approved financing is contracted (If-Match). A loan or repayable advance gives its repayment terms: the schedule repays the granted amount to the cent. A guarantee starts covering the loan.")
    @APIResponse(responseCode = "200", description = "The contracted application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> contract(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid Requests.Contract request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.contract(id, expected,
                request == null || request.repayment() == null ? null : request.repayment().asked(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/disbursements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "disburseFinancing", summary = "Pay a tranche",
            description = "Never more, in all, than the granted amount (409 with the figures); the last tranche makes the file DISBURSED (If-Match).")
    @APIResponse(responseCode = "200", description = "The application with the tranche",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> disburse(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull Requests.DisbursementRequest request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.disburse(id, expected, request.amount(),
                request.paidOn(), Actors.of(identity)));
    }

    @GET
    @Path("{id}/repayment-schedule")
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN, Roles.EVALUATOR, Roles.PARTNER, Roles.ENTERPRISE})
    @Operation(operationId = "getRepaymentSchedule", summary = "The repayment schedule of a loan or repayable advance",
            description = "Its instalments (those found missed with the day), and where the repayments stand today.")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(schema = @Schema(implementation = Views.ScheduleView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Views.ScheduleView> schedule(@PathParam("id") UUID id) {
        return applications.visible(id, Callers.visibility(identity)).map(application -> {
            var schedule = application.schedule();
            var terms = schedule.terms();
            var today = time.today();
            return new Views.ScheduleView(application.id(), application.version(), terms.principal(), terms.startsOn(),
                    terms.durationMonths(), terms.deferralMonths(), terms.periodicity(),
                    application.instalments().stream().map(Views.InstalmentView::of).toList(),
                    Views.PositionView.of(today, application.repaymentPosition(today)));
        });
    }

    @POST
    @Path("{id}/repayments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "recordRepayment", summary = "Record a repayment received",
            description = "Never more than what remains to repay (422). If-Match.")
    @APIResponse(responseCode = "200", description = "The application with the repayment",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> repay(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull Requests.RepaymentRequest request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.receiveRepayment(id, expected, request.amount(),
                request.receivedOn(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/loan-balance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "reportGuaranteedLoanBalance", summary = "The guaranteed loan's outstanding balance",
            description = "As the lender reports it (If-Match).")
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> loanBalance(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @Valid @NotNull Requests.LoanBalance request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.reportLoanBalance(id, expected,
                request.outstandingBalance(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/guarantee-claims")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "callGuarantee", summary = "The lender calls the guarantee",
            description = "The claim is the loan's outstanding balance times the guaranteed share, to the cent, never more than what the guarantee has left (If-Match).")
    @APIResponse(responseCode = "200", description = "The application with the claim",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> callGuarantee(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @NotNull Requests.GuaranteeCall request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.callGuarantee(id, expected,
                request.outstandingBalance(), request.calledOn(), Actors.of(identity)));
    }

    @POST
    @Path("{id}/guarantee-claims/{claimId}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FINANCE_OFFICER, Roles.ADMIN})
    @Operation(operationId = "payGuaranteeClaim", summary = "The guarantor pays a claim",
            description = "At most the amount claimed (409 with the figures). If-Match.")
    @APIResponse(responseCode = "200", description = "The application with the claim paid",
            content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> payClaim(@PathParam("id") UUID id, @PathParam("claimId") UUID claimId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Requests.ClaimPayment request) {
        return transition(id, ifMatch, Visibility.ALL, expected -> applications.payClaim(id, expected, claimId, request.amount(),
                request.paidOn(), Actors.of(identity)));
    }

    /** A change of a file within reach: the reach first (404), then If-Match (428, 412), then the transition. */
    private Uni<Response> transition(UUID id, String ifMatch, Visibility visibility,
                                     LongFunction<Uni<FinancingApplication>> change) {
        return applications.visible(id, visibility).map(found -> Versions.required(ifMatch))
                .flatMap(change::apply).map(this::ok);
    }

    private Views.ApplicationView view(FinancingApplication application) {
        return Views.ApplicationView.of(application, Callers.officer(identity));
    }

    private Response ok(FinancingApplication application) {
        return Versions.ok(view(application), application.version());
    }
}
