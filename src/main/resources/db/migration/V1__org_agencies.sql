-- Organisation tree: city government → first-level agencies → subordinate agencies → units;
-- district offices are their own kind.
create table agency (
    id          bigint generated always as identity primary key,
    code        varchar(32)  not null unique,
    parent_id   bigint       references agency (id),
    kind        varchar(24)  not null check (kind in ('CITY', 'FIRST_LEVEL', 'SUBORDINATE', 'UNIT', 'DISTRICT_OFFICE')),
    name_zh     varchar(120) not null,
    name_en     varchar(200) not null,
    active_from date         not null,
    active_to   date,
    sort_order  integer      not null default 0,
    check (active_to is null or active_to >= active_from),
    check ((kind = 'CITY') = (parent_id is null))
);
create index agency_parent on agency (parent_id);
