-- Achievement reports (達成情形) of indicators per reporting period, their evidence files, and
-- the binding of an indicator to a live metric offered by some module through the plan SPI.
-- Only indicators of APPROVED or PUBLISHED plans get reports; those plans are never replaced by
-- an import, so the cascade from plan_indicator only fires when a plan is deleted outright.

create table achievement_report (
    id            bigint      generated always as identity primary key,
    indicator_id  bigint      not null references plan_indicator (id) on delete cascade,
    roc_year      smallint    not null check (roc_year between 1 and 999),
    -- YEAR (number 1), HALF_YEAR (1–2) or QUARTER (1–4)
    period_kind   varchar(16) not null check (period_kind in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    period_number smallint    not null check (period_number between 1 and 4),
    -- in the target's unit (percent 0–100 when the target is in %); null while only analysed
    actual        numeric,
    numerator     numeric,
    denominator   numeric check (denominator <> 0),
    analysis      text,
    status        varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'CONFIRMED')),
    -- set when the value came from a bound metric rather than from a person
    live_metric   text,
    -- where the metric's value comes from: a path within the application
    lineage       text,
    -- users of the org module by id and name, no foreign key across modules
    entered_by    bigint,
    entered_by_name text,
    entered_at    timestamptz not null default now(),
    -- when the agency submitted it (or a metric refresh stored it): what "on time" is judged by
    submitted_at  timestamptz,
    confirmed_by  bigint,
    confirmed_by_name text,
    confirmed_at  timestamptz,
    -- optimistic locking: every change adds one
    version       integer     not null default 0 check (version >= 0),
    unique (indicator_id, roc_year, period_kind, period_number),
    check (period_kind <> 'YEAR' or period_number = 1),
    check (period_kind <> 'HALF_YEAR' or period_number <= 2)
);

create index achievement_report_year on achievement_report (roc_year);

create table achievement_evidence (
    id           bigint      generated always as identity primary key,
    report_id    bigint      not null references achievement_report (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   integer     not null check (size_bytes between 1 and 10485760),
    content      bytea       not null,
    uploaded_by  bigint,
    uploaded_at  timestamptz not null default now()
);

create index achievement_evidence_report on achievement_evidence (report_id);

-- an indicator bound to a metric gets its actuals from the metric, not from people
create table indicator_metric_binding (
    indicator_id bigint      primary key references plan_indicator (id) on delete cascade,
    metric_key   text        not null,
    bound_by     bigint,
    bound_at     timestamptz not null default now()
);
