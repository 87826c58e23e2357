-- Daily roll-ups of citizen service cases, so that monthly reports never scan every case. One row
-- per Taipei day and combination of agency, sub-category, district and channel that had anything;
-- rows of a day are replaced whole whenever a case of that day changes. Keys are copied values, not
-- foreign keys: the cases belong to the petition module.
create table analytics_daily_rollup (
    day                date        not null,
    -- org module's agency id; null for unassigned cases
    agency_id          bigint,
    category           varchar(32) not null,
    district           varchar(16),
    channel            varchar(16) not null,
    received           integer     not null,
    closed             integer     not null,
    closed_on_time     integer     not null,
    -- sum of received-to-closed times of the closed cases
    handling_seconds   bigint      not null,
    -- closed cases per handling-time bucket (petition.PetitionStatistics.HANDLING_HOURS), for the 90th percentile
    handling_histogram integer[]   not null,
    returns            integer     not null,
    transfers          integer     not null,
    reopens            integer     not null
);

create index analytics_daily_rollup_day on analytics_daily_rollup (day);

-- petition.PetitionStatistics recomputes one day at a time by closure and step time: without these
-- each case change would scan every case. They serve petition's own query; no module reads the
-- tables but petition.
create index if not exists petition_case_closed on petition_case (closed_at) where closed_at is not null;
create index if not exists petition_case_step_at on petition_case_step (at);
