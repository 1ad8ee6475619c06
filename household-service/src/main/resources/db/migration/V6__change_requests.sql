-- The registry between reviews: changes proposed by a commune officer and approved by the chair (or an officer the
-- commune designates); a move to another commune is accepted by the destination as well.

-- A household that no longer exists as such: dissolved, merged into another, left the province. Its history stays.
ALTER TABLE household
    ADD COLUMN closed_on date,
    ADD COLUMN closed_reason varchar(30),
    -- Set when a change makes the household due for the regular review (a split, a merge, a member more or less):
    -- its class is decided by a survey through the classifier, never carried over by the change.
    ADD COLUMN review_due_since date;

-- The people who left a household (died, moved out, a household dissolved), as they were: the history keeps them
-- while the identity number is free for the household a person joins next.
CREATE TABLE former_member (
    id               uuid         PRIMARY KEY,
    household_id     uuid         NOT NULL REFERENCES household (id),
    full_name        varchar(200) NOT NULL,
    birth_year       integer      NOT NULL,
    sex              varchar(10)  NOT NULL,
    ethnicity        varchar(50)  NOT NULL,
    relation         varchar(20)  NOT NULL,
    personal_id      varchar(12),
    left_on          date         NOT NULL,
    left_reason      varchar(30)  NOT NULL,
    change_request   uuid         NOT NULL
);

CREATE INDEX former_member_household ON former_member (household_id);

CREATE TABLE change_request (
    id                  uuid         PRIMARY KEY,
    household_id        uuid         NOT NULL REFERENCES household (id),
    -- The commune the household belonged to when the change was proposed: its chair approves.
    commune_code        varchar(5)   NOT NULL,
    kind                varchar(30)  NOT NULL CHECK (kind IN ('MEMBER_ADDED', 'MEMBER_REMOVED', 'MEMBER_CORRECTED',
                            'SPLIT', 'MERGE', 'DISSOLVE', 'TRANSFER', 'LEAVE_PROVINCE')),
    reason              varchar(30)  NOT NULL,
    effective_date      date         NOT NULL,
    -- The proposal as sent (personal data: shown to the roles that see it).
    proposal            text         NOT NULL,
    household_version   integer      NOT NULL,
    destination_commune varchar(5),
    status              varchar(30)  NOT NULL CHECK (status IN ('PROPOSED', 'AWAITING_DESTINATION', 'APPLIED',
                            'REJECTED')),
    proposed_by         varchar(200) NOT NULL,
    proposed_at         timestamptz  NOT NULL,
    approved_by         varchar(200),
    approved_at         timestamptz,
    decision_number     varchar(100),
    decision_date       date,
    accepted_by         varchar(200),
    accepted_at         timestamptz,
    rejected_by         varchar(200),
    rejected_at         timestamptz,
    answer_reason       text,
    -- What applying it did: the previous values of a corrected member, the new household of a split…
    outcome             text,
    version             integer      NOT NULL
);

CREATE INDEX change_request_commune ON change_request (commune_code, status, proposed_at);
CREATE INDEX change_request_destination ON change_request (destination_commune, status)
    WHERE destination_commune IS NOT NULL;
CREATE INDEX change_request_household ON change_request (household_id, proposed_at);

-- Officers a commune's chair designates to approve its changes, besides the chair.
CREATE TABLE change_approver (
    commune_code  varchar(5)   NOT NULL,
    user_name     varchar(200) NOT NULL,
    designated_by varchar(200) NOT NULL,
    designated_at timestamptz  NOT NULL,
    PRIMARY KEY (commune_code, user_name)
);

-- A recognised change now comes from a round or from an approved request.
ALTER TABLE status_change
    ALTER COLUMN round_id DROP NOT NULL,
    ALTER COLUMN round_kind DROP NOT NULL,
    ADD COLUMN cause varchar(20),
    ADD COLUMN change_request uuid;
