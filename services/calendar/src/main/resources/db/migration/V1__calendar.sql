-- The categories of events (the plan's recurring events from reference/recurring-events.yaml, and the generic kinds)
-- and the plan's seven axes (reference/plan-axes.yaml), loaded by the calendar_catalogue migrations.
CREATE TABLE event_category (
    code                text PRIMARY KEY,
    name                text NOT NULL,
    recurring           boolean NOT NULL,
    recurrence          text,
    organiser           text,
    axis                text,
    third_party_fair    boolean NOT NULL DEFAULT false,
    source              text
);

CREATE TABLE plan_axis (
    code    text PRIMARY KEY,
    number  integer NOT NULL UNIQUE,
    title   text NOT NULL
);

CREATE TABLE campaign (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    category    text REFERENCES event_category (code),
    starts_on   date NOT NULL,
    ends_on     date NOT NULL,
    created_at  timestamptz NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE event (
    id                      uuid PRIMARY KEY,
    version                 bigint NOT NULL,
    title                   text NOT NULL,
    description             text,
    category                text NOT NULL REFERENCES event_category (code),
    axis                    text REFERENCES plan_axis (code),
    campaign                text REFERENCES campaign (code),
    organiser_enterprise_id uuid,
    organiser_name          text,
    first_begin             timestamptz NOT NULL,
    attendance_mode         text NOT NULL,
    online_link             text,
    venue_name              text,
    venue_address           text,
    commune_code            text,
    departement             text,
    latitude                numeric(9,6),
    longitude               numeric(9,6),
    accessibility           text NOT NULL DEFAULT '',
    audience                text,
    free_entry              boolean NOT NULL,
    price                   numeric(14,2),
    capacity                integer CHECK (capacity IS NULL OR capacity > 0),
    registration_required   boolean NOT NULL,
    registration_deadline   timestamptz,
    keywords                text NOT NULL DEFAULT '',
    status                  text NOT NULL,
    moderation_note         text,
    partner_client          text,
    owner_siren             text,
    confirmed_count         integer NOT NULL DEFAULT 0 CHECK (confirmed_count >= 0),
    waitlisted_count        integer NOT NULL DEFAULT 0 CHECK (waitlisted_count >= 0),
    attended_count          integer NOT NULL DEFAULT 0 CHECK (attended_count >= 0),
    created_at              timestamptz NOT NULL,
    created_by              text NOT NULL,
    published_at            timestamptz,
    updated_at              timestamptz NOT NULL,
    -- never more confirmed than the capacity, whatever the concurrency
    CHECK (capacity IS NULL OR confirmed_count <= capacity)
);
CREATE INDEX event_updated ON event (updated_at, id);
CREATE INDEX event_first_begin ON event (first_begin, id);
CREATE INDEX event_campaign ON event (campaign);

CREATE TABLE event_timing (
    event_id    uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    id          uuid NOT NULL,
    begins_at   timestamptz NOT NULL,
    ends_at     timestamptz NOT NULL,
    PRIMARY KEY (event_id, position),
    CHECK (ends_at > begins_at)
);

CREATE TABLE event_external_id (
    event_id    uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    source      text NOT NULL,
    external_id text NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_history (
    event_id    uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    version     bigint NOT NULL,
    status      text NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text NOT NULL,
    note        text,
    PRIMARY KEY (event_id, version)
);

-- A person's registration: name and e-mail are personal data, erasable (erased_at).
CREATE TABLE registration (
    id              uuid PRIMARY KEY,
    version         bigint NOT NULL,
    event_id        uuid NOT NULL REFERENCES event (id),
    person_name     text NOT NULL,
    email           text NOT NULL,
    organisation    text,
    status          text NOT NULL,
    queued_at       timestamptz NOT NULL,
    secret_hash     text UNIQUE,
    partner_client  text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    attended_at     timestamptz,
    erased_at       timestamptz
);
CREATE INDEX registration_waitlist ON registration (event_id, status, queued_at, id);
-- one active registration per person and event
CREATE UNIQUE INDEX registration_once ON registration (event_id, email) WHERE status IN ('CONFIRMED', 'WAITLISTED', 'ATTENDED');
