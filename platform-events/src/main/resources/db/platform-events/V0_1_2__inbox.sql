-- Idempotent inbox: the ids of the events a consumer applied and each aggregate's last applied sequence, written
-- in the same transaction as the events' effects.
CREATE TABLE inbox_event (
    event_id     uuid         PRIMARY KEY,
    topic        varchar(200) NOT NULL,
    aggregate    varchar(300) NOT NULL,
    sequence     bigint       NOT NULL,
    type         varchar(200) NOT NULL,
    applied_at   timestamptz  NOT NULL
);

CREATE TABLE inbox_aggregate_position (
    aggregate     varchar(300) PRIMARY KEY,
    last_sequence bigint       NOT NULL,
    updated_at    timestamptz  NOT NULL
);
