-- Citizen service cases: petitions (陳情), dispatch cases (派工) and 1999 inquiries (市政諮詢),
-- their history of workflow steps, and links between duplicates. Agencies and users of the org
-- module are referred to by id, without foreign keys across modules. Personal data lives only in
-- petition_case; the history and links hold none, so that they can be exported as they are.

-- Case numbers end with this sequence: never reused, never blocking concurrent intakes (gaps are fine).
create sequence petition_case_number_seq;

create table petition_case (
    id               bigint       generated always as identity primary key,
    -- prefix + ROC date + '-' + sequence, e.g. TC1151124-000123
    number           varchar(32)  not null unique,
    -- supplied by the client so that a retried intake returns the case already created
    idempotency_key  varchar(128) unique,
    kind             varchar(16)  not null check (kind in ('DISPATCH', 'PETITION', 'INQUIRY')),
    channel          varchar(16)  not null check (channel in ('PHONE_1999', 'WEB', 'EMAIL', 'MAYOR_MAILBOX',
                                                              'APP', 'WALK_IN', 'TRANSFER_IN', 'OPEN311')),
    -- a sub-category code of the city profile
    category         varchar(32)  not null,
    description      text         not null check (char_length(description) between 1 and 4000),
    address          text,
    district         varchar(16),
    -- WGS84 degrees
    latitude         double precision check (latitude between -90 and 90),
    longitude        double precision check (longitude between -180 and 180),
    anonymous        boolean      not null,
    petitioner_name  text,
    petitioner_phone varchar(32),
    petitioner_email varchar(254),
    petitioner_address text,
    reply_channel    varchar(16)  not null check (reply_channel in ('NONE', 'PHONE', 'EMAIL', 'POST', 'SMS')),
    -- BCP 47, e.g. zh-TW, en, nan (Taiwanese), hak (Hakka), ja
    language         varchar(16)  not null,
    received_at      timestamptz  not null,
    deadline         timestamptz  not null,
    status           varchar(16)  not null,
    -- the agency the case is assigned to (org module's agency id)
    agency_id        bigint,
    paused_since     timestamptz,
    extension_count  smallint     not null default 0,
    extension_days   smallint     not null default 0,
    -- an extension the handler asked for, waiting for the head's approval
    requested_extension_days smallint check (requested_extension_days > 0),
    -- the agency's answer, drafted by the handler and approved by the head
    reply            text,
    closed_at        timestamptz,
    -- optimistic locking: every step bumps it
    version          integer      not null default 0,
    check (anonymous or petitioner_name is not null),
    check ((latitude is null) = (longitude is null))
);

create index petition_case_agency_deadline on petition_case (agency_id, deadline) where closed_at is null;
create index petition_case_open_deadline on petition_case (deadline) where closed_at is null;
create index petition_case_phone on petition_case (petitioner_phone);
create index petition_case_received on petition_case (received_at);

-- one row per workflow step taken; the case's history
create table petition_case_step (
    id          bigint      generated always as identity primary key,
    case_id     bigint      not null references petition_case (id) on delete cascade,
    step        varchar(24) not null,
    from_status varchar(16),
    to_status   varchar(16) not null,
    agency_id   bigint,
    -- org module's user id and name; null for the system (auto-routing, demo data)
    actor_id    bigint,
    actor_name  text,
    reason      text,
    at          timestamptz not null
);

create index petition_case_step_case on petition_case_step (case_id, at);

-- duplicates (重複陳情), stored once per pair and read both ways
create table petition_case_link (
    case_id      bigint not null references petition_case (id) on delete cascade,
    duplicate_id bigint not null references petition_case (id) on delete cascade,
    primary key (case_id, duplicate_id),
    check (case_id <> duplicate_id)
);
