-- Events waiting to be relayed to Kafka. Appended in the transaction of the state change they describe.
CREATE TABLE outbox (
    id                bigserial    PRIMARY KEY,       -- global append order; the relay sends in this order
    event_id          uuid         NOT NULL UNIQUE,   -- ce_id
    topic             text         NOT NULL,
    event_type        text         NOT NULL,          -- ce_type
    aggregate_id      text         NOT NULL,          -- ce_subject and the Kafka record key
    aggregate_version bigint       NOT NULL,          -- ce_sequence
    occurred_at       timestamptz  NOT NULL,          -- ce_time
    traceparent       text         NOT NULL,
    payload           text         NOT NULL,          -- the JSON data, exactly as published
    created_at        timestamptz  NOT NULL DEFAULT now(),
    sent_at           timestamptz,
    attempts          integer      NOT NULL DEFAULT 0,
    last_error        text
);

CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL;

-- Wake the relays when an append commits (notifications are delivered at commit, never for a rollback).
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('essor_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_appended AFTER INSERT ON outbox
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();
