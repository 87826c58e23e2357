-- Retention: when a closed case's personal data was removed. Null while the case still holds it;
-- set once, so that anonymising is idempotent and a re-run touches nothing.
alter table petition_case add column anonymised_at timestamptz;

create index petition_case_retention on petition_case (closed_at) where anonymised_at is null and closed_at is not null;
