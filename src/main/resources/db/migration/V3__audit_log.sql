-- Audit log: one entry per change to business data, written inside the changing transaction.
-- Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. Hash-chained: each entry holds the
-- hash of the entry before it, so a changed, deleted or inserted entry shows when the chain is
-- verified (`java -jar yankao.jar audit verify`). The canonical serialisation is in the comment on
-- column hash: an auditor can recompute the chain without this application.
create table audit_entry (
    -- the position in the chain: 1 for the first entry, then previous id + 1, with no gaps,
    -- assigned under pg_advisory_xact_lock(4707744067224554567) (the ASCII bytes of 'AUDIT_LG')
    id            bigint      primary key check (id > 0),
    recorded_at   timestamptz not null,
    -- username of whoever acted; null for system jobs and anonymous requests
    actor         text,
    -- the actor's agency; no foreign key, so that the log never blocks changes to the agency tree
    agency_id     bigint,
    entity        text        not null,
    entity_id     text        not null,
    action        text        not null,
    -- exact JSON text, not jsonb: jsonb would re-serialise and the hash could not be recomputed
    before_json   text,
    after_json    text,
    request_id    text,
    -- unique: two entries naming one predecessor would be a fork
    previous_hash varchar(64) not null unique check (previous_hash ~ '^[0-9a-f]{64}$'),
    hash          varchar(64) not null unique check (hash ~ '^[0-9a-f]{64}$')
);

comment on table audit_entry is
    'Append-only, hash-chained audit log of changes to business data; verify with: yankao audit verify';
comment on column audit_entry.previous_hash is
    'hash of the entry with id - 1; 64 zeros for the first entry';
comment on column audit_entry.hash is
    'lower-case hex SHA-256 over the concatenation of these fields in order: id, recorded_at, actor, '
    'agency_id, entity, entity_id, action, before_json, after_json, request_id, previous_hash. '
    'A null field is the single character "-"; any other field is a netstring of its UTF-8 text, '
    '<byte length in decimal>:<text>, (e.g. 5:hello,). id and agency_id in decimal; recorded_at in '
    'UTC as YYYY-MM-DDTHH:MM:SS.ffffffZ with exactly six fraction digits.';

create index audit_entry_entity on audit_entry (entity, entity_id, id);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_agency on audit_entry (agency_id, id);
create index audit_entry_request on audit_entry (request_id);
create index audit_entry_recorded_at on audit_entry (recorded_at);

create function audit_entry_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using hint = 'Audit entries are never changed or removed; record a new change instead.';
end;
$$;

-- statement level, so that it fires even when no row matches and for TRUNCATE
create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

-- Recomputing the hashes without the application, e.g. as an auditor:
--   create function pg_temp.ns(t text) returns text language sql as
--     $f$ select case when t is null then '-' else octet_length(t) || ':' || t || ',' end $f$;
--   select id, hash = encode(sha256(convert_to(pg_temp.ns(id::text)
--       || pg_temp.ns(to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
--       || pg_temp.ns(actor) || pg_temp.ns(agency_id::text) || pg_temp.ns(entity) || pg_temp.ns(entity_id)
--       || pg_temp.ns(action) || pg_temp.ns(before_json) || pg_temp.ns(after_json)
--       || pg_temp.ns(request_id) || pg_temp.ns(previous_hash), 'UTF8')), 'hex') as intact
--   from audit_entry order by id;
