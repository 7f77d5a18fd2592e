package org.essor.programmes.api;

import java.time.LocalDate;
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

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.programmes.domain.Declarations;
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

    record EnterpriseApplication(@NotNull UUID callId,
                                 @Schema(description = "An enterprise of the ESS register (its id there); give it or siren")
                                 UUID enterpriseId,
                                 @Schema(description = "An enterprise not (yet) in the ESS register, by its SIREN, where the "
                                         + "programme takes such enterprises (see the programme's applicantKinds); give it or "
                                         + "enterpriseId")
                                 @Pattern(regexp = "\\d{9}") String siren,
                                 @Schema(description = "With siren: the département the enterprise applies from")
                                 @Pattern(regexp = "\\d{2}|2[AB]|97\\d") String departement,
                                 @NotNull Stage stage,
                                 @NotBlank @Size(max = 300) String projectTitle,
                                 @Schema(description = "Fabrique à Initiatives: the territorial need the application takes up")
                                 UUID needId,
                                 @Valid Declared declarations) {
    }

    record PersonApplication(@NotNull UUID callId, @NotBlank @Size(max = 200) String name,
                             @NotBlank @Email @Size(max = 200) String email, @Size(max = 30) String phone,
                             @NotBlank @Pattern(regexp = "\\d{5}|2[AB]\\d{3}") String communeCode,
                             @NotBlank @Size(max = 300) String projectTitle, @Size(max = 4000) String projectSummary,
                             @NotBlank @Size(max = 100) String theme,
                             @Schema(description = "Fabrique à Initiatives: the territorial need the application takes up")
                             UUID needId,
                             @Valid Declared declarations) {
    }

    /**
     * Optional declarations for the plan's statistics, counted over calls only: never shown with the application nor
     * published one by one.
     */
    @Schema(description = "Optional, for the plan's statistics only: counted over calls, never shown with the application "
            + "nor published one by one")
    record Declared(@Schema(description = "How many women are among the founders (D.1.1)") @Min(0) @Max(100) Integer womenFounders,
                    @Schema(description = "Whether the project is an action for people with disabilities (C.1)")
                    Boolean disabilityAction) {

        Declarations toDomain() {
            return new Declarations(womenFounders, disabilityAction);
        }

        static Declarations of(Declared declared) {
            return declared == null ? Declarations.NONE : declared.toDomain();
        }
    }

    record NewNeed(@NotBlank String programme, @NotBlank @Pattern(regexp = "\\d{2}|2[AB]|97\\d") String departement,
                   @NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 4000) String description,
                   @NotNull LocalDate identifiedOn) {
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
