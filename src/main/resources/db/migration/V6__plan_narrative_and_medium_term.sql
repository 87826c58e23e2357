-- The parts of a plan an import does not fill and the editor writes: vision, mission and the
-- titled narrative sections (前言 …) of an annual plan, an indicator's data source, the remarks of
-- a programme item, the source and notes of a budget line, and medium-term plans.
alter table annual_plan
    add column vision  text,
    add column mission text;

create table plan_narrative_section (
    plan_id  bigint  not null references annual_plan (id) on delete cascade,
    position integer not null check (position >= 0),
    title    text    not null,
    text     text    not null default '',
    primary key (plan_id, position)
);

-- where an indicator's actual values come from; LIVE bindings are stored by the live-indicator tables
alter table plan_indicator
    add column data_source varchar(16) not null default 'MANUAL' check (data_source in ('MANUAL', 'FORMULA', 'LIVE'));

alter table plan_programme_item
    add column remarks text;

alter table plan_budget_line
    add column source text,
    add column notes  text;

-- 中程施政計畫: four ROC years of one agency. An annual plan belongs to the medium-term plan of its
-- agency whose years cover its year (found by query, so no link column can go stale).
-- agency_id names an agency of the org module: no foreign key across modules.
create table medium_term_plan (
    id              bigint      generated always as identity primary key,
    agency_id       bigint      not null,
    from_year       smallint    not null check (from_year between 1 and 996),
    to_year         smallint    not null,
    vision          text,
    mission         text,
    strategic_goals text,
    version         integer     not null default 0 check (version >= 0),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (to_year = from_year + 3),
    unique (agency_id, from_year)
);
