-- Bulk imports of CSV extracts, processed in the background, with an outcome per line.
CREATE TABLE enterprise_import (
    id            uuid         PRIMARY KEY,
    status        text         NOT NULL,           -- PENDING, RUNNING, COMPLETED, FAILED
    file_name     text,
    content       text,                            -- the CSV, kept until the import completes
    total_lines   integer      NOT NULL DEFAULT 0,
    processed     integer      NOT NULL DEFAULT 0,
    created       integer      NOT NULL DEFAULT 0,
    updated       integer      NOT NULL DEFAULT 0,
    unchanged     integer      NOT NULL DEFAULT 0,
    rejected      integer      NOT NULL DEFAULT 0,
    failure       text,
    submitted_by  text         NOT NULL,
    submitted_at  timestamptz  NOT NULL,
    started_at    timestamptz,
    finished_at   timestamptz
);

CREATE TABLE enterprise_import_line (
    import_id      uuid     NOT NULL REFERENCES enterprise_import (id) ON DELETE CASCADE,
    line_number    integer  NOT NULL,               -- 1 is the first line after the header
    outcome        text     NOT NULL,               -- CREATED, UPDATED, UNCHANGED, REJECTED
    siren          text,
    siret          text,
    enterprise_id  uuid,
    reason         text,
    PRIMARY KEY (import_id, line_number)
);

CREATE INDEX enterprise_import_line_by_outcome ON enterprise_import_line (import_id, outcome, line_number);
