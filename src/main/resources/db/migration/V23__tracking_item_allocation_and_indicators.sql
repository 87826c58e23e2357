-- The monthly budget allocation of a tracked item: planned spending (NT$, yuan) beside each planned
-- month's cumulative percent; null where the agency allocated nothing for the month.
ALTER TABLE tracking_planned_progress
    ADD COLUMN planned_spending numeric(15) CHECK (planned_spending >= 0);

-- Links from a tracked item to indicators of its owner agency's annual plans. The indicator id is
-- the plan module's stable id (PlanIndicatorDirectory); no foreign key into the plan module's tables.
CREATE TABLE tracking_item_indicators (
    item_id      bigint NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    indicator_id bigint NOT NULL,
    PRIMARY KEY (item_id, indicator_id)
);
