-- Events that arrived before an earlier event of their aggregate: held until the gap is filled, then applied in
-- order. A consumer that skipped them instead would lose them for good (the earlier one arrives later only when a
-- relay resent it after a broker outage).
CREATE TABLE inbox_held_event (
    aggregate  varchar(300) NOT NULL,
    sequence   bigint       NOT NULL,
    event_id   uuid         NOT NULL,
    topic      varchar(200) NOT NULL,
    envelope   text         NOT NULL,
    held_at    timestamptz  NOT NULL,
    PRIMARY KEY (aggregate, sequence)
);

-- Events that can never be applied as they are: sent to the dead-letter topic, and kept here so that their place in
-- their aggregate's order is taken (the events after them are not held forever) and so that an operator can replay
-- one once its cause is fixed.
CREATE TABLE inbox_set_aside_event (
    event_id    uuid         PRIMARY KEY,
    topic       varchar(200) NOT NULL,
    aggregate   varchar(300) NOT NULL,
    sequence    bigint       NOT NULL,
    type        varchar(200) NOT NULL,
    envelope    text         NOT NULL,
    reason      text         NOT NULL,
    set_aside_at timestamptz NOT NULL,
    replayed_at timestamptz
);
