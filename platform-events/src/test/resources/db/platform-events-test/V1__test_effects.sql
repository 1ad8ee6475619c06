-- The effect the test consumer applies: one row per applied event, so that double application shows.
CREATE TABLE test_effect (
    event_id  uuid         PRIMARY KEY,
    aggregate varchar(300) NOT NULL,
    sequence  bigint       NOT NULL,
    amount    bigint       NOT NULL
);
