-- Year-end evaluation (年終考核): one round per ROC year, one evaluation per item tracked or
-- completed that year, one row per scored part. The rubric's weights, the owner agency and the
-- people responsible are copied when the round opens, so that a later change of the profile or
-- of the item does not change a round once graded.
CREATE TABLE tracking_evaluation_rounds (
    roc_year     integer      PRIMARY KEY CHECK (roc_year > 0),
    -- OPEN while reviewers score, FINAL once the RDEC finalises it (read-only from then on)
    status       varchar(20)  NOT NULL,
    opened_by    varchar(100) NOT NULL,
    opened_at    timestamptz  NOT NULL,
    finalised_by varchar(100),
    finalised_at timestamptz,
    version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE tracking_evaluations (
    id                 bigserial    PRIMARY KEY,
    roc_year           integer      NOT NULL REFERENCES tracking_evaluation_rounds (roc_year) ON DELETE CASCADE,
    item_id            bigint       NOT NULL REFERENCES tracking_items (id) ON DELETE CASCADE,
    item_type          varchar(40)  NOT NULL,
    owner_agency_id    bigint       NOT NULL,
    responsible_people varchar(300) NOT NULL,
    -- weighted mean of the parts, null until every reviewer part is entered
    score              numeric(5,2) CHECK (score BETWEEN 0 AND 100),
    grade              varchar(20),
    comment            text,
    reviewed_by        varchar(100),
    reviewed_at        timestamptz,
    version            integer      NOT NULL DEFAULT 0,
    UNIQUE (roc_year, item_id)
);
CREATE INDEX tracking_evaluations_agency ON tracking_evaluations (roc_year, owner_agency_id);

CREATE TABLE tracking_evaluation_parts (
    evaluation_id bigint       NOT NULL REFERENCES tracking_evaluations (id) ON DELETE CASCADE,
    position      integer      NOT NULL,
    code          varchar(40)  NOT NULL,
    -- COMPUTED or REVIEWER
    source        varchar(20)  NOT NULL,
    weight        numeric(6,2) NOT NULL CHECK (weight > 0),
    -- 0–100; null when the part does not apply or is not entered yet
    value         numeric(5,2) CHECK (value BETWEEN 0 AND 100),
    PRIMARY KEY (evaluation_id, code)
);
