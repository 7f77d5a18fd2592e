-- The audit trail: every change of an aggregate, with who made it, through which client, with which roles, from
-- which address and in which request. Written in the transaction of the change; kept as long as the aggregate.
CREATE TABLE audit_entry (
    id                 bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    aggregate_type     text         NOT NULL,
    aggregate_id       uuid         NOT NULL,
    aggregate_version  bigint,
    change             text         NOT NULL,
    at                 timestamptz  NOT NULL,
    actor              text         NOT NULL,   -- the user name or client shown in the history
    subject            text,                    -- the token's subject (a Keycloak user or service account id)
    client             text,                    -- the OAuth client the token was issued to
    roles              text         NOT NULL DEFAULT '',   -- the caller's Essor roles, comma separated
    address            text,                    -- the client's network address (through trusted proxies only)
    correlation_id     text
);

CREATE INDEX audit_entry_aggregate ON audit_entry (aggregate_type, aggregate_id, id);
