-- One definition of a day's state, which coverage, the period views and the completeness of
-- each account read, so that they cannot disagree.
--
-- A day is expected from the first day asked for the app (the earliest "from" of a backfill or
-- nightly run that loaded the app and dataset, not before the app was created; or the earliest
-- day the ledger has, if earlier) up to the last complete day in the account's zone. A nightly
-- run that stopped running therefore leaves missing days behind it.

CREATE VIEW rtk.day_state AS
WITH runs AS (
    SELECT e.job_execution_id,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'account') AS account_id,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'from')::date AS range_from,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'appList') AS app_list,
           coalesce(max(p.parameter_value) FILTER (WHERE p.parameter_name = 'datasets'), 'livestreams') AS datasets
    FROM rtk_batch.batch_job_execution e
    JOIN rtk_batch.batch_job_instance i ON i.job_instance_id = e.job_instance_id
    JOIN rtk_batch.batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
    WHERE i.job_name IN ('backfill', 'nightly')
    GROUP BY e.job_execution_id
), asked AS (
    SELECT r.account_id, d.dataset, a.app_id, min(r.range_from) AS first_day
    FROM runs r
    CROSS JOIN LATERAL unnest(string_to_array(r.datasets, ',')) AS d(dataset)
    CROSS JOIN LATERAL unnest(string_to_array(r.app_list, ',')) AS a(app_id)
    WHERE r.account_id IS NOT NULL AND r.range_from IS NOT NULL AND a.app_id <> ''
    GROUP BY r.account_id, d.dataset, a.app_id
), starts AS (
    SELECT s.account_id, s.dataset, s.app_id,
           greatest(s.first_day, (p.created_at AT TIME ZONE coalesce(w.zone, 'UTC'))::date) AS first_day,
           NULL::date AS last_day
    FROM asked s
    LEFT JOIN rtk.app p ON p.account_id = s.account_id AND p.app_id = s.app_id
    LEFT JOIN rtk.warehouse w ON w.account_id = s.account_id
    UNION ALL
    SELECT account_id, dataset, app_id, min(day), max(day)
    FROM rtk.window_ledger
    GROUP BY account_id, dataset, app_id
), spans AS (
    SELECT s.account_id, s.dataset, s.app_id, coalesce(w.zone, 'UTC') AS account_zone,
           min(s.first_day) AS first_day,
           greatest((now() AT TIME ZONE coalesce(w.zone, 'UTC'))::date - 1, max(s.last_day)) AS last_day
    FROM starts s
    LEFT JOIN rtk.warehouse w ON w.account_id = s.account_id
    GROUP BY s.account_id, s.dataset, s.app_id, w.zone
), numbers AS (
    SELECT account_id, 'livestreams' AS dataset, app_id, day, is_final, last_loaded_at,
           coalesce(livestream_count = 0 AND total_ingest_seconds = 0 AND total_viewer_seconds = 0, false) AS all_zero
    FROM rtk.livestream_daily
    UNION ALL
    SELECT coalesce(s.account_id, r.account_id), 'usage', coalesce(s.app_id, r.app_id), coalesce(s.day, r.day),
           coalesce(s.is_final AND r.is_final, s.is_final, r.is_final),
           greatest(s.last_loaded_at, r.last_loaded_at),
           coalesce(s.total_sessions = 0 AND s.total_session_minutes = 0
                    AND r.total_recordings = 0 AND r.total_recording_minutes = 0, false)
    FROM rtk.session_daily s
    FULL JOIN rtk.recording_daily r ON r.account_id = s.account_id AND r.app_id = s.app_id AND r.day = s.day
    UNION ALL
    SELECT account_id, 'livestream-daywise', app_id, day, is_final, last_loaded_at,
           coalesce(livestream_session_count = 0 AND total_ingest_seconds = 0 AND total_viewer_seconds = 0, false)
    FROM rtk.livestream_daywise
), days AS (
    SELECT s.account_id, s.dataset, s.app_id, s.account_zone, d.day::date AS day
    FROM spans s
    CROSS JOIN LATERAL generate_series(s.first_day, s.last_day, interval '1 day') AS d(day)
), states AS (
    SELECT d.account_id, d.dataset, d.app_id, d.day, d.account_zone,
           CASE
               WHEN l.status = 'failed' THEN 'failed'
               WHEN l.status = 'loaded' AND n.day IS NOT NULL AND n.is_final AND n.all_zero THEN 'zero'
               WHEN l.status = 'loaded' AND n.day IS NOT NULL AND n.is_final THEN 'loaded'
               WHEN l.status = 'loaded' AND n.day IS NOT NULL THEN 'open'
               ELSE 'missing'
           END AS state,
           l.status IS DISTINCT FROM 'loaded' AND n.day IS NOT NULL AS is_stale,
           l.last_attempt_at, l.loaded_at, l.last_error, l.http_status, l.attempts, n.last_loaded_at
    FROM days d
    LEFT JOIN rtk.window_ledger l ON l.account_id = d.account_id AND l.dataset = d.dataset AND l.app_id = d.app_id
        AND l.day = d.day
    LEFT JOIN numbers n ON n.account_id = d.account_id AND n.dataset = d.dataset AND n.app_id = d.app_id
        AND n.day = d.day
)
SELECT s.account_id,
       s.dataset,
       s.app_id,
       a.name AS app_name,
       s.day,
       CASE s.dataset WHEN 'livestreams' THEN s.account_zone WHEN 'livestream-daywise' THEN 'UTC' END AS zone,
       s.state,
       s.state IN ('loaded', 'zero') AS is_final,
       s.is_stale,
       s.last_attempt_at AS last_fetched_at,
       coalesce(s.loaded_at, s.last_loaded_at) AS last_loaded_at,
       s.last_error,
       s.http_status,
       s.attempts
