-- rtk.day_state answers in about a second on large warehouses, whatever a query filters on:
-- each day's ledger entry and numbers are looked up by their whole key. Joined, the planner
-- could match each day with every row of its app (100 apps over a year: seconds unfiltered,
-- minutes for one account's range). Same columns, same rows; the comments stay.

CREATE OR REPLACE VIEW rtk.day_state AS
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
), days AS (
    SELECT s.account_id, s.dataset, s.app_id, s.account_zone, d.day::date AS day
    FROM spans s
    CROSS JOIN LATERAL generate_series(s.first_day, s.last_day, interval '1 day') AS d(day)
), numbers AS (
    -- Each dataset's table joined on its own full key: a UNION ALL of them here would hide
    -- the day from the join and make PostgreSQL compare every day of an app with every other.
    SELECT d.account_id, d.dataset, d.app_id, d.day, d.account_zone,
           coalesce(ld.day, sd.day, rd.day, wd.day) IS NOT NULL AS has_numbers,
           CASE d.dataset
               WHEN 'livestreams' THEN ld.is_final
               WHEN 'usage' THEN coalesce(sd.is_final AND rd.is_final, sd.is_final, rd.is_final)
               ELSE wd.is_final
           END AS numbers_final,
           coalesce(CASE d.dataset
               WHEN 'livestreams' THEN ld.livestream_count = 0 AND ld.total_ingest_seconds = 0
                                       AND ld.total_viewer_seconds = 0
               WHEN 'usage' THEN sd.total_sessions = 0 AND sd.total_session_minutes = 0
                                 AND rd.total_recordings = 0 AND rd.total_recording_minutes = 0
               ELSE wd.livestream_session_count = 0 AND wd.total_ingest_seconds = 0 AND wd.total_viewer_seconds = 0
           END, false) AS all_zero,
           greatest(ld.last_loaded_at, sd.last_loaded_at, rd.last_loaded_at, wd.last_loaded_at) AS numbers_loaded_at
    -- Each table, and the ledger below, is looked up by its whole key, one day at a time (the
    -- LIMIT keeps the planner from turning a lookup into a join). Joined, the planner may
    -- match each day with every row of its app, over the range a query asks for: seconds to
    -- minutes for 100 apps over a year.
    FROM days d
    LEFT JOIN LATERAL (
        SELECT ld.day, ld.is_final, ld.livestream_count, ld.total_ingest_seconds, ld.total_viewer_seconds, ld.last_loaded_at FROM rtk.livestream_daily ld
        WHERE d.dataset = 'livestreams' AND ld.account_id = d.account_id AND ld.app_id = d.app_id AND ld.day = d.day
        LIMIT 1
    ) ld ON true
    LEFT JOIN LATERAL (
        SELECT sd.day, sd.is_final, sd.total_sessions, sd.total_session_minutes, sd.last_loaded_at FROM rtk.session_daily sd
        WHERE d.dataset = 'usage' AND sd.account_id = d.account_id AND sd.app_id = d.app_id AND sd.day = d.day
        LIMIT 1
    ) sd ON true
    LEFT JOIN LATERAL (
        SELECT rd.day, rd.is_final, rd.total_recordings, rd.total_recording_minutes, rd.last_loaded_at FROM rtk.recording_daily rd
        WHERE d.dataset = 'usage' AND rd.account_id = d.account_id AND rd.app_id = d.app_id AND rd.day = d.day
        LIMIT 1
    ) rd ON true
    LEFT JOIN LATERAL (
        SELECT wd.day, wd.is_final, wd.livestream_session_count, wd.total_ingest_seconds, wd.total_viewer_seconds, wd.last_loaded_at FROM rtk.livestream_daywise wd
        WHERE d.dataset = 'livestream-daywise' AND wd.account_id = d.account_id AND wd.app_id = d.app_id AND wd.day = d.day
        LIMIT 1
    ) wd ON true
), states AS (
    SELECT n.account_id, n.dataset, n.app_id, n.day, n.account_zone,
           CASE
               WHEN l.status = 'failed' THEN 'failed'
               WHEN l.status = 'loaded' AND n.has_numbers AND l.retention_note LIKE 'protected%' THEN 'protected'
               WHEN l.status = 'loaded' AND n.has_numbers AND l.retention_note IS NOT NULL THEN 'retention-zero'
               WHEN l.status = 'loaded' AND n.has_numbers AND n.numbers_final AND n.all_zero THEN 'zero'
               WHEN l.status = 'loaded' AND n.has_numbers AND n.numbers_final THEN 'loaded'
               WHEN l.status = 'loaded' AND n.has_numbers THEN 'open'
               ELSE 'missing'
           END AS state,
           l.status IS DISTINCT FROM 'loaded' AND n.has_numbers AS is_stale,
           l.last_attempt_at, l.loaded_at, l.last_error, l.http_status, l.attempts,
           n.numbers_loaded_at AS last_loaded_at
    FROM numbers n
    LEFT JOIN LATERAL (
        SELECT w.status, w.retention_note, w.last_attempt_at, w.loaded_at, w.last_error, w.http_status, w.attempts
        FROM rtk.window_ledger w
        WHERE w.account_id = n.account_id AND w.dataset = n.dataset AND w.app_id = n.app_id AND w.day = n.day
        LIMIT 1
    ) l ON true
)
SELECT s.account_id,
       s.dataset,
       s.app_id,
       a.name AS app_name,
       s.day,
       CASE s.dataset WHEN 'livestreams' THEN s.account_zone WHEN 'livestream-daywise' THEN 'UTC' END AS zone,
       s.state,
       s.state IN ('loaded', 'zero', 'protected', 'retention-zero') AS is_final,
       s.is_stale,
       s.last_attempt_at AS last_fetched_at,
       coalesce(s.loaded_at, s.last_loaded_at) AS last_loaded_at,
       s.last_error,
       s.http_status,
       s.attempts
FROM states s
LEFT JOIN rtk.app a ON a.account_id = s.account_id AND a.app_id = s.app_id;
