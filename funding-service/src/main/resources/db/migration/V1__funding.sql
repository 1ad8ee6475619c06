-- Budget lines as the approved plans state them, learned from plan events: one row per plan and line key, with
-- the amount of the latest approved version.
CREATE TABLE budget_line (
    plan_id          uuid         NOT NULL,
    line_key         varchar(100) NOT NULL,
    plan_key         varchar(20)  NOT NULL,
    plan_unit_code   varchar(5)   NOT NULL,
    year             integer      NOT NULL,
    plan_version     integer      NOT NULL,
    project_code     varchar(10)  NOT NULL,
    sub_project_code varchar(10),
    fund_type        varchar(20)  NOT NULL,
    fund_source      varchar(20)  NOT NULL,
    proposed_vnd     bigint       NOT NULL CHECK (proposed_vnd >= 0),
    allocated_vnd    bigint       NOT NULL DEFAULT 0 CHECK (allocated_vnd >= 0),
    updated_at       timestamptz  NOT NULL,
    PRIMARY KEY (plan_id, line_key)
);

CREATE INDEX budget_line_unit_year ON budget_line (plan_unit_code, year);

-- A revision that lowered a line below what was already allocated: reported, never silently absorbed.
CREATE TABLE line_revision_conflict (
    id            uuid         PRIMARY KEY,
    plan_id       uuid         NOT NULL,
    line_key      varchar(100) NOT NULL,
    plan_version  integer      NOT NULL,
    previous_vnd  bigint       NOT NULL,
    revised_vnd   bigint       NOT NULL,
    allocated_vnd bigint       NOT NULL,
    detected_at   timestamptz  NOT NULL
);

-- Capital assigned to an implementing unit from a budget line (kế hoạch vốn giao).
CREATE TABLE allocation (
    id                     uuid         PRIMARY KEY,
    plan_id                uuid         NOT NULL,
    line_key               varchar(100) NOT NULL,
    implementing_unit      varchar(300) NOT NULL,
    implementing_area_code varchar(5)   NOT NULL,
    year                   integer      NOT NULL,
    amount_vnd             bigint       NOT NULL CHECK (amount_vnd > 0),
    disbursed_vnd          bigint       NOT NULL DEFAULT 0,
    decision_number        varchar(100) NOT NULL,
    decision_date          date         NOT NULL,
    recorded_by            varchar(200) NOT NULL,
    recorded_at            timestamptz  NOT NULL,
    version                integer      NOT NULL,
    FOREIGN KEY (plan_id, line_key) REFERENCES budget_line (plan_id, line_key),
    CHECK (disbursed_vnd >= 0 AND disbursed_vnd <= amount_vnd)
);

CREATE INDEX allocation_line ON allocation (plan_id, line_key);

-- The disbursement ledger: payments and reversals, appended and never changed.
CREATE TABLE ledger_entry (
    id                uuid         PRIMARY KEY,
    allocation_id     uuid         NOT NULL REFERENCES allocation (id),
    kind              varchar(20)  NOT NULL CHECK (kind IN ('DISBURSEMENT', 'REVERSAL')),
    amount_vnd        bigint       NOT NULL CHECK (amount_vnd > 0),
    value_date        date         NOT NULL,
    payee             varchar(300),
    payment_reference varchar(100),
    reverses_entry_id uuid         REFERENCES ledger_entry (id),
    reason            text,
    recorded_by       varchar(200) NOT NULL,
    recorded_at       timestamptz  NOT NULL,
    CHECK ((kind = 'REVERSAL') = (reverses_entry_id IS NOT NULL))
);

CREATE INDEX ledger_entry_allocation ON ledger_entry (allocation_id);
CREATE INDEX ledger_entry_reverses ON ledger_entry (reverses_entry_id);

CREATE FUNCTION ledger_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the disbursement ledger is append-only: record a reversal instead of changing an entry';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_entry_append_only();
