-- Council sessions (議會會期) and the resolutions and councillors' written questions of each
-- (議會決議案 / 書面質詢), with the owner agency's reply. Each question is also a tracked item
-- (tracking_items, same module): this table holds only what is particular to council items.
-- Agencies of the org module by id, no foreign key across modules.

create table tracking_council_sessions (
    id              bigserial   primary key,
    -- 屆, e.g. 4 for 第4屆
    term            integer     not null check (term > 0),
    -- REGULAR 定期會 or EXTRAORDINARY 臨時會
    kind            varchar(20) not null,
    -- 第N次 within the term and kind
    session_number  integer     not null check (session_number > 0),
    starts_on       date        not null,
    ends_on         date        not null check (ends_on >= starts_on),
    -- the deadline its questions get unless they set their own
    reply_due_on    date        not null check (reply_due_on >= starts_on),
    unique (term, kind, session_number)
);

create table tracking_council_questions (
    item_id         bigint       primary key references tracking_items (id) on delete cascade,
    session_id      bigint       not null references tracking_council_sessions (id),
    -- COUNCIL_RESOLUTION or COUNCILLOR_QUESTION, as the tracked item's type: each is numbered on its own
    item_type       varchar(40)  not null,
    -- the council's number of the resolution or question within the session
    question_number varchar(20)  not null,
    councillors     varchar(200) not null,
    subject         varchar(300) not null,
    body            text         not null,
    reply_due_on    date         not null,
    -- OPEN (nothing written), DRAFT, SUBMITTED (to the agency head), APPROVED (sent)
    reply_state     varchar(20)  not null default 'OPEN',
    reply_text      text,
    drafted_by      varchar(100),
    approved_by     varchar(100),
    -- when the head approved the reply: the day it went out
    replied_at      timestamptz,
    late            boolean,
    version         integer      not null default 0,
    unique (session_id, item_type, question_number),
    check ((reply_state = 'APPROVED') = (replied_at is not null))
);
-- the reply metric reads an agency's questions by deadline
create index tracking_council_questions_due on tracking_council_questions (reply_due_on, reply_state);
