-- Government working-day calendar (行政院人事行政總處, data.gov.tw dataset 14718), imported per
-- Gregorian year: an import replaces each year its file contains, summary and days together.
create table calendar_year (
    year                 integer      primary key check (year between 1912 and 9999),
    source_name          varchar(255) not null,
    imported_at          timestamptz  not null,
    imported_by          varchar(100),
    first_day            date         not null,
    last_day             date         not null,
    day_count            integer      not null check (day_count between 1 and 366),
    days_off             integer      not null check (days_off between 0 and day_count),
    make_up_working_days integer      not null check (make_up_working_days between 0 and day_count),
    check (first_day <= last_day),
    check (first_day >= make_date(year, 1, 1) and last_day <= make_date(year, 12, 31))
);

comment on column calendar_year.make_up_working_days is 'Saturdays and Sundays that are working days (補行上班)';

-- Days missing here (a year never imported, or outside a partial year's file) follow the weekend rule.
create table calendar_day (
    day     date         primary key,
    day_off boolean      not null,
    note    varchar(200)
);

comment on column calendar_day.note is '備註: the holiday''s name or 補行上班; null when the file left it empty';
