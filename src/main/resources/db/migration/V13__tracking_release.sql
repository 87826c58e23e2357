-- Release from tracking (解除列管): an agency's request and the RDEC's decision, and the RDEC's
-- reopening of a released item. Each row is one step, kept for the record.
CREATE TABLE tracking_release_requests (
    id              bigserial    PRIMARY KEY,
    item_id         bigint       NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    -- OPEN, APPROVED, REFUSED for a request; REOPENED for the RDEC's reopening
    status          varchar(20)  NOT NULL,
    reason          text         NOT NULL,
    requested_by    varchar(100) NOT NULL,
    requested_at    timestamptz  NOT NULL,
    decided_by      varchar(100),
    decision_reason text,
    decided_at      timestamptz,
    version         integer      NOT NULL DEFAULT 0
);
-- only one open request per item
CREATE UNIQUE INDEX tracking_release_requests_open ON tracking_release_requests (item_id) WHERE status = 'OPEN';
CREATE INDEX tracking_release_requests_item ON tracking_release_requests (item_id);
