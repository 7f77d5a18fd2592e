package org.essor.registry.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Figures an enterprise declares for a reference date (plan A.2: employer establishments, employees, payroll), for
 * itself ({@code siret} null) or for one of its establishments: the average salaried headcount of the year, the
 * employees on 31 December and the gross payroll of the year, in euros.
 */
public record Figures(LocalDate referenceDate, Siret siret, int headcount, int employeesAtYearEnd, BigDecimal grossPayroll) {

    public Figures {
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(grossPayroll, "grossPayroll");
        if (grossPayroll.scale() <= 2) {
            grossPayroll = grossPayroll.setScale(2, RoundingMode.UNNECESSARY);
        }
    }

    /** Whether these are the whole enterprise's figures rather than one establishment's. */
    public boolean ofTheEnterprise() {
        return siret == null;
    }
}
