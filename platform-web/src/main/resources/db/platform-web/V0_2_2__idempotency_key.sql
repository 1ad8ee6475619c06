-- The first result of each write that a client marked with an Idempotency-Key, stored in the write's own
-- transaction: a retry with the same key gets the same answer, and a concurrent duplicate waits for the first.
CREATE TABLE idempotency_key (
    caller          varchar(200) NOT NULL,
    operation       varchar(200) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    response_status integer,
    response_body   jsonb,
    created_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller, operation, idempotency_key)
);
