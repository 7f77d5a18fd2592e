-- Admitted applicants in cohorts, and their follow-up: coaching, milestones, REALIS hosting, outcome.
CREATE TABLE cohort (
    id          uuid PRIMARY KEY,
    version     bigint NOT NULL,
    call_id     uuid NOT NULL REFERENCES call_for_applications (id),
    name        text NOT NULL,
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text NOT NULL,
    CHECK (ends_on > starts_on)
);

CREATE TABLE participation (
    id                     uuid PRIMARY KEY,
    version                bigint NOT NULL,
    cohort_id              uuid NOT NULL REFERENCES cohort (id),
    application_id         uuid NOT NULL UNIQUE REFERENCES application (id),
    status                 text NOT NULL,              -- ACTIVE, COMPLETED, DROPPED_OUT
    outcome                text,                       -- ENTERPRISE_CREATED, PROJECT_CONTINUING, ABANDONED
    created_enterprise_id  uuid,
    drop_out_reason        text,
    hosting_kind           text,                       -- REALIS: DESK or OFFICE
    hosting_from           date,
    hosting_to             date,
    enrolled_at            timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    ended_on               date
);

CREATE INDEX participation_by_cohort ON participation (cohort_id);

CREATE TABLE coaching_session (
    id                uuid PRIMARY KEY,
    participation_id  uuid NOT NULL REFERENCES participation (id) ON DELETE CASCADE,
    held_on           date NOT NULL,
    coach             text NOT NULL,
    hours             numeric(5,2) NOT NULL CHECK (hours > 0),
    topic             text NOT NULL
);

CREATE TABLE milestone (
    participation_id  uuid NOT NULL REFERENCES participation (id) ON DELETE CASCADE,
    kind              text NOT NULL,
    reached_on        date NOT NULL,
    note              text,
    PRIMARY KEY (participation_id, kind)
);
