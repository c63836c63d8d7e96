-- Zero spans: the livestreams dataset may ask once for a run of whole days (up to a calendar
-- month of the account's zone). An answer of three zeros means every day of it is zero; such
-- days are loaded as zeros and the ledger says which span they were inferred from. A sample of
-- them is asked again one by one; when a sampled day disagrees, spans are turned off for the
-- account (rtk.span_check) and the inferred days are fetched again one by one.

ALTER TABLE rtk.window_ledger ADD COLUMN inferred_from daterange;
COMMENT ON COLUMN rtk.window_ledger.inferred_from IS 'The span of days whose one answer of zeros this day''s zeros were inferred from (livestreams only); NULL when the day was asked for on its own.';

ALTER TABLE rtk.livestream_fetch ADD COLUMN last_day date;
COMMENT ON COLUMN rtk.livestream_fetch.last_day IS 'The last day of the span this answer is for, when it covers more than one day (day is its first; window_start and window_end bound the whole span); NULL for an answer of one day. A loaded span answered zeros for every day of it.';
COMMENT ON COLUMN rtk.livestream_fetch.day IS 'The day the answer is for, or the first day of its span (see last_day).';

CREATE TABLE rtk.span_check (
    account_id        text        NOT NULL,
    dataset           text        NOT NULL,
    turned_off_at     timestamptz NOT NULL,
    app_id            text        NOT NULL,
    day               date        NOT NULL,
    span_first_day    date        NOT NULL,
    span_last_day     date        NOT NULL,
    day_answer        text        NOT NULL,
    job_execution_id  bigint      NOT NULL,
    CONSTRAINT span_check_pk PRIMARY KEY (account_id, dataset)
);
COMMENT ON TABLE rtk.span_check IS 'Accounts whose zero spans are turned off: a day sampled on its own disagreed with the zeros its span answered. Delete the row to turn spans on again for the account.';
COMMENT ON COLUMN rtk.span_check.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.span_check.dataset IS 'The dataset whose spans are off (livestreams).';
COMMENT ON COLUMN rtk.span_check.turned_off_at IS 'When the sampled day disagreed.';
COMMENT ON COLUMN rtk.span_check.app_id IS 'The app of the sampled day.';
COMMENT ON COLUMN rtk.span_check.day IS 'The sampled day, in the account''s zone.';
COMMENT ON COLUMN rtk.span_check.span_first_day IS 'The first day of the span that answered zeros.';
COMMENT ON COLUMN rtk.span_check.span_last_day IS 'The last day of that span.';
COMMENT ON COLUMN rtk.span_check.day_answer IS 'What the day answered on its own: count, ingest seconds, viewer seconds.';
COMMENT ON COLUMN rtk.span_check.job_execution_id IS 'Spring Batch job execution that found it.';

ALTER TABLE rtk.livestream_fetch ADD COLUMN final_before date;
COMMENT ON COLUMN rtk.livestream_fetch.final_before IS 'The first day that was not yet final when this answer came: days of its span before it were final (was_final says it for the first day). NULL for answers stored before spans existed.';

-- rtk.day_state no longer lists days before an app existed, even those an earlier release
-- fetched: no run asks for them. An app's first day is its created_at as a day of the account's
-- zone; for the datasets of UTC or undocumented dates, the earlier of that and its UTC day (what
-- the loader asks for). Same columns.

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
           greatest(s.first_day, (CASE WHEN s.dataset = 'livestreams' THEN (p.created_at AT TIME ZONE coalesce(w.zone, 'UTC'))::date ELSE least((p.created_at AT TIME ZONE coalesce(w.zone, 'UTC'))::date, (p.created_at AT TIME ZONE 'UTC')::date) END)) AS first_day,
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
    -- No day before the app existed, even one an earlier release fetched: none is asked for.
    SELECT s.account_id, s.dataset, s.app_id, s.account_zone, d.day::date AS day
    FROM spans s
    LEFT JOIN rtk.app p ON p.account_id = s.account_id AND p.app_id = s.app_id
    CROSS JOIN LATERAL generate_series(greatest(s.first_day,
        CASE WHEN s.dataset = 'livestreams' THEN (p.created_at AT TIME ZONE s.account_zone)::date
             ELSE least((p.created_at AT TIME ZONE s.account_zone)::date, (p.created_at AT TIME ZONE 'UTC')::date)
        END), s.last_day, interval '1 day') AS d(day)
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
