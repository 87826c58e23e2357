-- The public portal: verification codes sent to citizens, the messages sent to them (SMS and
-- e-mail outbox), attempts counted for rate limits, the status code of each case submitted on
-- the portal, and photos attached to cases. Codes are kept only as hashes; rate-limit keys
-- (IP addresses, e-mail addresses, phone numbers) only as SHA-256 hashes.

-- one row per code sent: the citizen proves they read it before a submission is accepted
create table portal_verification (
    id          uuid        primary key,
    channel     varchar(8)  not null check (channel in ('EMAIL', 'SMS')),
    -- SHA-256 of the normalised address the code went to, hex
    address_hash char(64)   not null,
    -- SHA-256 of the id and the code, hex
    code_hash   char(64)    not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    attempts    smallint    not null default 0,
    verified_at timestamptz,
    -- set by the submission that used it: a code serves one case
    used_at     timestamptz
);

-- messages to citizens; the default SMS sender only records them here for a gateway to pick up
create table portal_outbox (
    id         bigint      generated always as identity primary key,
    channel    varchar(8)  not null check (channel in ('EMAIL', 'SMS')),
    -- personal data: kept for delivery only, never logged
    recipient  text        not null,
    body       text        not null,
    status     varchar(8)  not null check (status in ('QUEUED', 'SENT', 'SKIPPED', 'FAILED')),
    reason     text,
    created_at timestamptz not null,
    sent_at    timestamptz
);

-- attempts counted for rate limits (sending codes, looking up a status), pruned as they age
create table portal_rate_hit (
    bucket   varchar(16) not null,
    key_hash char(64)    not null,
    at       timestamptz not null
);
create index portal_rate_hit_key on portal_rate_hit (bucket, key_hash, at);

-- the status code given to the citizen on the confirmation page, as SHA-256 hex of number and code
create table portal_status_code (
    case_id   bigint   primary key references petition_case (id) on delete cascade,
    code_hash char(64) not null
);

-- photos attached to a case: the original for those handling it, a copy without metadata
-- (EXIF location) for public pages
create table petition_attachment (
    id           bigint      generated always as identity primary key,
    case_id      bigint      not null references petition_case (id) on delete cascade,
    file_name    text        not null check (char_length(file_name) between 1 and 255),
    content_type varchar(32) not null check (content_type in ('image/jpeg', 'image/png')),
    original     bytea       not null,
    public_copy  bytea       not null,
    created_at   timestamptz not null
);
create index petition_attachment_case on petition_attachment (case_id);
