-- The financing instruments of the plan (D.3), loaded from reference/financing-instruments.csv by the
-- financing_catalogue migrations, then maintained by finance officers (versioned, every version kept).
CREATE TABLE instrument (
    code                        text PRIMARY KEY,
    version                     bigint NOT NULL,
    name                        text NOT NULL,
    provider                    text NOT NULL,
    scope                       text NOT NULL,
    kind                        text NOT NULL,
    stages                      text NOT NULL,
    min_amount                  numeric(14,2),
    max_amount                  numeric(14,2),
    max_guarantee_rate          numeric(5,2),
    amount_note                 text,
    status                      text NOT NULL,
    legal_families              text NOT NULL,
    cooperative_kinds           text NOT NULL,
    esus_required               boolean NOT NULL DEFAULT false,
    min_age_years               integer,
    max_age_years               integer,
    in_region_required          boolean NOT NULL DEFAULT false,
    social_innovation_required  boolean NOT NULL DEFAULT false,
    window_kind                 text NOT NULL DEFAULT 'ONGOING',
    window_opens_on             date,
    window_closes_on            date,
    window_deadlines            text NOT NULL DEFAULT '',
    source_in_plan              text,
    note                        text,
    updated_at                  timestamptz NOT NULL,
    updated_by                  text NOT NULL,
    CHECK (min_amount IS NULL OR max_amount IS NULL OR min_amount <= max_amount),
    CHECK (max_guarantee_rate IS NULL OR (max_guarantee_rate > 0 AND max_guarantee_rate <= 100))
);

-- Every version of every instrument, as it stood after each change, and why it changed.
CREATE TABLE instrument_version (
    code        text NOT NULL REFERENCES instrument (code),
    version     bigint NOT NULL,
    content     text NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text NOT NULL,
    note        text,
    PRIMARY KEY (code, version)
);

-- The yearly budget of a regional instrument: what decisions committed and what was paid against it.
CREATE TABLE budget_envelope (
    id              uuid PRIMARY KEY,
    version         bigint NOT NULL,
    instrument_code text NOT NULL REFERENCES instrument (code),
    year            integer NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount >= 0),
    committed       numeric(14,2) NOT NULL DEFAULT 0 CHECK (committed >= 0),
    paid            numeric(14,2) NOT NULL DEFAULT 0 CHECK (paid >= 0),
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    UNIQUE (instrument_code, year),
    -- Never over-committed, never more paid than committed, whatever the concurrency.
    CHECK (committed <= amount),
    CHECK (paid <= committed)
);

CREATE TABLE financing_application (
    id                          uuid PRIMARY KEY,
    version                     bigint NOT NULL,
    enterprise_id               uuid NOT NULL,
    instrument_code             text NOT NULL REFERENCES instrument (code),
    instrument_kind             text NOT NULL,
    instrument_provider         text NOT NULL,
    instrument_scope            text NOT NULL,
    departement                 text,
    requested_amount            numeric(14,2) NOT NULL CHECK (requested_amount > 0),
    purpose                     text NOT NULL,
    project_budget              numeric(14,2),
    jobs_to_create              integer NOT NULL DEFAULT 0 CHECK (jobs_to_create >= 0),
    jobs_to_consolidate         integer NOT NULL DEFAULT 0 CHECK (jobs_to_consolidate >= 0),
    social_innovation           boolean NOT NULL DEFAULT false,
    bank_loan_amount            numeric(14,2),
    lender                      text,
    guarantee_rate              numeric(5,2),
    status                      text NOT NULL,
    instructor                  text,
    corrections_asked           text,
    granted_amount              numeric(14,2),
    conditions                  text,
    motivation                  text,
    envelope_id                 uuid REFERENCES budget_envelope (id),
    disbursed_amount            numeric(14,2) NOT NULL DEFAULT 0,
    repayment_starts_on         date,
    repayment_duration_months   integer,
    repayment_deferral_months   integer,
    repayment_periodicity       text,
    loan_outstanding            numeric(14,2),
    enterprise_struck_off       boolean NOT NULL DEFAULT false,
    partner_client              text,
    created_at                  timestamptz NOT NULL,
    created_by                  text NOT NULL,
    submitted_at                timestamptz,
    decided_at                  timestamptz,
    updated_at                  timestamptz NOT NULL,
    CHECK (granted_amount IS NULL OR granted_amount <= requested_amount),
    CHECK (granted_amount IS NULL OR disbursed_amount <= granted_amount)
);
CREATE INDEX financing_application_updated ON financing_application (updated_at, id);
CREATE INDEX financing_application_enterprise ON financing_application (enterprise_id);

-- The other funders of the project (the « tour de table »).
CREATE TABLE co_financing (
    application_id  uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    funder          text NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    secured         boolean NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE disbursement (
    application_id  uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    id              uuid NOT NULL UNIQUE,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    paid_on         date NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE instalment (
    application_id  uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    number          integer NOT NULL,
    due_on          date NOT NULL,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    missed_on       date,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE repayment (
    application_id  uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    id              uuid NOT NULL UNIQUE,
    amount          numeric(14,2) NOT NULL CHECK (amount > 0),
    received_on     date NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text NOT NULL,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE guarantee_claim (
    application_id      uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    position            integer NOT NULL,
    id                  uuid NOT NULL UNIQUE,
    called_on           date NOT NULL,
    outstanding_balance numeric(14,2) NOT NULL CHECK (outstanding_balance > 0),
    claimed_amount      numeric(14,2) NOT NULL CHECK (claimed_amount > 0),
    paid_amount         numeric(14,2),
    paid_on             date,
    PRIMARY KEY (application_id, position)
);

CREATE TABLE application_history (
    application_id  uuid NOT NULL REFERENCES financing_application (id) ON DELETE CASCADE,
    version         bigint NOT NULL,
    status          text NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text NOT NULL,
    note            text,
    PRIMARY KEY (application_id, version)
);
