-- One plan per administrative unit and year; its versions are kept forever, approved ones unchanged.
CREATE TABLE plan (
    id               uuid         PRIMARY KEY,
    unit_code        varchar(5)   NOT NULL,
    year             integer      NOT NULL,
    latest_version   integer      NOT NULL,
    approved_version integer,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(200) NOT NULL,
    UNIQUE (unit_code, year)
);

CREATE TABLE plan_version (
    id              uuid         PRIMARY KEY,
    plan_id         uuid         NOT NULL REFERENCES plan (id),
    version         integer      NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    -- The document exactly as imported or edited, and what validation found in it.
    document        jsonb        NOT NULL,
    findings        jsonb        NOT NULL,
    error_count     integer      NOT NULL,
    warning_count   integer      NOT NULL,
    total_vnd       bigint       NOT NULL,
    revision_reason text,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(200) NOT NULL,
    submitted_at    timestamptz,
    submitted_by    varchar(200),
    approved_at     timestamptz,
    approved_by     varchar(200),
    approval_date   date,
    acknowledgement text,
    lock_version    integer      NOT NULL,
    UNIQUE (plan_id, version)
);

-- The version's budget lines at the lowest level the document gives, for queries and events.
CREATE TABLE plan_budget_line (
    plan_version_id  uuid         NOT NULL REFERENCES plan_version (id),
    line_key         varchar(100) NOT NULL,
    project_code     varchar(10)  NOT NULL,
    sub_project_code varchar(10),
    fund_type        varchar(20)  NOT NULL,
    fund_source      varchar(20)  NOT NULL,
    amount_vnd       bigint       NOT NULL CHECK (amount_vnd >= 0),
    PRIMARY KEY (plan_version_id, line_key)
);

-- What lead agencies report done against the plan's output indicators during the year.
CREATE TABLE indicator_progress (
    id            uuid          PRIMARY KEY,
    plan_id       uuid          NOT NULL REFERENCES plan (id),
    indicator_key varchar(100)  NOT NULL,
    quantity      numeric(18,2) NOT NULL CHECK (quantity >= 0),
    reported_on   date          NOT NULL,
    note          text,
    reported_by   varchar(200)  NOT NULL,
    created_at    timestamptz   NOT NULL
);

CREATE INDEX indicator_progress_plan ON indicator_progress (plan_id, indicator_key);
