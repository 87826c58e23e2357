-- Search and the 1999 knowledge base (petition.search, petition.knowledge).

-- When a case last changed, kept by the database itself so that every writer (intake, workflow,
-- demo data, Open311) moves it. The full-text index stores the largest value it has seen and,
-- on start, catches up with the cases changed after it. clock_timestamp(), not now(): a long
-- transaction must not stamp its rows with its start time.
alter table petition_case add column updated_at timestamptz not null default clock_timestamp();

create function petition_case_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := clock_timestamp();
    return new;
end
$$;

create trigger petition_case_touch before insert or update on petition_case
    for each row execute function petition_case_touch();

create index petition_case_updated on petition_case (updated_at);

-- 內部 QA 資料庫: answers agencies maintain for the 1999 agents. The agency is the org module's
-- agency id, without a foreign key across modules.
create table petition_knowledge_entry (
    id          bigint       generated always as identity primary key,
    agency_id   bigint       not null,
    question    text         not null check (char_length(question) between 1 and 500),
    answer      text         not null check (char_length(answer) between 1 and 4000),
    -- a sub-category code of the city profile, or null when the answer is not about one
    category    varchar(32),
    -- words a caller may use that the question does not, separated by spaces or commas
    keywords    text         not null default '',
    updated_at  timestamptz  not null,
    updated_by  text         not null,
    -- optimistic locking: every edit bumps it
    version     integer      not null default 0
);

create index petition_knowledge_entry_agency on petition_knowledge_entry (agency_id);
