-- The data schema that analysts and BI tools read; Flyway creates it (spring.flyway.schemas).

CREATE TABLE rtk.livestream_daily (
    account_id            text        NOT NULL,
    app_id                text        NOT NULL,
    day                   date        NOT NULL,
    zone                  text        NOT NULL,
    window_start          timestamptz NOT NULL,
    window_end            timestamptz NOT NULL,
    livestream_count      bigint,
    total_ingest_seconds  bigint,
    total_viewer_seconds  bigint,
    first_loaded_at       timestamptz NOT NULL,
    last_loaded_at        timestamptz NOT NULL,
    last_changed_at       timestamptz NOT NULL,
    job_execution_id      bigint      NOT NULL,
    CONSTRAINT livestream_daily_pk PRIMARY KEY (account_id, app_id, day),
    CONSTRAINT livestream_daily_window_ck CHECK (window_start < window_end),
    CONSTRAINT livestream_daily_numbers_ck CHECK (livestream_count >= 0 AND total_ingest_seconds >= 0
                                                  AND total_viewer_seconds >= 0)
);

COMMENT ON TABLE rtk.livestream_daily IS
    'One row per RealtimeKit app and calendar day: the livestream numbers of the half-open window [day 00:00, next day 00:00) in the zone of the row.';
COMMENT ON COLUMN rtk.livestream_daily.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_daily.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_daily.day IS 'Calendar day in the zone of the row.';
COMMENT ON COLUMN rtk.livestream_daily.zone IS 'IANA time zone whose calendar day this row covers.';
COMMENT ON COLUMN rtk.livestream_daily.window_start IS 'Start of the window (inclusive): day 00:00 in zone.';
COMMENT ON COLUMN rtk.livestream_daily.window_end IS 'End of the window (exclusive): next day 00:00 in zone; 23 or 25 hours after the start on daylight saving days.';
COMMENT ON COLUMN rtk.livestream_daily.livestream_count IS 'Number of livestreams (API field count); NULL when the API did not say.';
COMMENT ON COLUMN rtk.livestream_daily.total_ingest_seconds IS 'Seconds of input streamed (API field total_ingest_seconds); NULL when the API did not say.';
COMMENT ON COLUMN rtk.livestream_daily.total_viewer_seconds IS 'Seconds watched by all viewers (API field total_viewer_seconds); NULL when the API did not say.';
COMMENT ON COLUMN rtk.livestream_daily.first_loaded_at IS 'When this row was first loaded.';
COMMENT ON COLUMN rtk.livestream_daily.last_loaded_at IS 'When this row was last fetched and written.';
COMMENT ON COLUMN rtk.livestream_daily.last_changed_at IS 'When a number of this row last changed (equals first_loaded_at until then).';
COMMENT ON COLUMN rtk.livestream_daily.job_execution_id IS 'Spring Batch job execution that last wrote this row.';

-- One row per window that any run tried: whether it is loaded or failed, and why.
CREATE TABLE rtk.window_ledger (
    account_id        text        NOT NULL,
    app_id            text        NOT NULL,
    day               date        NOT NULL,
    status            text        NOT NULL,
    attempts          integer     NOT NULL,
    http_status       integer,
    last_error        text,
    last_attempt_at   timestamptz NOT NULL,
    loaded_at         timestamptz,
    job_execution_id  bigint      NOT NULL,
    CONSTRAINT window_ledger_pk PRIMARY KEY (account_id, app_id, day),
    CONSTRAINT window_ledger_status_ck CHECK (status IN ('loaded', 'failed'))
);

CREATE INDEX window_ledger_failed_ix ON rtk.window_ledger (account_id, app_id, day) WHERE status = 'failed';

COMMENT ON TABLE rtk.window_ledger IS 'The state of every window any run tried: loaded, or failed with the last error.';
COMMENT ON COLUMN rtk.window_ledger.status IS 'loaded: the numbers in rtk.livestream_daily are from the last fetch; failed: the last fetch failed after its retries.';
COMMENT ON COLUMN rtk.window_ledger.attempts IS 'HTTP requests made for this window by its last fetch (retries included).';
COMMENT ON COLUMN rtk.window_ledger.http_status IS 'HTTP status of the last answer; NULL when none came (connection failure, timeout).';
COMMENT ON COLUMN rtk.window_ledger.last_error IS 'Why the last fetch failed (HTTP status, API code and message); NULL when loaded.';
COMMENT ON COLUMN rtk.window_ledger.last_attempt_at IS 'When the window was last fetched.';
COMMENT ON COLUMN rtk.window_ledger.loaded_at IS 'When the window was last loaded successfully.';
COMMENT ON COLUMN rtk.window_ledger.job_execution_id IS 'Spring Batch job execution that last fetched this window.';
