-- Each plan's output indicators (about 300 attendances…) and what was reported done against them.
CREATE TABLE plan_indicator (
    plan_id          uuid          NOT NULL,
    indicator_key    varchar(100)  NOT NULL,
    unit_code        varchar(5)    NOT NULL,
    year             integer       NOT NULL,
    project_code     varchar(10),
    sub_project_code varchar(10),
    description      text          NOT NULL,
    unit             varchar(100)  NOT NULL,
    target           numeric(18,2) NOT NULL,
    approximate      boolean       NOT NULL,
    achieved         numeric(18,2) NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, indicator_key)
);

CREATE INDEX plan_indicator_unit ON plan_indicator (unit_code, year);
