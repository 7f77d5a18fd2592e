package org.essor.programmes.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.essor.programmes.domain.Stage;

/** Request bodies of the programmes API. */
final class Requests {

    private Requests() {
    }

    record OpenCall(@NotBlank String programme, @NotBlank @Size(max = 300) String title,
                    @NotEmpty Set<@Pattern(regexp = "\\d{2}|2[AB]|97\\d") String> departements,
                    @NotNull OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt, @Positive @Max(10_000) int seats,
                    @Valid Rules eligibility, @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionRequest> criteria) {
    }

    record Rules(Set<Stage> stages, Set<@Pattern(regexp = "ASSOCIATION|COOPERATIVE|MUTUAL|FOUNDATION|COMMERCIAL_COMPANY") String> legalFamilies,
                 @Min(0) Integer minEnterpriseAgeYears, @Min(1) Integer maxEnterpriseAgeYears, boolean esusRequired,
                 Boolean inRegionRequired) {
    }

    record CriterionRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String code, @NotBlank String label,
                            @Min(1) @Max(100) int weight) {
    }

    record EnterpriseApplication(@NotNull UUID callId, @NotNull UUID enterpriseId, @NotNull Stage stage,
                                 @NotBlank @Size(max = 300) String projectTitle) {
    }

    record PersonApplication(@NotNull UUID callId, @NotBlank @Size(max = 200) String name,
                             @NotBlank @Email @Size(max = 200) String email, @Size(max = 30) String phone,
                             @NotBlank @Pattern(regexp = "\\d{5}|2[AB]\\d{3}") String communeCode,
                             @NotBlank @Size(max = 300) String projectTitle, @Size(max = 4000) String projectSummary,
                             @NotBlank @Size(max = 100) String theme) {
    }

    record ReviewRequest(@NotEmpty Map<String, Integer> scores, @Size(max = 4000) String comment) {
    }

    record Note(@NotBlank @Size(max = 4000) String note) {
    }

    /** The OAuth client id of the partner system that takes the application over. */
    record Handover(@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String client) {
    }

    record Motivation(@NotBlank @Size(max = 4000) String motivation) {
    }
}
