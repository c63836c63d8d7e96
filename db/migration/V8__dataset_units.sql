-- Every dataset is one unit with the same ledger, finality and raw history. The livestream
-- daywise numbers, which reconcile fetched on the side, become a dataset of their own
-- (rtk.datasets may name livestream-daywise): loaded, made final and rebuilt like the others.

-- A raw answer whose body jsonb refuses (a NUL escape, a number beyond numeric's range, a body
-- that is not JSON) is kept whole as text instead: the history keeps every answer it was given.
CREATE FUNCTION rtk_batch.jsonb_or_null(body text) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN body::jsonb;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION rtk_batch.jsonb_or_null(text) IS 'The body as jsonb, or NULL when jsonb refuses it (it is then kept in a body_text column).';

-- The ledger's datasets are the code's: any lower-case name.
ALTER TABLE rtk.window_ledger DROP CONSTRAINT window_ledger_dataset_ck;
ALTER TABLE rtk.window_ledger ADD CONSTRAINT window_ledger_dataset_ck CHECK (dataset ~ '^[a-z][a-z0-9-]*$');
COMMENT ON COLUMN rtk.window_ledger.dataset IS 'The dataset of the window: livestreams (a day in the zone of the account, rtk.livestream_daily), usage (a date as the daywise endpoint gives it, in no documented zone: rtk.session_daily and rtk.recording_daily) or livestream-daywise (a UTC day: rtk.livestream_daywise).';

-- Rows written by one job execution are counted for its summary.
CREATE INDEX session_daily_job_execution_ix ON rtk.session_daily (job_execution_id);
CREATE INDEX recording_daily_job_execution_ix ON rtk.recording_daily (job_execution_id);

DROP VIEW rtk.livestream_mismatch;

ALTER TABLE rtk.livestream_daywise RENAME COLUMN fetched_at TO last_loaded_at;
ALTER TABLE rtk.livestream_daywise
    ADD COLUMN is_final            boolean     NOT NULL DEFAULT false,
    ADD COLUMN first_loaded_at     timestamptz,
    ADD COLUMN last_changed_at     timestamptz,
    ADD COLUMN changes_after_final integer     NOT NULL DEFAULT 0,
    ADD COLUMN job_execution_id    bigint;
-- Rows of earlier releases came from reconcile runs outside any job, and the ledger does not
-- know them: the dataset fetches those days again the next time it is asked for them.
UPDATE rtk.livestream_daywise SET first_loaded_at = last_loaded_at, last_changed_at = last_loaded_at;
ALTER TABLE rtk.livestream_daywise
    ALTER COLUMN first_loaded_at SET NOT NULL,
    ALTER COLUMN last_changed_at SET NOT NULL,
    ADD CONSTRAINT livestream_daywise_numbers_ck CHECK (livestream_session_count >= 0
        AND total_ingest_seconds >= 0 AND total_viewer_seconds >= 0);
CREATE INDEX livestream_daywise_open_ix ON rtk.livestream_daywise (account_id, day) WHERE NOT is_final;
CREATE INDEX livestream_daywise_job_execution_ix ON rtk.livestream_daywise (job_execution_id);
COMMENT ON TABLE rtk.livestream_daywise IS 'The livestream daywise endpoint''s numbers per app and UTC day (rtk.datasets=livestream-daywise, and reconcile). Its days are asked for as UTC days; the endpoint does not document the zone of the dates it answers with. A day the answer left out has no row (missing, not zero).';
COMMENT ON COLUMN rtk.livestream_daywise.day IS 'UTC day, as asked for (the date the API gives).';
COMMENT ON COLUMN rtk.livestream_daywise.last_loaded_at IS 'When this row was last fetched and written.';
COMMENT ON COLUMN rtk.livestream_daywise.is_final IS 'The day ended more than the lookback days ago: nightly runs no longer fetch it and backfills skip it (unless --refetch).';
COMMENT ON COLUMN rtk.livestream_daywise.first_loaded_at IS 'When this row was first loaded.';
COMMENT ON COLUMN rtk.livestream_daywise.last_changed_at IS 'When a number of this row last changed (equals first_loaded_at until then).';
COMMENT ON COLUMN rtk.livestream_daywise.changes_after_final IS 'How many fetches changed a number after the day was final (should stay 0).';
COMMENT ON COLUMN rtk.livestream_daywise.job_execution_id IS 'Spring Batch job execution that last wrote this row; NULL for rows an earlier release''s reconcile wrote.';

