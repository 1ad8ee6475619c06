-- Money by who spends it: the commune or agency an allocation assigned it to (funding's implementing area), so that
-- a district's communes show what they were given and paid out, whichever unit's plan the money came from.
CREATE TABLE implementer_money (
    plan_id        uuid         NOT NULL,
    line_key       varchar(100) NOT NULL,
    area_code      varchar(5)   NOT NULL,
    plan_unit_code varchar(5)   NOT NULL,
    year           integer      NOT NULL,
    fund_type      varchar(20)  NOT NULL,
    assigned_vnd   bigint       NOT NULL DEFAULT 0,
    disbursed_vnd  bigint       NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, line_key, area_code)
);

CREATE INDEX implementer_money_year ON implementer_money (year, area_code);
