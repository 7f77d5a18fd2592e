package org.essor.registry.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
}
