-- Complaints about a recognition decision: recorded with their deadlines, assigned, re-checked by a re-survey through
-- the classifier, and answered by the chair; an upheld complaint that changes a class does so by a new decision of its
-- own (movement COMPLAINT_CORRECTION), never by editing the round's.
CREATE TABLE complaint (
    id                    uuid         PRIMARY KEY,
    round_id              uuid         NOT NULL REFERENCES review_round (id),
    household_id          uuid         NOT NULL REFERENCES household (id),
    commune_code          varchar(5)   NOT NULL,
    complainant_name      varchar(200) NOT NULL,
    complainant_relation  varchar(20)  NOT NULL CHECK (complainant_relation IN ('HOUSEHOLD', 'OTHER_RESIDENT')),
    ground                text         NOT NULL,
    claimed_status        varchar(20),
    received_on           date         NOT NULL,
    lodge_deadline        date         NOT NULL,
    complex               boolean      NOT NULL,
    answer_due            date         NOT NULL,
    period_source         text         NOT NULL,
    status                varchar(20)  NOT NULL CHECK (status IN ('RECEIVED', 'ASSIGNED', 'RESURVEYED', 'UPHELD',
                              'DISMISSED')),
    recorded_by           varchar(200) NOT NULL,
    recorded_at           timestamptz  NOT NULL,
    assigned_to           varchar(200),
    assigned_by           varchar(200),
    assigned_at           timestamptz,
    resurvey              text,
    resurvey_date         date,
    resurvey_status       varchar(20),
    resurvey_explanation  text,
    resurveyed_by         varchar(200),
    resurveyed_at         timestamptz,
    answer                text,
    decision_number       varchar(100),
    decision_date         date,
    answered_by           varchar(200),
    answered_at           timestamptz,
    corrected             boolean,
    version               integer      NOT NULL
);

CREATE INDEX complaint_commune ON complaint (commune_code, status, answer_due);
CREATE INDEX complaint_household ON complaint (household_id);
