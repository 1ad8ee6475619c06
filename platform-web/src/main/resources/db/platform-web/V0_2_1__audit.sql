-- Who changed what, when, and the state before and after: append-only, readable by the auditor role.
CREATE TABLE audit_entry (
    id           bigserial    PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(200) NOT NULL,
    actor_roles  varchar(500) NOT NULL,
    actor_area   varchar(10),
    action       varchar(100) NOT NULL,
    entity_type  varchar(100) NOT NULL,
    entity_id    varchar(200) NOT NULL,
    -- '/04/047/01477/': the unit and its ancestors on the fact's date, so an area filter is a LIKE on one column.
    area_path    varchar(100) NOT NULL,
    before_state jsonb,
    after_state  jsonb
);

CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
