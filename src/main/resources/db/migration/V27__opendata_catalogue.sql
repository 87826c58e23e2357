-- Open data: the monthly releases of the datasets the code defines (their metadata lives with the
-- code that builds their rows). A release holds its check report and its files in the three
-- formats, so that a published release is served exactly as it was checked.

create table opendata_release (
    id           bigint       generated always as identity primary key,
    -- the dataset's identifier, e.g. tcg-petition-statistics
    dataset      varchar(64)  not null,
    -- the month the data covers, first day of the month
    period       date         not null check (extract(day from period) = 1),
    status       varchar(16)  not null check (status in ('DRAFT', 'CHECKED', 'PUBLISHED', 'BLOCKED')),
    -- the quality check report: [{check, passed, blocking, messageKey, details...}]
    report       jsonb        not null default '[]',
    row_count    integer      not null default 0,
    -- the rows as a JSON array of arrays, in the order of the dataset's fields, for the paged API
    rows_json    jsonb        not null default '[]',
    csv          bytea,
    json         bytea,
    ods          bytea,
    created_at   timestamptz  not null,
    created_by   text,
    published_at timestamptz,
    published_by text,
    -- optimistic locking
    version      integer      not null default 0,
    -- a month has one release per dataset; rebuilding replaces one that is not published
    unique (dataset, period),
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create index opendata_release_published on opendata_release (dataset, period) where status = 'PUBLISHED';
