-- Figures an enterprise declares for a reference date (plan A.2), for itself (establishment_siret '') or for one of its
-- establishments: average salaried headcount, employees on 31 December, gross payroll of the year.
CREATE TABLE enterprise_figures (
    enterprise_id          uuid          NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    reference_date         date          NOT NULL,
    establishment_siret    text          NOT NULL,
    headcount              integer       NOT NULL,
    employees_at_year_end  integer       NOT NULL,
    gross_payroll          numeric(14,2) NOT NULL,
    PRIMARY KEY (enterprise_id, reference_date, establishment_siret)
);

CREATE INDEX enterprise_figures_by_date ON enterprise_figures (reference_date, enterprise_id);
