-- Annual plans (施政計畫), one per agency and ROC year, with everything an import recognised.
-- agency_id names an agency of the org module: no foreign key across modules. Weights are percent
-- as printed and never forced to add up to 100 (a plan prints only the business share); amounts
-- are NT$ thousand as printed. Children are ordered by position, from 0.
create table annual_plan (
    id          bigint      generated always as identity primary key,
    agency_id   bigint      not null,
    roc_year    smallint    not null check (roc_year between 1 and 999),
    title       text        not null,
    -- the agency as the text names it, null when the text does not
    agency_name text,
    status      varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    -- optimistic locking: every change adds one
    version     integer     not null default 0 check (version >= 0),
    source_name text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    -- one plan per agency and year: a DRAFT is replaced in place, any other status refuses a new one
    unique (agency_id, roc_year)
);

create table plan_objective (
    plan_id  bigint  not null references annual_plan (id) on delete cascade,
    position integer not null check (position >= 0),
    -- the title on the first line, the text that explains it on the following lines
    text     text    not null,
    primary key (plan_id, position)
);

create table plan_strategic_goal (
    id        bigint  generated always as identity primary key,
    plan_id   bigint  not null references annual_plan (id) on delete cascade,
    position  integer not null check (position >= 0),
    code      text,
    name      text,
    weight    numeric check (weight between 0 and 100),
    narrative text,
    unique (plan_id, position)
);

create table plan_indicator (
    id                bigint  generated always as identity primary key,
    goal_id           bigint  not null references plan_strategic_goal (id) on delete cascade,
    position          integer not null check (position >= 0),
    name              text    not null,
    weight            numeric check (weight between 0 and 100),
    evaluation_scheme smallint check (evaluation_scheme between 1 and 5),
    evaluation_method text,
    formula_text      text,
    target_text       text,
    target_value      numeric,
    target_unit       text,
    direction         varchar(16) check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'MILESTONES')),
    unique (goal_id, position)
);

create table plan_work_plan (
    id       bigint  generated always as identity primary key,
    plan_id  bigint  not null references annual_plan (id) on delete cascade,
    position integer not null check (position >= 0),
    -- null when the programme table has no work-plan column
    name     text,
    unique (plan_id, position)
);

create table plan_programme_item (
    work_plan_id    bigint  not null references plan_work_plan (id) on delete cascade,
    position        integer not null check (position >= 0),
    name            text,
    content         text,
    budget_thousand numeric,
    primary key (work_plan_id, position)
);

create table plan_budget_line (
    plan_id         bigint  not null references annual_plan (id) on delete cascade,
    position        integer not null check (position >= 0),
    category        text,
    item            text,
    amount_thousand numeric,
    primary key (plan_id, position)
);

create table plan_prior_year_review (
    plan_id           bigint   not null references annual_plan (id) on delete cascade,
    position          integer  not null check (position >= 0),
    reviewed_roc_year smallint check (reviewed_roc_year between 1 and 999),
    goal              text,
    indicator         text,
    target_text       text,
    target_value      numeric,
    target_unit       text,
    analysis          text,
    primary key (plan_id, position)
);

-- what the import did not understand, kept so that nothing accepted is lost
create table plan_unrecognised_block (
    plan_id   bigint  not null references annual_plan (id) on delete cascade,
    position  integer not null check (position >= 0),
    from_line integer not null check (from_line >= 1),
    to_line   integer not null check (to_line >= from_line),
    text      text    not null,
    primary key (plan_id, position)
);
