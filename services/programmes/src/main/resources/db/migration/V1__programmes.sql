-- The support programmes of the plan (catalogue loaded from reference/programmes.yaml), their calls for
-- applications, the applications, and the follow-up of admitted applicants.
CREATE TABLE programme (
    code                  text PRIMARY KEY,
    name                  text NOT NULL,
    kind                  text NOT NULL,
    operator              text NOT NULL,
    target                text NOT NULL,
    stages                text NOT NULL,              -- comma separated: EMERGENCE_CREATION, DEVELOPMENT, SCALING
    person_applicants     boolean NOT NULL            -- people without an enterprise may apply (YESS Académie, Fabrique)
);

CREATE TABLE call_for_applications (
    id                      uuid PRIMARY KEY,
    version                 bigint NOT NULL,
    programme_code          text NOT NULL REFERENCES programme (code),
    title                   text NOT NULL,
    departements            text NOT NULL,            -- comma separated département codes
    opens_at                timestamptz NOT NULL,
    closes_at               timestamptz NOT NULL,
    seats                   integer NOT NULL CHECK (seats > 0),
    eligible_stages         text NOT NULL DEFAULT '',
    eligible_families       text NOT NULL DEFAULT '',
    min_enterprise_age      integer,
    max_enterprise_age      integer,
    esus_required           boolean NOT NULL DEFAULT false,
    in_region_required      boolean NOT NULL DEFAULT true,
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL
);

CREATE INDEX call_by_dates ON call_for_applications (closes_at, id);

CREATE TABLE call_criterion (
    call_id   uuid    NOT NULL REFERENCES call_for_applications (id) ON DELETE CASCADE,
    position  integer NOT NULL,
    code      text    NOT NULL,
    label     text    NOT NULL,
    weight    integer NOT NULL CHECK (weight > 0),
    PRIMARY KEY (call_id, position)
);

CREATE TABLE person_applicant (
    id               uuid PRIMARY KEY,
    name             text,
    email            text,
    phone            text,
    commune_code     text NOT NULL,
    departement      text NOT NULL,
    project_summary  text,
    theme            text NOT NULL,
    erased_at        timestamptz
);

CREATE TABLE application (
    id                     uuid PRIMARY KEY,
    version                bigint NOT NULL,
    call_id                uuid NOT NULL REFERENCES call_for_applications (id),
    enterprise_id          uuid,
    person_id              uuid REFERENCES person_applicant (id),
    stage                  text NOT NULL,
    departement            text NOT NULL,
    project_title          text NOT NULL,
    status                 text NOT NULL,
    motivation             text,
    score                  numeric(6,2),
    enterprise_struck_off  boolean NOT NULL DEFAULT false,
    tracking_secret_hash   text,
    submitted_at           timestamptz,
    decided_at             timestamptz,
    created_at             timestamptz NOT NULL,
    created_by             text NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK ((enterprise_id IS NULL) <> (person_id IS NULL))
);

CREATE INDEX application_by_call ON application (call_id, status);
CREATE INDEX application_by_enterprise ON application (enterprise_id);
CREATE UNIQUE INDEX application_once_per_enterprise ON application (call_id, enterprise_id)
    WHERE enterprise_id IS NOT NULL AND status <> 'WITHDRAWN';

CREATE TABLE review (
    id              uuid PRIMARY KEY,
    application_id  uuid NOT NULL REFERENCES application (id),
    reviewer        text NOT NULL,
    comment         text,
    reviewed_at     timestamptz NOT NULL,
    UNIQUE (application_id, reviewer)
);

CREATE TABLE review_score (
    review_id  uuid    NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    criterion  text    NOT NULL,
    score      integer NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (review_id, criterion)
);

-- Officers' private notes: never published, never shown to applicants.
CREATE TABLE annotation (
    id              uuid PRIMARY KEY,
    application_id  uuid NOT NULL REFERENCES application (id),
    author          text NOT NULL,
    note            text NOT NULL,
    written_at      timestamptz NOT NULL
);

CREATE TABLE application_history (
    application_id  uuid NOT NULL REFERENCES application (id),
    version         bigint NOT NULL,
    status          text NOT NULL,
    changed_at      timestamptz NOT NULL,
    changed_by      text NOT NULL,
    note            text,
    PRIMARY KEY (application_id, version)
);

-- What the registry's events say of each enterprise: enough to decide eligibility.
CREATE TABLE known_enterprise (
    enterprise_id       uuid PRIMARY KEY,
    version             bigint NOT NULL,
    siren               text,
    legal_family        text NOT NULL,
    creation_date       date,
    departements        text NOT NULL,
    esus_valid_until    date,
    esus_granted_on     date,
    status              text NOT NULL
);
