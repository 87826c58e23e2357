-- The review of annual plans: every submission's snapshot, the RDEC's comments on it, and the
-- city plan (彙編) a ROC year's approved plans are compiled into. Everything belongs to the plan
-- module, so the foreign keys stay inside it; removing a plan removes its review.

-- One snapshot per submission, numbered 1, 2, … per plan; content is the PlanContent as JSON.
create table plan_version (
    plan_id      bigint      not null references annual_plan (id) on delete cascade,
    number       integer     not null check (number >= 1),
    content      jsonb       not null,
    submitted_by text        not null,
    submitted_at timestamptz not null default now(),
    primary key (plan_id, number)
);

-- A comment on one version, anchored to a row of it (e.g. 'goal:一/indicator:…') or to 'plan';
-- RETURN holds the reason given when the plan was returned.
create table plan_review_comment (
    id             bigint      generated always as identity primary key,
    plan_id        bigint      not null,
    version_number integer     not null,
    anchor         text        not null,
    kind           varchar(8)  not null check (kind in ('COMMENT', 'RETURN')),
    text           text        not null check (length(text) between 1 and 4000),
    author         text        not null,
    created_at     timestamptz not null default now(),
    foreign key (plan_id, version_number) references plan_version (plan_id, number) on delete cascade
);

create index plan_review_comment_plan on plan_review_comment (plan_id, id);

-- The city plan of one ROC year: compiled (may be compiled again) until it is published.
create table city_plan (
    roc_year     smallint    primary key check (roc_year between 1 and 999),
    status       varchar(16) not null check (status in ('COMPILED', 'PUBLISHED')),
    -- optimistic locking: every change adds one
    version      integer     not null default 0 check (version >= 0),
    compiled_by  text        not null,
    compiled_at  timestamptz not null default now(),
    published_at timestamptz
);

-- The agency plans of a city plan, in the order of the organisation tree.
create table city_plan_entry (
    roc_year smallint not null references city_plan (roc_year) on delete cascade,
    position integer  not null check (position >= 0),
    plan_id  bigint   not null references annual_plan (id) on delete cascade,
    primary key (roc_year, position),
    unique (plan_id)
);
