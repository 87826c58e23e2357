-- Tracked items (列管), their planned monthly progress, checkpoints and monthly progress reports.
-- Agencies are referred to by id only: no foreign keys into the org module's tables.
CREATE TABLE tracking_items (
    id                 bigserial PRIMARY KEY,
    item_type          varchar(40)  NOT NULL,
    item_number        varchar(60)  NOT NULL UNIQUE,
    title              varchar(300) NOT NULL,
    owner_agency_id    bigint       NOT NULL,
    co_agency_ids      bigint[]     NOT NULL DEFAULT '{}',
    control_level      varchar(20)  NOT NULL,
    responsible_people varchar(300) NOT NULL,
    start_date         date         NOT NULL,
    end_date           date         NOT NULL,
    budget_total       numeric(15)  NOT NULL DEFAULT 0,
    budget_this_year   numeric(15)  NOT NULL DEFAULT 0,
    status             varchar(20)  NOT NULL,
    -- type-specific fields (council session, reply deadline, source of a commitment …)
    details            jsonb        NOT NULL DEFAULT '{}',
    version            integer      NOT NULL DEFAULT 0,
    updated_at         timestamptz  NOT NULL
);
CREATE INDEX tracking_items_owner ON tracking_items (owner_agency_id, status);

-- planned cumulative progress, percent 0–100, one row per item and month (first day of the month)
CREATE TABLE tracking_planned_progress (
    item_id         bigint       NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    month           date         NOT NULL,
    planned_percent numeric(5,2) NOT NULL CHECK (planned_percent BETWEEN 0 AND 100),
    PRIMARY KEY (item_id, month)
);

CREATE TABLE tracking_checkpoints (
    id           bigserial    PRIMARY KEY,
    item_id      bigint       NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    position     integer      NOT NULL,
    name         varchar(200) NOT NULL,
    planned_date date         NOT NULL,
    actual_date  date
);
CREATE INDEX tracking_checkpoints_item ON tracking_checkpoints (item_id);

-- the lag and its class are stored when the report is saved, so that execution rates are one
-- aggregation over the month's reports
CREATE TABLE tracking_progress_reports (
    id                 bigserial     PRIMARY KEY,
    item_id            bigint        NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    month              date          NOT NULL,
    actual_percent     numeric(5,2)  NOT NULL CHECK (actual_percent BETWEEN 0 AND 100),
    planned_percent    numeric(5,2)  NOT NULL,
    lag_points         numeric(6,2)  NOT NULL,
    lag_class          varchar(20)   NOT NULL,
    spending           numeric(15)   NOT NULL DEFAULT 0,
    narrative          text,
    problems           text,
    countermeasures    text,
    needs_coordination boolean       NOT NULL DEFAULT false,
    correction_reason  text,
    submitted_at       timestamptz   NOT NULL,
    late               boolean       NOT NULL,
    version            integer       NOT NULL DEFAULT 0,
    UNIQUE (item_id, month)
);
CREATE INDEX tracking_progress_reports_month ON tracking_progress_reports (month, item_id);
