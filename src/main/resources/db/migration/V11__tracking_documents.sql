-- Official documents (公文) as the document system exports them, for the monthly timeliness
-- ranking (公文時效). One row per document number (文號); a re-import updates the row.
-- Agencies of the org module by id, no foreign key across modules.

create table tracking_document (
    doc_number   varchar(64)  primary key,
    agency_id    bigint       not null,
    -- an urgency class code of the city profile, e.g. MOST_URGENT
    urgency      varchar(32)  not null,
    -- a category code of the city profile, e.g. GENERAL
    category     varchar(32)  not null,
    received_on  date         not null,
    due_on       date         not null check (due_on >= received_on),
    closed_on    date         check (closed_on >= received_on),
    -- false when due_on was computed from the urgency class because the file left 限辦日期 empty
    due_given    boolean      not null,
    imported_at  timestamptz  not null default now()
);

-- The month's statistics read every document received in the month; the included columns let
-- the ranking run from the index alone.
create index tracking_document_month on tracking_document (received_on, agency_id)
    include (category, due_on, closed_on);
