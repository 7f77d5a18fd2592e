-- The conditions of a société commerciale de l'ESS (law of 31 July 2014, art. 1), each as the company declared it.
CREATE TABLE enterprise_ess_condition (
    enterprise_id uuid NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    condition     text NOT NULL,
    declared_on   date NOT NULL,
    evidence      text NOT NULL,      -- the reference of the evidence (statutes, minutes...), never personal data
    PRIMARY KEY (enterprise_id, condition)
);

-- Companies declared sociétés commerciales de l'ESS before the conditions were recorded one by one declared them all.
INSERT INTO enterprise_ess_condition (enterprise_id, condition, declared_on, evidence)
SELECT e.id, c.condition, (e.created_at AT TIME ZONE 'Europe/Paris')::date,
       'declared as a whole (essBasis COMMERCIAL_ESS_COMPANY)'
FROM enterprise e
CROSS JOIN (VALUES ('PURPOSE_OTHER_THAN_PROFIT_SHARING'), ('DEMOCRATIC_GOVERNANCE'), ('PROFITS_MOSTLY_REINVESTED'),
                   ('UNDISTRIBUTABLE_RESERVES'), ('SOCIAL_UTILITY_AND_MANAGEMENT_PRINCIPLES')) AS c (condition)
WHERE e.ess_basis = 'COMMERCIAL_ESS_COMPANY';

-- A commercial company converted into a SCOP: when, and its category before.
ALTER TABLE enterprise
    ADD COLUMN converted_into_scop_on date,
    ADD COLUMN category_before_scop   text;
