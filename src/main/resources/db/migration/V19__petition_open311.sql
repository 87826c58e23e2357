-- Open311 GeoReport v2: the API clients allowed to submit service requests, and what the API
-- adds to a case it received (its token and the reporter's photo link). Only a hash of each API
-- key is kept: the key itself is shown once, when an administrator creates the client.

create table open311_client (
    id          bigint      generated always as identity primary key,
    name        text        not null check (char_length(name) between 1 and 200),
    -- SHA-256 of the key, hex
    key_hash    char(64)    not null unique,
    -- the key's first characters, so that an administrator can tell keys apart
    key_prefix  varchar(12) not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);

-- one row per case received through Open311
create table open311_request (
    case_id    bigint      primary key references petition_case (id) on delete cascade,
    -- the GeoReport token, answered by GET tokens/{token}
    token      uuid        not null unique,
    client_id  bigint      not null references open311_client (id),
    -- the photo the reporter linked (media_url); a public URL, not personal data
    media_url  text,
    created_at timestamptz not null
);
