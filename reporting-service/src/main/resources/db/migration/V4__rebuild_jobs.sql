-- Rebuilds of the read models from the topics, run one at a time in the background: who asked, what happened.
CREATE TABLE rebuild_job (
    id           uuid         PRIMARY KEY,
    requested_by varchar(200) NOT NULL,
    requested_at timestamptz  NOT NULL,
    swap         boolean      NOT NULL,
    -- QUEUED, RUNNING, IDENTICAL, DIFFERENT, SWAPPED, FAILED
    state        varchar(20)  NOT NULL,
    -- The schema of the fresh tables (and, after a swap, of the tables that were live before it).
    schema_name  varchar(63)  NOT NULL,
    heartbeat_at timestamptz  NOT NULL,
    finished_at  timestamptz,
    events       bigint,
    set_aside    bigint,
    identical    jsonb,
    error        varchar(2000)
);

-- One rebuild at a time, across every replica of the service.
CREATE UNIQUE INDEX rebuild_job_one_at_a_time ON rebuild_job ((true)) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX rebuild_job_requested ON rebuild_job (requested_at DESC);
