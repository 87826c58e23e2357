-- Users of every kind: staff belong to an agency, citizens do not.
create table app_user (
    id                  bigint generated always as identity primary key,
    username            varchar(64)  not null unique,
    display_name        varchar(100) not null,
    email               varchar(200),
    agency_id           bigint references agency (id),
    password_hash       varchar(255) not null,
    enabled             boolean      not null default true,
    failed_logins       integer      not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now()
);
create index app_user_agency on app_user (agency_id);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(32) not null check (role in ('SYSTEM_ADMIN', 'RDEC_STAFF', 'AGENCY_LIAISON', 'CASE_HANDLER',
                                                 'AGENCY_HEAD', 'CALL_AGENT', 'CITIZEN')),
    primary key (user_id, role)
);
