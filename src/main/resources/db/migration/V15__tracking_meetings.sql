-- Control meetings (管制會報): the city's monthly meeting and each agency's own, their record and
-- their decisions (決議). Every decision is followed up as a tracked item of this module, so the
-- decision refers to it; agencies are referred to by id only (no foreign keys into org's tables).
CREATE TABLE tracking_meetings (
    id          bigserial    PRIMARY KEY,
    level       varchar(10)  NOT NULL CHECK (level IN ('CITY', 'AGENCY')),
    agency_id   bigint,
    -- the month reviewed, first day of the month
    month       date         NOT NULL,
    held_on     date         NOT NULL,
    attendees   text,
    summary     text,
    version     integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    CHECK ((level = 'CITY') = (agency_id IS NULL))
);
CREATE INDEX tracking_meetings_month ON tracking_meetings (month DESC, agency_id);

CREATE TABLE tracking_meeting_decisions (
    id              bigserial   PRIMARY KEY,
    meeting_id      bigint      NOT NULL REFERENCES tracking_meetings (id) ON DELETE CASCADE,
    -- 第 n 案, from 1 in the order decided
    position        integer     NOT NULL,
    decision        text        NOT NULL,
    owner_agency_id bigint      NOT NULL,
    due_date        date        NOT NULL,
    item_id         bigint      NOT NULL UNIQUE REFERENCES tracking_items (id),
    created_at      timestamptz NOT NULL,
    UNIQUE (meeting_id, position)
);
