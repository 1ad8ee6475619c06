-- Read models fed by the event topics: counts and sums, never a row per household to scan for a report.

-- Households moving into and out of the poor and near-poor lists, per commune, list year, kind and DTTS group.
-- The district is the one the commune belonged to on the decision date; former_district_code groups the
-- successor communes of a district that the 2025 reform abolished.
CREATE TABLE poverty_movement (
    commune_code          varchar(5)  NOT NULL,
    district_code         varchar(3),
    former_district_code  varchar(3),
    list_year             integer     NOT NULL,
    status                varchar(20) NOT NULL CHECK (status IN ('POOR', 'NEAR_POOR')),
    direction             varchar(3)  NOT NULL CHECK (direction IN ('IN', 'OUT')),
    kind                  varchar(40) NOT NULL,
    ethnic_minority       boolean     NOT NULL,
    households            bigint      NOT NULL,
    PRIMARY KEY (commune_code, list_year, status, direction, kind, ethnic_minority)
);

CREATE INDEX poverty_movement_district ON poverty_movement (former_district_code, list_year);

-- The denominator of every rate, as each commune reported it.
CREATE TABLE resident_households (
    commune_code         varchar(5)  NOT NULL,
    year                 integer     NOT NULL,
    former_district_code varchar(3),
    total                bigint      NOT NULL,
    ethnic_minority      bigint,
    reported_on          date        NOT NULL,
    PRIMARY KEY (commune_code, year)
);

-- The targets of each unit's latest approved plan.
CREATE TABLE plan_target (
    plan_id          uuid         NOT NULL,
    unit_code        varchar(5)   NOT NULL,
    year             integer      NOT NULL,
    plan_version     integer      NOT NULL,
    position         integer      NOT NULL,
    kind             varchar(40)  NOT NULL,
    population_group varchar(20)  NOT NULL,
    points           numeric(9,4),
    households       bigint,
    percent          numeric(9,4),
    description      text,
    PRIMARY KEY (plan_id, position)
);

CREATE INDEX plan_target_unit ON plan_target (unit_code, year);

-- Each budget line's money: proposed by the latest approved plan, assigned and disbursed through funding.
CREATE TABLE line_money (
    plan_id          uuid         NOT NULL,
    line_key         varchar(100) NOT NULL,
    unit_code        varchar(5)   NOT NULL,
    year             integer      NOT NULL,
    plan_version     integer      NOT NULL,
    project_code     varchar(10)  NOT NULL,
    sub_project_code varchar(10),
    fund_type        varchar(20)  NOT NULL,
    proposed_vnd     bigint       NOT NULL DEFAULT 0,
    assigned_vnd     bigint       NOT NULL DEFAULT 0,
    disbursed_vnd    bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, line_key)
);

CREATE INDEX line_money_unit ON line_money (unit_code, year);