FROM states s
LEFT JOIN rtk.app a ON a.account_id = s.account_id AND a.app_id = s.app_id;

COMMENT ON VIEW rtk.day_state IS 'One row per account, dataset, app and day, from the first day asked for the app (by a backfill or nightly run that loaded it, not before the app was created) up to the last complete day in the account''s zone: the one definition of a day''s state that rtk.coverage, the weekly and monthly views, rtk.completeness, gaps, status and the report read.';
COMMENT ON COLUMN rtk.day_state.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.day_state.dataset IS 'livestreams (rtk.livestream_daily), usage (rtk.session_daily and rtk.recording_daily) or livestream-daywise (rtk.livestream_daywise).';
COMMENT ON COLUMN rtk.day_state.app_id IS 'RealtimeKit app id; app ids are unique only within an account.';
COMMENT ON COLUMN rtk.day_state.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.day_state.day IS 'livestreams: calendar day in zone; usage: the date as the API gives it; livestream-daywise: UTC day.';
COMMENT ON COLUMN rtk.day_state.zone IS 'IANA zone of the day: the account''s zone for livestreams, UTC for livestream-daywise, NULL for usage (the API does not document the zone of its dates).';
COMMENT ON COLUMN rtk.day_state.state IS 'loaded (numbers, final), zero (final, every number 0), open (numbers that may still change), failed (the last fetch failed; numbers kept from an earlier fetch are is_stale) or missing (never fetched, or left out of the last answer: nothing is known, not zero).';
COMMENT ON COLUMN rtk.day_state.is_final IS 'Whether the day''s numbers are final: state loaded or zero.';
COMMENT ON COLUMN rtk.day_state.is_stale IS 'The dataset''s table holds numbers for the day from an earlier fetch, but the last fetch did not load (failed or missing): do not count them as loaded.';
COMMENT ON COLUMN rtk.day_state.last_fetched_at IS 'When the day was last fetched, successfully or not; NULL when never.';
COMMENT ON COLUMN rtk.day_state.last_loaded_at IS 'When the day was last loaded successfully; NULL when never.';
COMMENT ON COLUMN rtk.day_state.last_error IS 'Why the last fetch failed (HTTP status, API code and message); NULL unless failed.';
COMMENT ON COLUMN rtk.day_state.http_status IS 'HTTP status of the last answer; NULL when none came or the day was never fetched.';
COMMENT ON COLUMN rtk.day_state.attempts IS 'HTTP requests made by the last fetch of the day (retries included); NULL when never fetched.';

-- Coverage keeps its name and first columns, and reads the one definition: its states are now
-- the five of rtk.day_state, and it runs to the last complete day.
CREATE OR REPLACE VIEW rtk.coverage AS
SELECT account_id,
       app_id,
       day,
       state,
       last_error,
       last_fetched_at AS last_attempt_at,
       dataset,
       app_name,
       zone,
       is_final,
       is_stale,
       last_loaded_at
FROM rtk.day_state;
COMMENT ON VIEW rtk.coverage IS 'rtk.day_state under its earlier name and column order (last_attempt_at is its last_fetched_at): one row per account, dataset, app and day up to the last complete day.';
COMMENT ON COLUMN rtk.coverage.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.coverage.app_id IS 'RealtimeKit app id; app ids are unique only within an account.';
COMMENT ON COLUMN rtk.coverage.day IS 'livestreams: calendar day in zone; usage: the date as the API gives it; livestream-daywise: UTC day.';
COMMENT ON COLUMN rtk.coverage.state IS 'loaded, zero, open, failed or missing, as in rtk.day_state.';
COMMENT ON COLUMN rtk.coverage.last_error IS 'Why the last fetch failed, when it did.';
COMMENT ON COLUMN rtk.coverage.last_attempt_at IS 'When the day was last fetched; NULL when never.';
COMMENT ON COLUMN rtk.coverage.dataset IS 'livestreams, usage or livestream-daywise.';
COMMENT ON COLUMN rtk.coverage.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.coverage.zone IS 'IANA zone of the day, as in rtk.day_state.';
COMMENT ON COLUMN rtk.coverage.is_final IS 'Whether the day''s numbers are final (state loaded or zero).';
COMMENT ON COLUMN rtk.coverage.is_stale IS 'Numbers from an earlier fetch are kept, but the last fetch did not load.';
COMMENT ON COLUMN rtk.coverage.last_loaded_at IS 'When the day was last loaded successfully; NULL when never.';
