-- Transactional outbox: an event is a row written in the same transaction as the business change, published by
-- the relay after commit. The id is taken from the sequence at insert time (not pre-allocated in blocks), and
-- writers of one aggregate are serialised by the aggregate_sequence row, so id order is publication order
-- within every aggregate, across any number of service instances.
CREATE TABLE outbox_aggregate_sequence (
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(200) NOT NULL,
    last_sequence  bigint       NOT NULL,
    PRIMARY KEY (aggregate_type, aggregate_id)
);

CREATE TABLE outbox_event (
    id             bigserial    PRIMARY KEY,
    event_id       uuid         NOT NULL UNIQUE,
    topic          varchar(200) NOT NULL,
    aggregate_type varchar(100) NOT NULL,
    aggregate_id   varchar(200) NOT NULL,
    sequence       bigint       NOT NULL,
    type           varchar(200) NOT NULL,
    payload        jsonb        NOT NULL,
    created_at     timestamptz  NOT NULL,
    sent_at        timestamptz,
    UNIQUE (aggregate_type, aggregate_id, sequence)
);

CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
