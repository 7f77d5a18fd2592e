package org.essor.registry.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.essor.registry.domain.EssCondition;
import org.essor.registry.domain.EssNetwork;
import org.essor.registry.domain.InclusionAgreementKind;
import org.essor.registry.domain.StrikeOffReason;

/** Bodies of the state transitions. */
final class TransitionRequests {

    private TransitionRequests() {
    }

    /** Strikes an enterprise off the register on a date, for a reason (the comment stays in the registry). */
    record StrikeOff(@NotNull LocalDate on, @NotNull StrikeOffReason reason, @Size(max = 1000) String comment) {
    }

    /** Sets or renews the ESUS agreement, as granted by the prefect of {@code departement}. */
    record EsusAgreement(@NotNull LocalDate grantedOn, @NotNull LocalDate validUntil, @NotBlank String departement) {
    }

    /** Every condition of a société commerciale de l'ESS, each with the date it was declared and its evidence. */
    record EssConditionsRequest(@NotNull @Size(max = 20) List<@Valid @NotNull EssConditionRequest> conditions) {

        record EssConditionRequest(@NotNull EssCondition condition, @NotNull LocalDate declaredOn,
                           @NotBlank @Size(max = 300) String evidence) {
        }
    }

    /** Every ESS network the enterprise belongs to (an empty list: none). */
    record NetworksRequest(@NotNull @Size(max = 20) Set<@NotNull EssNetwork> networks) {
    }

    /** Every IAE or EA agreement of the enterprise, one per kind (an empty list: none). */
    record InclusionAgreementsRequest(@NotNull @Size(max = 5) List<@Valid @NotNull InclusionAgreementRequest> agreements) {

        record InclusionAgreementRequest(@NotNull InclusionAgreementKind kind, @NotNull LocalDate grantedOn,
                                         LocalDate validUntil) {
        }
    }

    /** The figures of one reference date: the whole enterprise's (no SIRET) and its establishments'. */
    record FiguresRequest(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull FiguresLine> figures) {

        record FiguresLine(String siret, @NotNull @Min(0) Integer headcount, @NotNull @Min(0) Integer employeesAtYearEnd,
                           @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal grossPayroll) {
        }
    }

    /** A commercial company becomes a SCOP on a date, under a SCOP's legal category (5458, 5558 or 5658). */
    record ScopConversion(@NotBlank String legalCategory, @NotNull LocalDate on) {
    }
}