-- Every answer of the livestream daywise endpoint, as received: its rows can be rebuilt from it.
CREATE TABLE rtk.livestream_daywise_fetch (
    fetch_id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        text        NOT NULL,
    app_id            text        NOT NULL,
    range_from        date        NOT NULL,
    range_to          date        NOT NULL,
    attempt           integer     NOT NULL,
    http_status       integer,
    body_json         jsonb,
    body_text         text,
    loaded            boolean     NOT NULL,
    error             text,
    final_before      date        NOT NULL,
    fetched_at        timestamptz NOT NULL,
    job_execution_id  bigint      NOT NULL,
    CONSTRAINT livestream_daywise_fetch_range_ck CHECK (range_from <= range_to)
);
CREATE INDEX livestream_daywise_fetch_app_ix ON rtk.livestream_daywise_fetch (account_id, app_id, range_from, range_to);
CREATE INDEX livestream_daywise_fetch_fetched_at_ix ON rtk.livestream_daywise_fetch (fetched_at);
COMMENT ON TABLE rtk.livestream_daywise_fetch IS 'Every answer of the livestream daywise endpoint, success or error, as received. Not readable by rtk_reader: bodies are kept as the API sent them.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.fetch_id IS 'Order of arrival.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.range_from IS 'First UTC day of the request (start_time its 00:00 UTC).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.range_to IS 'Last UTC day of the request (end_time the next day''s 00:00 UTC).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.attempt IS 'Which request of its fetch this answer was (1 = first, more = retries).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.http_status IS 'HTTP status; NULL when no answer came (connection failure, timeout).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.body_json IS 'The body when jsonb takes it.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.body_text IS 'The body when jsonb does not take it (cut off, HTML from a proxy, a number beyond numeric, ...).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.loaded IS 'Whether this answer was loaded into rtk.livestream_daywise.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.error IS 'Why this answer was not loaded; NULL when it was.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.final_before IS 'Days before this one were final when the answer came (for changes_after_final on a rebuild).';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.fetched_at IS 'When the answer (or the failure to get one) came.';
COMMENT ON COLUMN rtk.livestream_daywise_fetch.job_execution_id IS 'Spring Batch job execution that made the request.';

CREATE VIEW rtk.livestream_mismatch AS
SELECT w.account_id,
       w.app_id,
       w.day,
       d.total_ingest_seconds AS loaded_ingest_seconds,
       w.total_ingest_seconds AS daywise_ingest_seconds,
       d.total_viewer_seconds AS loaded_viewer_seconds,
       w.total_viewer_seconds AS daywise_viewer_seconds,
       d.livestream_count AS loaded_livestream_count,
       w.livestream_session_count AS daywise_session_count
FROM rtk.livestream_daywise w
JOIN rtk.livestream_daily d ON d.account_id = w.account_id AND d.app_id = w.app_id AND d.day = w.day
WHERE d.window_start = w.day::timestamp AT TIME ZONE 'UTC'
  AND d.window_end = (w.day + 1)::timestamp AT TIME ZONE 'UTC'
  AND d.total_ingest_seconds IS NOT NULL AND w.total_ingest_seconds IS NOT NULL
  AND d.total_viewer_seconds IS NOT NULL AND w.total_viewer_seconds IS NOT NULL
  AND (d.total_ingest_seconds, d.total_viewer_seconds) IS DISTINCT FROM (w.total_ingest_seconds, w.total_viewer_seconds);
COMMENT ON VIEW rtk.livestream_mismatch IS 'Each app and UTC day (a loaded row whose window is that UTC day) whose loaded ingest or viewer seconds (rtk.livestream_daily, per-day overall requests) differ from what the daywise endpoint said (rtk.livestream_daywise), with both values. A day where either side does not know a number is not a difference (reconcile lists it as unknown). Counts are shown but not compared: they count different things.';
COMMENT ON COLUMN rtk.livestream_mismatch.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_mismatch.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_mismatch.day IS 'UTC day.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_ingest_seconds IS 'Ingest seconds in rtk.livestream_daily.';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_ingest_seconds IS 'Ingest seconds the daywise endpoint gave.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_viewer_seconds IS 'Viewer seconds in rtk.livestream_daily.';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_viewer_seconds IS 'Viewer seconds the daywise endpoint gave.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_livestream_count IS 'Livestreams in rtk.livestream_daily (not compared).';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_session_count IS 'Livestream sessions the daywise endpoint gave (not compared).';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        GRANT SELECT ON rtk.livestream_mismatch TO rtk_reader;
    END IF;
END
$$;
