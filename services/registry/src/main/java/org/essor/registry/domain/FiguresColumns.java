package org.essor.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The stored columns of one line of {@link Figures}; the whole enterprise's line has an empty SIRET. */
@Embeddable
public class FiguresColumns {

    @Column(name = "reference_date")
    LocalDate referenceDate;

    @Column(name = "establishment_siret")
    String establishmentSiret;

    @Column(name = "headcount")
    int headcount;

    @Column(name = "employees_at_year_end")
    int employeesAtYearEnd;

    @Column(name = "gross_payroll")
    BigDecimal grossPayroll;

    protected FiguresColumns() {
    }

    static FiguresColumns of(Figures figures) {
        FiguresColumns columns = new FiguresColumns();
        columns.referenceDate = figures.referenceDate();
        columns.establishmentSiret = figures.siret() == null ? "" : figures.siret().value();
        columns.headcount = figures.headcount();
        columns.employeesAtYearEnd = figures.employeesAtYearEnd();
        columns.grossPayroll = figures.grossPayroll();
        return columns;
    }

    Figures figures() {
        return new Figures(referenceDate, establishmentSiret.isEmpty() ? null : Siret.parse(establishmentSiret), headcount,
                employeesAtYearEnd, grossPayroll);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiguresColumns that && headcount == that.headcount
                && employeesAtYearEnd == that.employeesAtYearEnd && Objects.equals(referenceDate, that.referenceDate)
                && Objects.equals(establishmentSiret, that.establishmentSiret)
                && grossPayroll != null && that.grossPayroll != null && grossPayroll.compareTo(that.grossPayroll) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(referenceDate, establishmentSiret, headcount, employeesAtYearEnd,
                grossPayroll == null ? null : grossPayroll.stripTrailingZeros());
    }
}
