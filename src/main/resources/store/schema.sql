-- Record store of trend-reports. Portable between H2 and PostgreSQL; applied at every start-up.
CREATE TABLE IF NOT EXISTS tr_input (
    run_id      VARCHAR(64)   NOT NULL,
    file_name   VARCHAR(1024) NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    reason      VARCHAR(2000),
    report_id   VARCHAR(128),
    title       VARCHAR(4000),
    period      VARCHAR(64),
    language    VARCHAR(16),
    sections    INTEGER       NOT NULL,
    words       INTEGER       NOT NULL,
    warnings    VARCHAR(4000),
    config_sha  VARCHAR(64),
    PRIMARY KEY (run_id, file_name)
);

CREATE TABLE IF NOT EXISTS tr_record (
    run_id         VARCHAR(64)  NOT NULL,
    report_id      VARCHAR(128) NOT NULL,
    seq            INTEGER      NOT NULL,
    section_no     INTEGER      NOT NULL,
    section_title  VARCHAR(100000),
    theme_id       VARCHAR(128) NOT NULL,
    theme_label    VARCHAR(1000),
    theme_score    DOUBLE PRECISION NOT NULL,
    summary        VARCHAR(100000),
    key_terms      VARCHAR(100000),
    entities       VARCHAR(100000),
    sectors        VARCHAR(10000),
    word_count     INTEGER      NOT NULL,
    sentence_count INTEGER      NOT NULL,
    share_pct      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, report_id, seq)
);

CREATE INDEX IF NOT EXISTS tr_record_theme ON tr_record (run_id, theme_id);

CREATE TABLE IF NOT EXISTS tr_output (
    run_id   VARCHAR(64)   NOT NULL,
    path     VARCHAR(1024) NOT NULL,
    kind     VARCHAR(64)   NOT NULL,
    records  BIGINT        NOT NULL,
    counters VARCHAR(4000),
    PRIMARY KEY (run_id, path)
);

-- added after the first release: stores created before it gain the column
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS config_sha VARCHAR(64);
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS reused_from VARCHAR(64);
-- how the parser read the file's structure, for the manifest
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS structure VARCHAR(1000);
CREATE INDEX IF NOT EXISTS tr_input_sha ON tr_input (sha256, config_sha);
-- reused reports are copied, and replaced rows deleted, by run and report id
CREATE INDEX IF NOT EXISTS tr_input_report ON tr_input (run_id, report_id);
-- writers fetch a run's records a few hundred reports at a time (report_id IN (...)); H2 only
-- uses an IN list on the first column of an index, and the primary key starts with run_id
CREATE INDEX IF NOT EXISTS tr_record_report ON tr_record (report_id, run_id, seq);
-- what each report is about, and where each section's theme comes from (taxonomy or discovered)
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS topic VARCHAR(128);
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS topic_label VARCHAR(1000);
ALTER TABLE tr_record ADD COLUMN IF NOT EXISTS theme_source VARCHAR(16);
-- themes discovered per topic, kept across runs so that their ids and labels stay put
CREATE TABLE IF NOT EXISTS tr_theme (
    topic      VARCHAR(128)  NOT NULL,
    theme_id   VARCHAR(64)   NOT NULL,
    label      VARCHAR(1000) NOT NULL,
    signature  VARCHAR(1000000),
    first_run  VARCHAR(64)   NOT NULL,
    last_run   VARCHAR(64)   NOT NULL,
    PRIMARY KEY (topic, theme_id)
);
-- which discovered theme each section was given (report id # section number), across runs; the
-- heading's hash tells a section rewritten in place (a report.md overwritten nightly) from the same one
CREATE TABLE IF NOT EXISTS tr_section_theme (
    topic       VARCHAR(128) NOT NULL,
    section_key VARCHAR(300) NOT NULL,
    theme_id    VARCHAR(64)  NOT NULL,
    heading_sha VARCHAR(64)  NOT NULL,
    PRIMARY KEY (topic, section_key)
);
-- editions kept for their topic's history after their file left the input folder, and the run
-- that first read each edition (editions of the same period are ordered by it)
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS remembered BOOLEAN;
ALTER TABLE tr_input ADD COLUMN IF NOT EXISTS first_seen VARCHAR(64);
-- the section's text, which theme discovery compares (summaries are too short to tell trends apart)
ALTER TABLE tr_record ADD COLUMN IF NOT EXISTS body VARCHAR(100000);
-- the numbers a section reports (one per line), and the kind of each of its entities (parallel to entities)
ALTER TABLE tr_record ADD COLUMN IF NOT EXISTS metrics VARCHAR(100000);
ALTER TABLE tr_record ADD COLUMN IF NOT EXISTS entity_kinds VARCHAR(10000);
-- what a per-report output showed (a digest of its records and settings), so that a later run can
-- carry the file over instead of writing it again
ALTER TABLE tr_output ADD COLUMN IF NOT EXISTS reuse_key VARCHAR(64);
-- a section's text, stored once per file content and configuration (the records of a reused file
-- point to it instead of copying it into every run); tr_record.body holds it for rows stored before
CREATE TABLE IF NOT EXISTS tr_section_text (
    sha256     VARCHAR(64)     NOT NULL,
    config_sha VARCHAR(64)     NOT NULL,
    seq        INTEGER         NOT NULL,
    body       VARCHAR(100000),
    PRIMARY KEY (sha256, config_sha, seq)
);
