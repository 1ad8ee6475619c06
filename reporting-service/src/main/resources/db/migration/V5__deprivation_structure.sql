-- The lists' deprivation structure, as counts only: per commune, list year, class and DTTS membership, the
-- households whose deprivations are known (item_kind HOUSEHOLDS), those lacking each indicator (INDICATOR, by code)
-- and those lacking at least one indicator of each dimension (DIMENSION, by its name). Each deprivations-recognised
-- event takes the household's earlier standing out and puts the new one in, in its commune and list year, so the
-- list of year L is the sum over list years up to L, as with the movements.
CREATE TABLE poverty_deprivation (
    commune_code          varchar(5)   NOT NULL,
    district_code         varchar(3),
    former_district_code  varchar(3),
    list_year             integer      NOT NULL,
    status                varchar(20)  NOT NULL CHECK (status IN ('POOR', 'NEAR_POOR')),
    ethnic_minority       boolean      NOT NULL,
    item_kind             varchar(10)  NOT NULL CHECK (item_kind IN ('HOUSEHOLDS', 'INDICATOR', 'DIMENSION')),
    item                  varchar(200) NOT NULL,
    households            bigint       NOT NULL,
    PRIMARY KEY (commune_code, list_year, status, ethnic_minority, item_kind, item)
);

CREATE INDEX poverty_deprivation_district ON poverty_deprivation (former_district_code, list_year);

-- What the standards call each indicator, as the latest list that counted it named it: the reports' row labels.
CREATE TABLE deprivation_label (
    indicator  varchar(40)  PRIMARY KEY,
    dimension  varchar(200) NOT NULL,
    name       varchar(300) NOT NULL,
    list_year  integer      NOT NULL
);
