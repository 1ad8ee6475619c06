-- The registry: households, their members (personal data), their recognised status and its history.
CREATE TABLE household (
    id                uuid         PRIMARY KEY,
    -- Pseudonymous: what other systems and events see; it says nothing about the people.
    code              varchar(40)  NOT NULL UNIQUE,
    commune_code      varchar(5)   NOT NULL,
    village           varchar(200) NOT NULL,
    head_name         varchar(200) NOT NULL,
    ethnic_minority   boolean      NOT NULL,
    member_count      integer      NOT NULL CHECK (member_count >= 0),
    current_status    varchar(20)  NOT NULL,
    current_list_year integer,
    ever_listed       boolean      NOT NULL,
    last_area_type    varchar(10),
    created_at        timestamptz  NOT NULL,
    created_by        varchar(200) NOT NULL,
    version           integer      NOT NULL
);

CREATE INDEX household_commune ON household (commune_code, village);

CREATE TABLE household_member (
    id               uuid         PRIMARY KEY,
    household_id     uuid         NOT NULL REFERENCES household (id),
    full_name        varchar(200) NOT NULL,
    birth_year       integer      NOT NULL,
    sex              varchar(10)  NOT NULL,
    ethnicity        varchar(50)  NOT NULL,
    relation         varchar(20)  NOT NULL,
    disability       boolean      NOT NULL,
    health_insurance boolean      NOT NULL,
    personal_id      varchar(12)  UNIQUE
);

CREATE INDEX household_member_household ON household_member (household_id);

CREATE TABLE status_change (
    id              uuid         PRIMARY KEY,
    household_id    uuid         NOT NULL REFERENCES household (id),
    list_year       integer      NOT NULL,
    round_id        uuid         NOT NULL,
    round_kind      varchar(20)  NOT NULL,
    decision_number varchar(100),
    decision_date   date         NOT NULL,
    standard_code   varchar(20)  NOT NULL,
    area_type       varchar(10)  NOT NULL,
    commune_code    varchar(5)   NOT NULL,
    district_code   varchar(3),
    status_before   varchar(20),
    status_after    varchar(20)  NOT NULL,
    movement        varchar(40)  NOT NULL,
    created_at      timestamptz  NOT NULL
);

CREATE INDEX status_change_household ON status_change (household_id, decision_date);

-- The denominator of every rate: reported by the commune, never counted from the registry.
CREATE TABLE total_households (
    commune_code     varchar(5)   NOT NULL,
    year             integer      NOT NULL,
    total            bigint       NOT NULL CHECK (total >= 0),
    ethnic_minority  bigint       CHECK (ethnic_minority >= 0),
    reported_by      varchar(200) NOT NULL,
    reported_at      timestamptz  NOT NULL,
    PRIMARY KEY (commune_code, year)
);

CREATE TABLE review_round (
    id              uuid         PRIMARY KEY,
    commune_code    varchar(5)   NOT NULL,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('OPENING_BALANCE', 'PERIODIC', 'REGULAR')),
    held_year       integer      NOT NULL,
    month           integer,
    list_year       integer      NOT NULL,
    standard_code   varchar(20)  NOT NULL,
    area_type       varchar(10)  NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('OPEN', 'DECIDED')),
    opened_by       varchar(200) NOT NULL,
    opened_at       timestamptz  NOT NULL,
    decision_number varchar(100),
    decision_date   date,
    decided_by      varchar(200),
    decided_at      timestamptz,
    version         integer      NOT NULL
);

-- One periodic round a year and one regular round a month per commune; an opening list may arrive in parts.
CREATE UNIQUE INDEX review_round_once ON review_round (commune_code, kind, held_year, coalesce(month, 0))
    WHERE kind <> 'OPENING_BALANCE';

CREATE TABLE review (
    id                  uuid          PRIMARY KEY,
    round_id            uuid          NOT NULL REFERENCES review_round (id),
    household_id        uuid          NOT NULL REFERENCES household (id),
    status              varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
    survey_date         date          NOT NULL,
    income_vnd          bigint,
    score_a             integer,
    deprived            jsonb         NOT NULL,
    score_b             integer,
    meeting_agree_share numeric(5,4),
    computed_status     varchar(20)   NOT NULL,
    low_income_worker   boolean       NOT NULL,
    decided_by_basis    varchar(10)   NOT NULL,
    explanation_vi      text          NOT NULL,
    explanation_en      text          NOT NULL,
    submitted_by        varchar(200)  NOT NULL,
    submitted_at        timestamptz   NOT NULL,
    return_reason       text,
    UNIQUE (round_id, household_id)
);
