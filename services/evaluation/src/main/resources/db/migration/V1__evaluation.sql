-- The evaluation's projections of the platform's streams. Every fact table is keyed by its generation first: a replay
-- builds generation n+1 from offset zero beside the generation n that keeps serving, and the switch is one update of
-- projection_generation. Facts are written so that applying an event twice, or events out of order, gives the same
-- rows: state columns follow the newest version of the aggregate, the "_at"/"_on" columns of a first occurrence keep
-- the earliest value (least() skips nulls).
CREATE TABLE projection_generation (
    generation    integer PRIMARY KEY,
    status        text        NOT NULL CHECK (status IN ('BUILDING', 'SERVING', 'RETIRED', 'ABANDONED')),
    requested_by  text,
    started_at    timestamptz NOT NULL DEFAULT now(),
    replay_ends   jsonb,
    replayed      bigint      NOT NULL DEFAULT 0,
    switched_at   timestamptz,
    retired_at    timestamptz,
    -- The replica replaying into a BUILDING generation holds it until lease_until, renewed at every batch.
    replayer      text,
    lease_until   timestamptz
);
-- At most one generation serves and at most one is being built.
CREATE UNIQUE INDEX projection_generation_one_serving ON projection_generation (status) WHERE status IN ('SERVING', 'BUILDING');
INSERT INTO projection_generation (generation, status) VALUES (1, 'SERVING');

CREATE TABLE enterprise_fact (
    generation              integer     NOT NULL,
    enterprise_id           uuid        NOT NULL,
    version                 bigint      NOT NULL,
    legal_family            text        NOT NULL,
    cooperative_kind        text,
    departement             text,
    status                  text        NOT NULL,
    creation_date           date,
    esus_granted_on         date,
    esus_valid_until        date,
    struck_off_on           date,
    registered_at           timestamptz,
    verified_at             timestamptz,
    struck_off_at           timestamptz,
    PRIMARY KEY (generation, enterprise_id)
);

CREATE TABLE programme_application_fact (
    generation      integer     NOT NULL,
    application_id  uuid        NOT NULL,
    version         bigint      NOT NULL,
    programme       text        NOT NULL,
    departement     text,
    enterprise_id   uuid,
    applicant_kind  text,
    status          text        NOT NULL,
    submitted_at    timestamptz,
    admitted_at     timestamptz,
    rejected_at     timestamptz,
    PRIMARY KEY (generation, application_id)
);

CREATE TABLE participation_fact (
    generation            integer     NOT NULL,
    participation_id      uuid        NOT NULL,
    version               bigint      NOT NULL,
    programme             text        NOT NULL,
    departement           text,
    enterprise_id         uuid,
    created_enterprise_id uuid,
    status                text        NOT NULL,
    outcome               text,
    coaching_hours        numeric(10,2),
    jobs_created          integer,
    jobs_consolidated     integer,
    enrolled_at           timestamptz,
    completed_at          timestamptz,
    dropped_out_at        timestamptz,
    enterprise_created_at timestamptz,
    PRIMARY KEY (generation, participation_id)
);

-- One row per coaching session logged (the event itself is the fact).
CREATE TABLE coaching_session_fact (
    generation        integer       NOT NULL,
    event_id          text          NOT NULL,
    version           bigint        NOT NULL,
    participation_id  uuid          NOT NULL,
    programme         text          NOT NULL,
    departement       text,
    enterprise_id     uuid,
    hours             numeric(10,2) NOT NULL,
    logged_at         timestamptz   NOT NULL,
    PRIMARY KEY (generation, event_id)
);

CREATE TABLE financing_application_fact (
    generation          integer       NOT NULL,
    application_id      uuid          NOT NULL,
    version             bigint        NOT NULL,
    enterprise_id       uuid          NOT NULL,
    instrument          text          NOT NULL,
    instrument_kind     text          NOT NULL,
    provider            text          NOT NULL,
    regional            boolean       NOT NULL,
    departement         text,
    status              text          NOT NULL,
    requested_amount    numeric(14,2) NOT NULL,
    granted_amount      numeric(14,2),
    jobs_to_create      integer       NOT NULL,
    jobs_to_consolidate integer       NOT NULL,
    submitted_at        timestamptz,
    approved_at         timestamptz,
    rejected_at         timestamptz,
    PRIMARY KEY (generation, application_id)
);

-- One row per payment event (disbursement, repayment received or missed, guarantee called or paid).
CREATE TABLE payment_fact (
    generation      integer       NOT NULL,
    event_id        text          NOT NULL,
    version         bigint        NOT NULL,
    application_id  uuid          NOT NULL,
    enterprise_id   uuid          NOT NULL,
    kind            text          NOT NULL,
    instrument      text          NOT NULL,
    instrument_kind text          NOT NULL,
    provider        text          NOT NULL,
    departement     text,
    amount          numeric(14,2) NOT NULL,
    paid_on         date          NOT NULL,
    PRIMARY KEY (generation, event_id)
);

CREATE TABLE calendar_event_fact (
    generation     integer     NOT NULL,
    event_id       uuid        NOT NULL,
    version        bigint      NOT NULL,
    status         text        NOT NULL,
    category       text        NOT NULL,
    axis           text,
    campaign       text,
    departement    text,
    first_begin    timestamptz,
    capacity       integer,
    published_at   timestamptz,
    cancelled_at   timestamptz,
    PRIMARY KEY (generation, event_id)
);

CREATE TABLE registration_fact (
    generation       integer     NOT NULL,
    registration_id  uuid        NOT NULL,
    version          bigint      NOT NULL,
    event_id         uuid        NOT NULL,
    status           text        NOT NULL,
    category         text        NOT NULL,
    axis             text,
    campaign         text,
    departement      text,
    registered_at    timestamptz,
    confirmed_at     timestamptz,
    attended_at      timestamptz,
    cancelled_at     timestamptz,
    PRIMARY KEY (generation, registration_id)
);

-- The evaluators' yearly targets (the plan sets none).
CREATE TABLE indicator_target (
    id          uuid          PRIMARY KEY,
    version     bigint        NOT NULL,
    indicator   text          NOT NULL,
    year        integer       NOT NULL,
    value       numeric(18,4) NOT NULL,
    note        text,
    set_by      text          NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    UNIQUE (indicator, year)
);

-- Closed periods: a frozen snapshot of every indicator for a month or a quarter, as published on evaluation.period.v1.
CREATE TABLE closed_period (
    period      text          PRIMARY KEY,
    starts_on   date          NOT NULL,
    ends_on     date          NOT NULL,
    generation  integer       NOT NULL,
    snapshot    jsonb         NOT NULL,
    closed_by   text          NOT NULL,
    closed_at   timestamptz   NOT NULL
);

-- The time of the newest event applied from each stream (beside the consumers' positions, which say the offsets).
CREATE TABLE stream_watermark (
    topic          text        PRIMARY KEY,
    last_event_at  timestamptz NOT NULL,
    applied_at     timestamptz NOT NULL DEFAULT now()
);
