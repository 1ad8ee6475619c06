-- Members without an identity number who may be the same person registered twice: the same name without
-- diacritics, the same birth year, households in the same village. An officer resolves each: the same person (the
-- extra record leaves its household by a change request the chair approves) or two people.
CREATE TABLE possible_duplicate (
    id               uuid         PRIMARY KEY,
    -- The pair in a fixed order (the smaller id first), so that it is flagged once.
    member_id        uuid         NOT NULL,
    other_member_id  uuid         NOT NULL,
    commune_code     varchar(5)   NOT NULL,
    village          varchar(200) NOT NULL,
    name_folded      varchar(200) NOT NULL,
    birth_year       integer      NOT NULL,
    status           varchar(20)  NOT NULL CHECK (status IN ('OPEN', 'SAME_PERSON', 'DISTINCT')),
    found_at         timestamptz  NOT NULL,
    resolved_by      varchar(200),
    resolved_at      timestamptz,
    resolution_note  text,
    change_request   uuid,
    UNIQUE (member_id, other_member_id),
    CHECK (member_id < other_member_id)
);

CREATE INDEX possible_duplicate_commune ON possible_duplicate (commune_code, status, found_at);

CREATE INDEX household_member_without_id ON household_member (name_folded, birth_year) WHERE personal_id IS NULL;
