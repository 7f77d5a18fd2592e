-- Events a consumer has applied, recorded in the same transaction as their effect: a redelivery is a no-op.
CREATE TABLE processed_event (
    consumer      text         NOT NULL,   -- the consumer group, <service>.<purpose>
    event_id      text         NOT NULL,   -- ce_id
    event_type    text,
    topic         text         NOT NULL,
    kafka_partition integer    NOT NULL,
    kafka_offset  bigint       NOT NULL,
    processed_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
