package org.essor.programmes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.enterprises.Eligibility;
import org.essor.events.history.StatusHistory;
import org.essor.programmes.domain.ApplicantKind;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.Programme;
import org.essor.programmes.domain.SchemeStatus;
import org.essor.programmes.domain.Stage;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the API shows of programmes, calls and applications. */
final class Views {

    private Views() {
    }

    record ProgrammeView(String code, String name,
                         @Schema(description = "INCUBATOR, DETECTION, ACCELERATOR (changing scale), IDEA_ACCELERATOR, SUPPORT, "
                                 + "ORIENTATION, ACTIVITY_TEST or TRAINING")
                         String kind, String operator, String target, Set<Stage> stages,
                         boolean takesPersonApplicants,
                         @Schema(description = "Where the scheme stands in the plan: EXISTING, EXPERIMENTAL (run as a trial), "
                                 + "TO_BE_EXPERIMENTED (a trial the plan means to run), TO_BE_BUILT, PLANNED")
                         SchemeStatus status,
                         @Schema(description = "Whether calls may be opened: a scheme to be built or only planned takes none")
                         boolean takesCalls,
                         @Schema(description = "Who may apply: ENTERPRISE (of the ESS register), UNREGISTERED_ENTERPRISE "
                                 + "(known only by its SIREN), PERSON (a project and no enterprise yet)")
                         Set<ApplicantKind> applicantKinds,
                         @Schema(description = "The plan's own words on the scheme's status") String statusInPlan,
                         Set<String> partners,
                         @Schema(description = "For an umbrella entry, the schemes it stands for") Set<String> splitInto,
                         @Schema(description = "The sections of the plan that name the scheme") String source) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.code(), p.name(), p.kind(), p.operator(), p.target(), p.stages(), p.takesPersonApplicants(),
                    p.status(), p.takesCalls(), p.applicantKinds(), p.statusInPlan(), p.partners(), p.splitInto(), p.source());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CallView(UUID id, long version, String programme, String title, Set<String> departements, Instant opensAt,
                    Instant closesAt, boolean open, int seats, RulesView eligibility, List<Criterion> criteria,
                    Eligibility eligibleFor) {
        static CallView of(Call c, Instant now, Eligibility eligibility) {
            var rules = c.rules();
            return new CallView(c.id(), c.version(), c.programmeCode(), c.title(), c.departements(), c.opensAt(), c.closesAt(),
                    c.isOpenAt(now), c.seats(), new RulesView(rules.stages(), rules.legalFamilies(),
                    rules.minEnterpriseAgeYears(), rules.maxEnterpriseAgeYears(), rules.esusRequired(), rules.inRegionRequired()),
                    c.criteria(), eligibility);
        }
    }

    record RulesView(Set<Stage> stages, Set<String> legalFamilies,
                     @Schema(nullable = true, description = "null: no minimum") Integer minEnterpriseAgeYears,
                     @Schema(nullable = true, description = "null: no maximum") Integer maxEnterpriseAgeYears,
                     boolean esusRequired, boolean inRegionRequired) {
    }

    /** A reviewer's scores; evaluators get the scores and date without the reviewer's name and comment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReviewView(@Schema(description = "Officers only") String reviewer, Map<String, Integer> scores,
                      @Schema(description = "Officers only") String comment, Instant reviewedAt) {

        static List<ReviewView> of(Application a, Audience audience) {
            return switch (audience) {
                case OFFICER -> a.reviews().stream().map(r -> new ReviewView(r.reviewer(), r.scores(), r.comment(),
                        r.reviewedAt())).toList();
                case EVALUATOR -> a.reviews().stream().map(r -> new ReviewView(null, r.scores(), null, r.reviewedAt())).toList();
                case APPLICANT -> null;
            };
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationView(UUID id, long version, UUID callId, String programme,
                           @Schema(description = "ENTERPRISE (of the ESS register), UNREGISTERED_ENTERPRISE (known by its "
                                   + "SIREN only), PERSON") String applicantKind, UUID enterpriseId,
                           @Schema(description = "The SIREN of an enterprise not (yet) in the ESS register") String siren,
                           @Schema(description = "The territorial need the application takes up (Fabrique à Initiatives)")
                           UUID needId,
                           String stage, String departement, String projectTitle, String status,
                           @Schema(description = "Why it was rejected: for the applicant and officers, not evaluators")
                           String motivation,
                           BigDecimal score, boolean enterpriseStruckOff, Instant submittedAt, Instant decidedAt,
                           @Schema(description = "Officers: every review; evaluators: scores and dates only; applicants: none")
                           List<ReviewView> reviews,
                           @Schema(description = "Officers only: the OAuth client of the partner system in charge of the application")
                           String partnerClient,
                           @Schema(description = "Officers only: a person's application that came in while this earlier one, "
                                   + "with the same e-mail, was open on the call")
                           UUID possibleDuplicateOf,
                           String followUrl) {

        static ApplicationView of(Application a, Audience audience, String followUrl) {
            boolean officer = audience == Audience.OFFICER;
            return new ApplicationView(a.id(), a.version(), a.call().id(), a.call().programmeCode(),
                    a.applicantKind().name(), a.enterpriseId(), a.siren(), a.needId(), a.stage().name(), a.departement(),
                    a.projectTitle(), a.status().name(), audience == Audience.EVALUATOR ? null : a.motivation(), a.score(),
                    a.enterpriseStruckOff(), a.submittedAt(), a.decidedAt(), ReviewView.of(a, audience),
                    officer ? a.partnerClient() : null, officer ? a.possibleDuplicateOf() : null, followUrl);
        }
    }

    /** One change in an application's history; who made it and the officer's note are for officers only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryLine(long version, String status, Instant changedAt,
                       @Schema(description = "Officers only: who made the change") String changedBy,
                       @Schema(description = "Officers only: the note of the change") String note) {

        static HistoryLine of(StatusHistory.Line line, Audience audience) {
            return audience == Audience.OFFICER
                    ? new HistoryLine(line.version(), line.status(), line.changedAt(), line.changedBy(), line.note())
                    : new HistoryLine(line.version(), line.status(), line.changedAt(), null, null);
        }
    }
}
