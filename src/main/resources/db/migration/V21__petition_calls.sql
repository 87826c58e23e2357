-- 1999 call records imported from the telephony system's CSV export. Times are the call centre's
-- local wall-clock time (Asia/Taipei) as the export gives them: statistics group by local day and
-- hour, and Taiwan has no daylight saving time, so no offset is needed.
create table petition_call (
    call_id     varchar(64) primary key,
    queue       varchar(64) not null,
    started_at  timestamp   not null,
    answered_at timestamp,
    ended_at    timestamp   not null,
    agent       varchar(64),
    abandoned   boolean     not null,
    imported_at timestamptz not null default now(),
    constraint petition_call_answered_after_start check (answered_at is null or answered_at >= started_at),
    constraint petition_call_ended_after_start check (ended_at >= started_at),
    constraint petition_call_abandoned_unanswered check (not (abandoned and answered_at is not null))
);

create index petition_call_started_at on petition_call (started_at);
