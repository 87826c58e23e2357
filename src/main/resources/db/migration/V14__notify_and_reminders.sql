-- In-app notifications and the e-mail outbox (notify module), the reminders already sent
-- (tracking.reminders) and ShedLock's cluster lock table. Users are referred to by id only: no
-- foreign keys into the org module's tables.
CREATE TABLE notify_notifications (
    id         bigserial    PRIMARY KEY,
    user_id    bigint       NOT NULL,
    kind       varchar(40)  NOT NULL,
    -- texts are message keys with their arguments, shown in the reader's language
    subject_key varchar(120) NOT NULL,
    body_key   varchar(120) NOT NULL,
    arguments  text[]       NOT NULL DEFAULT '{}',
    link       varchar(500),
    created_at timestamptz  NOT NULL,
    read_at    timestamptz
);
CREATE INDEX notify_notifications_user ON notify_notifications (user_id, created_at DESC);
CREATE INDEX notify_notifications_unread ON notify_notifications (user_id) WHERE read_at IS NULL;

-- every e-mail: who (the user id; the address is looked up when sending and never stored), when
-- and how it went. PENDING rows are written in the sender's transaction and sent after it commits.
CREATE TABLE notify_mail_outbox (
    id              bigserial    PRIMARY KEY,
    notification_id bigint       NOT NULL REFERENCES notify_notifications (id) ON DELETE CASCADE,
    user_id         bigint       NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'SKIPPED', 'FAILED')),
    reason          varchar(200),
    created_at      timestamptz  NOT NULL,
    finished_at     timestamptz
);
CREATE INDEX notify_mail_outbox_status ON notify_mail_outbox (status, created_at);

-- one row per reminder rule, tracked item and report month: the INSERT … ON CONFLICT DO NOTHING
-- that creates it decides which job run sends the reminder
CREATE TABLE tracking_reminders_sent (
    rule_code  varchar(40) NOT NULL,
    item_id    bigint      NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    period     date        NOT NULL,
    sent_at    timestamptz NOT NULL,
    recipients integer     NOT NULL,
    PRIMARY KEY (rule_code, item_id, period)
);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per named job lock
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
