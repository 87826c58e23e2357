-- Outbound webhooks (notify.webhook), escalations of near and missed case deadlines
-- (petition.escalation) and satisfaction surveys after closure (petition.survey).
-- Cases, agencies and users are referred to by id only: no foreign keys across modules.

-- a group channel that hears about urgent cases and escalations
create table notify_webhook_target (
    id          bigint       generated always as identity primary key,
    name        varchar(100) not null,
    kind        varchar(16)  not null check (kind in ('GENERIC_JSON', 'LINE_PUSH')),
    -- GENERIC_JSON: where the JSON is posted; LINE_PUSH: unused (the LINE base URL is configuration)
    url         varchar(500),
    -- LINE_PUSH: the group id the push goes to, and the channel access token (write-only: never shown again)
    line_to     varchar(100),
    line_token  text,
    -- which events: URGENT_CASE, ESCALATION
    events      text[]       not null,
    -- only cases of this agency (org module's id); null for every agency
    agency_id   bigint,
    enabled     boolean      not null default true,
    created_at  timestamptz  not null,
    check (kind <> 'GENERIC_JSON' or url is not null),
    check (kind <> 'LINE_PUSH' or (line_to is not null and line_token is not null))
);

-- one row per event and target: written with the event, sent after its commit, with retries
create table notify_webhook_delivery (
    id          bigint       generated always as identity primary key,
    target_id   bigint       not null references notify_webhook_target (id) on delete cascade,
    event       varchar(24)  not null,
    subject     varchar(64)  not null,
    -- the JSON sent: no personal data
    payload     text         not null,
    status      varchar(12)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    http_status integer,
    attempts    smallint     not null default 0,
    last_error  varchar(500),
    created_at  timestamptz  not null,
    finished_at timestamptz
);

create index notify_webhook_delivery_target on notify_webhook_delivery (target_id, created_at desc);

-- one row per case and level: the INSERT … ON CONFLICT DO NOTHING decides which run escalates
create table petition_escalation (
    case_id    bigint      not null references petition_case (id) on delete cascade,
    level      varchar(8)  not null check (level in ('NEAR', 'MISSED')),
    sent_at    timestamptz not null,
    recipients integer     not null,
    primary key (case_id, level)
);

-- one survey per closure; the token is the petitioner's only key to it
create table petition_survey (
    token        varchar(64)  primary key,
    case_id      bigint       not null references petition_case (id) on delete cascade,
    -- the agency that closed the case, for satisfaction per agency
    agency_id    bigint,
    closed_at    timestamptz  not null,
    created_at   timestamptz  not null,
    answered_at  timestamptz,
    satisfaction smallint     check (satisfaction between 1 and 5),
    comment      text         check (char_length(comment) <= 2000),
    reopened     boolean      not null default false,
    unique (case_id, closed_at)
);

create index petition_survey_answered on petition_survey (agency_id, answered_at) where answered_at is not null;
