-- The relay claims work with short leases instead of holding a transaction open while Kafka answers, backs off
-- per aggregate after a failed send, and parks a row that keeps failing until an operator releases it.

-- Every aggregate falls in one of 256 buckets; a relay slot serves the buckets whose number modulo the slot count
-- is its own. Stored, so the unsent rows of a slot are found through an index.
ALTER TABLE outbox ADD COLUMN bucket smallint GENERATED ALWAYS AS ((hashtext(aggregate_id) & 255)) STORED;
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamptz;   -- set after a failed send: not before this time
ALTER TABLE outbox ADD COLUMN parked_at timestamptz;         -- set after too many failed sends: waits for an operator

DROP INDEX outbox_unsent;
CREATE INDEX outbox_unsent ON outbox (bucket, id) WHERE sent_at IS NULL;
CREATE INDEX outbox_unsent_in_order ON outbox (id) INCLUDE (created_at) WHERE sent_at IS NULL;
-- The few rows that hold their aggregate back (backing off or parked).
CREATE INDEX outbox_holding ON outbox (aggregate_id, id) WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL;

-- Which relay serves which slot, until when. A relay renews its lease while it works; one that dies, freezes or
-- loses its database connection lets it expire, and another takes the slot over.
CREATE TABLE outbox_lease (
    slot        integer      PRIMARY KEY,   -- a relay slot; -1 is the purge
    owner       text         NOT NULL,
    expires_at  timestamptz  NOT NULL
);
