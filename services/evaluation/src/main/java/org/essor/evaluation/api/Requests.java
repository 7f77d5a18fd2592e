package org.essor.evaluation.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the evaluation API accepts. */
public final class Requests {

    private Requests() {
    }

    /** A yearly target of an indicator. */
    public record TargetRequest(@NotBlank @Size(max = 100) @Schema(description = "An indicator's code", examples = "financing-approvals") String indicator,
                                @NotNull @Min(2018) @Max(2100) Integer year,
                                @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
                                @Size(max = 2000) String note) {
    }

    /** What a merge patch of a target may change. */
    public record TargetChange(@NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 4) BigDecimal value,
                               @Size(max = 2000) String note) {
    }

    /** A month (2026-03) or a quarter (2026-Q3) to close. */
    public record PeriodRequest(@NotBlank @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$",
            message = "a month such as 2026-03 or a quarter such as 2026-Q3") String period) {
    }
}
