-- Answers of creating POSTs sent with an Idempotency-Key, so that a retry replays the first answer.
CREATE TABLE idempotency_key (
    scope         text         NOT NULL,   -- who asked, and which method and path
    key           text         NOT NULL,
    request_hash  text         NOT NULL,   -- SHA-256 of the request body as JSON
    status        integer,
    location      text,
    etag          text,
    body          text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);

CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
