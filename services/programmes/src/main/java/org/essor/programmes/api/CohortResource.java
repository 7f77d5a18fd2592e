package org.essor.programmes.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.essor.kernel.Actor;
import org.essor.programmes.app.CohortDesk;
import org.essor.programmes.domain.CoachingSession;
import org.essor.programmes.domain.Cohort;
import org.essor.programmes.domain.HostingKind;
import org.essor.kernel.RuleViolationException;
import org.essor.kernel.Violation;
import org.essor.programmes.domain.Jobs;
import org.essor.programmes.domain.Milestone;
import org.essor.programmes.domain.Referral;
import org.essor.programmes.domain.MilestoneKind;
import org.essor.programmes.domain.Outcome;
import org.essor.programmes.domain.Participation;
import org.essor.security.Actors;
import org.essor.security.Roles;
import org.essor.web.idempotency.Idempotency;
import org.essor.web.versioning.Versions;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Cohorts of admitted applicants and their follow-up, run by programme officers. */
@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN})
@Tag(name = "Cohorts", description = "Admitted applicants followed together: coaching, milestones, outcomes")
public class CohortResource {

    @Inject
    CohortDesk desk;

    @Inject
    Idempotency idempotency;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    record FormCohort(@NotNull UUID callId, @NotBlank @Size(max = 200) String name, @NotNull LocalDate startsOn,
                      @NotNull LocalDate endsOn, List<UUID> applicationIds) {
    }

