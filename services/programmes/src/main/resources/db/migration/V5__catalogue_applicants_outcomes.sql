-- The corrected catalogue: each scheme's status in the plan (a scheme to be built or only planned takes no call),
-- its partners, where the plan says so, and which applicants it takes (loaded from reference/programmes.yaml).
ALTER TABLE programme ADD COLUMN status text NOT NULL DEFAULT 'EXISTING';
ALTER TABLE programme ADD COLUMN status_in_plan text;
ALTER TABLE programme ADD COLUMN partners text NOT NULL DEFAULT '';
ALTER TABLE programme ADD COLUMN split_into text NOT NULL DEFAULT '';
ALTER TABLE programme ADD COLUMN source text;
ALTER TABLE programme ADD COLUMN unregistered_enterprises boolean NOT NULL DEFAULT false;

-- A need identified in a territory (Fabrique à Initiatives), which a person or a structure then takes up by applying.
CREATE TABLE territorial_need (
    id              uuid PRIMARY KEY,
    version         bigint NOT NULL,
    programme_code  text NOT NULL REFERENCES programme (code),
    departement     text NOT NULL,
    title           text NOT NULL,
    description     text NOT NULL,
    identified_on   date NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      text NOT NULL
);

CREATE INDEX territorial_need_by_departement ON territorial_need (departement, id);

-- Applicants: an enterprise known only by its SIREN (not, or not yet, in the ESS register), and the need a Fabrique
-- application takes up. Exactly one of enterprise, SIREN or person.
ALTER TABLE application ADD COLUMN siren text;
ALTER TABLE application ADD COLUMN need_id uuid REFERENCES territorial_need (id);
DO $$
DECLARE
    check_name text;
BEGIN
    SELECT conname INTO check_name FROM pg_constraint
        WHERE conrelid = 'application'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%person_id%';
    IF check_name IS NOT NULL THEN
        EXECUTE 'ALTER TABLE application DROP CONSTRAINT ' || quote_ident(check_name);
    END IF;
END $$;
ALTER TABLE application ADD CONSTRAINT application_one_applicant CHECK (
    (enterprise_id IS NOT NULL)::int + (siren IS NOT NULL)::int + (person_id IS NOT NULL)::int = 1);
CREATE UNIQUE INDEX application_once_per_siren ON application (call_id, siren)
    WHERE siren IS NOT NULL AND status <> 'WITHDRAWN';

-- Declared, optional, aggregate-only attributes (women founders, D.1.1; a disability action, C.1): kept on the
-- application, never shown in a view nor published one by one; only counts over a call leave the service.
-- The person's erasure leaves them: they say nothing of who the person is.
ALTER TABLE application ADD COLUMN declared_women_founders integer CHECK (declared_women_founders >= 0);
ALTER TABLE application ADD COLUMN declared_disability_action boolean;

-- Outcomes the plan measures: jobs created and consolidated, and the move to the next link of the support chain.
ALTER TABLE participation ADD COLUMN jobs_created integer CHECK (jobs_created >= 0);
ALTER TABLE participation ADD COLUMN jobs_consolidated integer CHECK (jobs_consolidated >= 0);

CREATE TABLE referral (
    participation_id  uuid    NOT NULL REFERENCES participation (id) ON DELETE CASCADE,
    position          integer NOT NULL,
    target_kind       text    NOT NULL,   -- PROGRAMME or FINANCING_INSTRUMENT
    target_code       text    NOT NULL,
    referred_on       date    NOT NULL,
    note              text,
    PRIMARY KEY (participation_id, position),
    UNIQUE (participation_id, target_kind, target_code)
);
