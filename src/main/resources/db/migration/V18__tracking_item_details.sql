-- Photos and files attached to a monthly progress report, stored in the database like plan
-- achievement evidence; bytes are read only for a download.
CREATE TABLE tracking_report_files (
    id           bigserial    PRIMARY KEY,
    report_id    bigint       NOT NULL REFERENCES tracking_progress_reports (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    content_type varchar(120) NOT NULL,
    size_bytes   integer      NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  bigint,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX tracking_report_files_report ON tracking_report_files (report_id);