    record CoachingRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String coach,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("12") BigDecimal hours,
                           @NotBlank @Size(max = 500) String topic) {
    }

    record MilestoneRequest(@NotNull MilestoneKind kind, @NotNull LocalDate reachedOn, @Size(max = 1000) String note) {
    }

    record HostingRequest(@NotNull HostingKind kind, @NotNull LocalDate from, LocalDate to) {
    }

    record CompletionRequest(@NotNull Outcome outcome, UUID createdEnterpriseId,
                             @Schema(description = "Jobs created during the programme (full-time equivalents rounded)")
                             @Min(0) @Max(100_000) Integer jobsCreated,
                             @Schema(description = "Existing jobs the programme consolidated")
                             @Min(0) @Max(100_000) Integer jobsConsolidated) {
    }

    /** Exactly one of programme or financingInstrument. */
    record ReferralRequest(@Schema(description = "A programme of the catalogue that takes calls")
                           @Pattern(regexp = "[A-Z][A-Z0-9_]*") String programme,
                           @Schema(description = "A financing instrument of the plan's map (its code), one that exists")
                           @Pattern(regexp = "[A-Z][A-Z0-9_]*") String financingInstrument,
                           @NotNull LocalDate referredOn, @Size(max = 1000) String note) {
    }

    /** A referral to the next link of the support chain; the officer's note is for officers only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReferralView(Referral.Target kind, String code, LocalDate referredOn, @Schema(description = "Officers only") String note) {
        static ReferralView of(Referral r, Audience audience) {
            return new ReferralView(r.kind(), r.code(), r.referredOn(), audience == Audience.OFFICER ? r.note() : null);
        }
    }

    record DropOutRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record EnterpriseLink(@NotNull UUID enterpriseId) {
    }

    /** A coaching session; evaluators get its date and hours, not the coach's name nor the topic. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionView(LocalDate heldOn, @Schema(description = "Officers only") String coach, BigDecimal hours,
                       @Schema(description = "Officers only") String topic) {
        static SessionView of(CoachingSession s, Audience audience) {
            return audience == Audience.OFFICER ? new SessionView(s.heldOn(), s.coach(), s.hours(), s.topic())
                    : new SessionView(s.heldOn(), null, s.hours(), null);
        }
    }

    /** A milestone reached; evaluators get the kind and date, not the officer's note. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MilestoneView(MilestoneKind kind, LocalDate reachedOn, @Schema(description = "Officers only") String note) {
        static MilestoneView of(Milestone m, Audience audience) {
            return new MilestoneView(m.kind(), m.reachedOn(), audience == Audience.OFFICER ? m.note() : null);
        }
    }

    /** A participation; officers' words (drop-out reason, notes, coaches, topics) are for officers only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParticipationView(UUID id, long version, UUID applicationId, UUID enterpriseId, String departement, String status,
                             BigDecimal coachingHours, List<SessionView> coaching, List<MilestoneView> milestones,
                             String hostingKind, LocalDate hostingFrom, LocalDate hostingTo, String outcome,
                             UUID createdEnterpriseId, @Schema(description = "Officers only") String dropOutReason,
                             LocalDate endedOn, Integer jobsCreated, Integer jobsConsolidated, List<ReferralView> referrals) {
        static ParticipationView of(Participation p, Audience audience) {
            return new ParticipationView(p.id(), p.version(), p.application().id(), p.application().enterpriseId(),
                    p.application().departement(), p.status().name(), p.coachingHours(),
                    p.coaching().stream().map(s -> SessionView.of(s, audience)).toList(),
                    p.milestones().stream().map(m -> MilestoneView.of(m, audience)).toList(),
                    p.hostingKind() == null ? null : p.hostingKind().name(), p.hostingFrom(), p.hostingTo(),
                    p.outcome() == null ? null : p.outcome().name(), p.createdEnterpriseId(),
                    audience == Audience.OFFICER ? p.dropOutReason() : null, p.endedOn(), p.jobsCreated(), p.jobsConsolidated(),
                    p.referrals().stream().map(r -> ReferralView.of(r, audience)).toList());
        }
    }

    record CohortView(UUID id, long version, UUID callId, String name, LocalDate startsOn, LocalDate endsOn,
                      List<ParticipationView> participations) {
        static CohortView of(Cohort c, Audience audience) {
            return new CohortView(c.id(), c.version(), c.callId(), c.name(), c.startsOn(), c.endsOn(),
                    c.participations().stream().map(p -> ParticipationView.of(p, audience)).toList());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "formCohort", summary = "Form a cohort",
            description = "Of admitted applications of a call (all of them when none are named).")
    @APIResponse(responseCode = "201", description = "The cohort, at its Location",
            content = @Content(schema = @Schema(implementation = CohortView.class)),
            headers = @Header(name = "Location", ref = "Location"))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> form(@Valid @NotNull FormCohort request, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, request, () -> desk.form(request.callId(), request.name(), request.startsOn(),
                        request.endsOn(), request.applicationIds(), Actors.of(identity))
                .map(cohort -> Response.created(uri.getAbsolutePathBuilder().path(cohort.id().toString()).build())
                        .entity(CohortView.of(cohort, Audience.OFFICER)).build()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROGRAMME_OFFICER, Roles.ADMIN, Roles.EVALUATOR})
    @Operation(operationId = "getCohort", summary = "Read a cohort",
            description = "The cohort and the follow-up of each participant; evaluators get the facts (statuses, dates, hours, codes), not officers' words or coaches' names.")
    public Uni<CohortView> get(@PathParam("id") UUID id) {
        Audience audience = Audience.of(identity);
        return desk.find(id).map(cohort -> CohortView.of(cohort, audience));
    }

    @POST
    @Path("{cohort}/participations/{id}/coaching-sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logCoachingSession", summary = "Log a coaching session",
            description = "On a participation (If-Match: the participation's ETag).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> coaching(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull CoachingRequest request) {
        return desk.logCoaching(cohort, id, Versions.required(ifMatch), request.heldOn(), request.coach(), request.hours(), request.topic(),
                        Actors.of(identity))
                .map(this::ok);
    }

    @POST
    @Path("{cohort}/participations/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordMilestone", summary = "Record a milestone reached",
            description = "On a participation (If-Match).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> milestone(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull MilestoneRequest request) {
        return desk.reachMilestone(cohort, id, Versions.required(ifMatch), request.kind(), request.reachedOn(), request.note(),
                        Actors.of(identity))
                .map(this::ok);
    }

    @PUT
    @Path("{cohort}/participations/{id}/hosting")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setHosting", summary = "Set a participant's hosting",
            description = "REALIS hosting: desk or office, from and to (If-Match).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> hosting(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull HostingRequest request) {
        return desk.host(cohort, id, Versions.required(ifMatch), request.kind(), request.from(), request.to(), Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{cohort}/participations/{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "completeParticipation", summary = "Complete a participation",
            description = "With its outcome (If-Match).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> complete(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull CompletionRequest request) {
        return desk.complete(cohort, id, Versions.required(ifMatch), request.outcome(), request.createdEnterpriseId(),
                new Jobs(request.jobsCreated(), request.jobsConsolidated()), Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{cohort}/participations/{id}/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "referParticipant", summary = "Refer a participant to the next link of the support chain",
            description = "Ante-creation, post-creation, development: to another programme of the catalogue that takes calls, or to a financing instrument of the plan's map that exists (If-Match). While followed or once completed; once per target.")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> refer(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @Valid @NotNull ReferralRequest request) {
        if ((request.programme() == null) == (request.financingInstrument() == null)) {
            throw new RuleViolationException(new Violation("programme", "give either programme or financingInstrument"));
        }
        Referral referral = request.programme() != null
                ? new Referral(Referral.Target.PROGRAMME, request.programme(), request.referredOn(), request.note())
                : new Referral(Referral.Target.FINANCING_INSTRUMENT, request.financingInstrument(), request.referredOn(), request.note());
        return desk.refer(cohort, id, Versions.required(ifMatch), referral, Actors.of(identity)).map(this::ok);
    }

    @PUT
    @Path("{cohort}/participations/{id}/created-enterprise")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "linkCreatedEnterprise", summary = "Link the enterprise a participation created",
            description = "Once the enterprise is registered (If-Match).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Uni<Response> link(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull EnterpriseLink request) {
        return desk.linkCreatedEnterprise(cohort, id, Versions.required(ifMatch), request.enterpriseId(),
                Actors.of(identity)).map(this::ok);
    }

    @POST
    @Path("{cohort}/participations/{id}/drop-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "dropOutParticipation", summary = "A participant drops out",
            description = "With the reason (If-Match).")
    @APIResponse(responseCode = "200", description = "The participation",
            content = @Content(schema = @Schema(implementation = ParticipationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Uni<Response> dropOut(@PathParam("cohort") UUID cohort, @PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull DropOutRequest request) {
        return desk.dropOut(cohort, id, Versions.required(ifMatch), request.reason(), Actors.of(identity)).map(this::ok);
    }

    private Response ok(Participation participation) {
        return Versions.ok(ParticipationView.of(participation, Audience.OFFICER), participation.version());
    }

}
