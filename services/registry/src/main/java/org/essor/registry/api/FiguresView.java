package org.essor.registry.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.essor.registry.domain.Figures;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The figures an enterprise declared (plan A.2), newest reference date first. */
public record FiguresView(UUID enterpriseId, List<Line> figures) {

    /** One line: the whole enterprise's (no SIRET) or one establishment's. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(LocalDate referenceDate,
                       @Schema(description = "The establishment; absent for the whole enterprise's figures") String siret,
                       @Schema(description = "Average salaried headcount of the year") int headcount,
                       @Schema(description = "Employees on 31 December") int employeesAtYearEnd,
                       @Schema(description = "Gross payroll of the year, in euros") BigDecimal grossPayroll) {
    }

    static FiguresView of(UUID enterpriseId, List<Figures> figures) {
        return new FiguresView(enterpriseId, figures.stream().map(f -> new Line(f.referenceDate(),
                f.siret() == null ? null : f.siret().value(), f.headcount(), f.employeesAtYearEnd(), f.grossPayroll())).toList());
    }
}
