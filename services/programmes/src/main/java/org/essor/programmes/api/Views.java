package org.essor.programmes.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.programmes.domain.Application;
import org.essor.programmes.domain.Call;
import org.essor.programmes.domain.Criterion;
import org.essor.programmes.domain.Programme;
import org.essor.programmes.domain.Stage;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the API shows of programmes, calls and applications. */
final class Views {

    private Views() {
    }

    record ProgrammeView(String code, String name, String kind, String operator, String target, Set<Stage> stages,
                         boolean takesPersonApplicants) {
        static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.code(), p.name(), p.kind(), p.operator(), p.target(), p.stages(), p.takesPersonApplicants());
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

    /** Whether an enterprise may apply, and if not, every reason. */
    record Eligibility(UUID enterpriseId, boolean eligible, List<String> reasons) {
    }

    record ReviewView(String reviewer, Map<String, Integer> scores, String comment, Instant reviewedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationView(UUID id, long version, UUID callId, String programme, String applicantKind, UUID enterpriseId,
                           String stage, String departement, String projectTitle, String status, String motivation,
                           BigDecimal score, boolean enterpriseStruckOff, Instant submittedAt, Instant decidedAt,
                           List<ReviewView> reviews, String followUrl) {

        /** Officers see the reviews; applicants see their status, score and the motivation of a decision. */
        static ApplicationView of(Application a, boolean officer, String followUrl) {
            return new ApplicationView(a.id(), a.version(), a.call().id(), a.call().programmeCode(),
                    a.enterpriseId() != null ? "ENTERPRISE" : "PERSON", a.enterpriseId(), a.stage().name(), a.departement(),
                    a.projectTitle(), a.status().name(), a.motivation(), a.score(), a.enterpriseStruckOff(), a.submittedAt(),
                    a.decidedAt(), officer ? a.reviews().stream().map(r -> new ReviewView(r.reviewer(), r.scores(), r.comment(),
                    r.reviewedAt())).toList() : null, followUrl);
        }
    }
}
