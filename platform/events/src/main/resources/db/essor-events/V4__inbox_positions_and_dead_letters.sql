-- Where each consumer stands in each partition, written in the transaction of each effect: the database, not the
-- consumer group, says what has been applied. A rebuild clears a consumer's positions with its projection and
-- moves it to a new generation, so every replica starts again from offset zero.
CREATE TABLE consumer_generation (
    consumer    text    PRIMARY KEY,
    generation  bigint  NOT NULL,
    rebuilt_at  timestamptz
);

CREATE TABLE consumer_position (
    consumer         text     NOT NULL,
    topic            text     NOT NULL,
    kafka_partition  integer  NOT NULL,
    next_offset      bigint   NOT NULL,
    PRIMARY KEY (consumer, topic, kafka_partition)
);

-- Events a consumer could not apply (dead letters) and the later events of the same aggregate held behind them,
-- kept whole so that an operator can replay them through the inbox, in order, once the cause is fixed.
CREATE TABLE inbox_held (
    id               bigserial    PRIMARY KEY,      -- arrival order
    consumer         text         NOT NULL,
    record_key       text         NOT NULL,         -- the aggregate id
    event_id         text,                          -- ce_id, when the record has one
    topic            text         NOT NULL,
    kafka_partition  integer      NOT NULL,
    kafka_offset     bigint       NOT NULL,
    headers          text         NOT NULL,         -- the record's headers, JSON {name: value}
    payload          bytea,
    reason           text         NOT NULL,         -- DEAD_LETTER or HELD_BEHIND
    error            text,
    held_at          timestamptz  NOT NULL DEFAULT now(),
    resolved_at      timestamptz,
    resolution       text                            -- REPLAYED or DISCARDED
);

CREATE INDEX inbox_held_open ON inbox_held (consumer, record_key, id) WHERE resolved_at IS NULL;

-- processed_event only guards against redelivery (positions already say what was applied), so old rows can go.
CREATE INDEX processed_event_age ON processed_event (processed_at);
