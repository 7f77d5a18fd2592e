CREATE TABLE ledger_entry (
    id        uuid PRIMARY KEY,
    account   text   NOT NULL,
    version   bigint NOT NULL,
    note      text   NOT NULL
);

-- No uniqueness on event_id on purpose: a duplicate the inbox let through would show as a second row.
CREATE TABLE ledger_projection (
    id        bigserial PRIMARY KEY,
    event_id  text   NOT NULL,
    account   text   NOT NULL,
    sequence  bigint NOT NULL
);
