-- Only for BackupRestoreTest: a table with the column types a CSV backup could get wrong.
-- Repeatable, so that it never competes with the application's version numbers.
create table backup_scratch (
    id          serial primary key,
    payload     bytea,
    document    jsonb,
    happened_at timestamptz,
    note        text,
    "Note, ""備註"""  text,
    amount      numeric(30, 10),
    ratio       double precision,
    flag        boolean,
    day         date,
    span        interval,
    uid         uuid,
    tags        text[],
    note_length integer generated always as (length(note)) stored
);
create sequence backup_scratch_counter;
