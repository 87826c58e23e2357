-- The monthly budget allocation of a tracked item: planned spending (NT$, yuan) beside each planned
-- month's cumulative percent; null where the agency allocated nothing for the month.
ALTER TABLE tracking_planned_progress
    ADD COLUMN planned_spending numeric(15) CHECK (planned_spending >= 0);
