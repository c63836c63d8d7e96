-- One definition of a day's state, which coverage, the period views and the completeness of
-- each account read, so that they cannot disagree.
--
-- A day is expected from the first day asked for the app (the earliest "from" of a backfill or
-- nightly run that loaded the app and dataset, not before the app was created; or the earliest
-- day the ledger has, if earlier) up to the last complete day in the account's zone. A nightly
-- run that stopped running therefore leaves missing days behind it.

-- Days past the source's retention (rtk.source-retention) that answered zeros: the ledger
-- says so, for status and the report.
ALTER TABLE rtk.window_ledger ADD COLUMN retention_note text;

COMMENT ON COLUMN rtk.window_ledger.retention_note IS 'Set when the last answer was zeros for a day past the source''s retention (rtk.source-retention). ''protected: ...'': numbers stored before were kept, the zeros were not written (the answer is in the raw history). ''zero past the source''s retention: ...'': nothing was stored before, so zero may mean no longer known rather than none. NULL otherwise.';

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
    FROM days d
    LEFT JOIN rtk.livestream_daily ld ON d.dataset = 'livestreams' AND ld.account_id = d.account_id
        AND ld.app_id = d.app_id AND ld.day = d.day
    LEFT JOIN rtk.session_daily sd ON d.dataset = 'usage' AND sd.account_id = d.account_id
        AND sd.app_id = d.app_id AND sd.day = d.day
    LEFT JOIN rtk.recording_daily rd ON d.dataset = 'usage' AND rd.account_id = d.account_id
        AND rd.app_id = d.app_id AND rd.day = d.day
    LEFT JOIN rtk.livestream_daywise wd ON d.dataset = 'livestream-daywise' AND wd.account_id = d.account_id
        AND wd.app_id = d.app_id AND wd.day = d.day
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
    LEFT JOIN rtk.window_ledger l ON l.account_id = n.account_id AND l.dataset = n.dataset AND l.app_id = n.app_id
        AND l.day = n.day
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

COMMENT ON VIEW rtk.day_state IS 'One row per account, dataset, app and day, from the first day asked for the app (by a backfill or nightly run that loaded it, not before the app was created) up to the last complete day in the account''s zone: the one definition of a day''s state that rtk.coverage, the weekly and monthly views, rtk.completeness, gaps, status and the report read.';
COMMENT ON COLUMN rtk.day_state.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.day_state.dataset IS 'livestreams (rtk.livestream_daily), usage (rtk.session_daily and rtk.recording_daily) or livestream-daywise (rtk.livestream_daywise).';
COMMENT ON COLUMN rtk.day_state.app_id IS 'RealtimeKit app id; app ids are unique only within an account.';
COMMENT ON COLUMN rtk.day_state.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.day_state.day IS 'livestreams: calendar day in zone; usage: the date as the API gives it; livestream-daywise: UTC day.';
COMMENT ON COLUMN rtk.day_state.zone IS 'IANA zone of the day: the account''s zone for livestreams, UTC for livestream-daywise, NULL for usage (the API does not document the zone of its dates).';
COMMENT ON COLUMN rtk.day_state.state IS 'loaded (numbers, final), zero (final, every number 0), protected (past the source''s retention the API answered zeros, which were not written: the numbers loaded before stay), retention-zero (past the source''s retention, zeros never known otherwise: they may mean no longer known rather than none), open (numbers that may still change), failed (the last fetch failed; numbers kept from an earlier fetch are is_stale) or missing (never fetched, or left out of the last answer: nothing is known, not zero).';
COMMENT ON COLUMN rtk.day_state.is_final IS 'Whether the day''s numbers are final: state loaded, zero, protected or retention-zero.';
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
COMMENT ON COLUMN rtk.coverage.state IS 'loaded, zero, protected, retention-zero, open, failed or missing, as in rtk.day_state.';
COMMENT ON COLUMN rtk.coverage.last_error IS 'Why the last fetch failed, when it did.';
COMMENT ON COLUMN rtk.coverage.last_attempt_at IS 'When the day was last fetched; NULL when never.';
COMMENT ON COLUMN rtk.coverage.dataset IS 'livestreams, usage or livestream-daywise.';
COMMENT ON COLUMN rtk.coverage.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.coverage.zone IS 'IANA zone of the day, as in rtk.day_state.';
COMMENT ON COLUMN rtk.coverage.is_final IS 'Whether the day''s numbers are final (state loaded, zero, protected or retention-zero).';
COMMENT ON COLUMN rtk.coverage.is_stale IS 'Numbers from an earlier fetch are kept, but the last fetch did not load.';
COMMENT ON COLUMN rtk.coverage.last_loaded_at IS 'When the day was last loaded successfully; NULL when never.';

-- The period views say what they cover: the days of the period that day_state expects, and
-- how many are loaded, open, failed or missing. Sums are bigint, and cover only the loaded days
-- (loaded, zero, open): a failed day's kept numbers (is_stale) are left out. A period with no
-- loaded day has NULL numbers, not 0. The columns of earlier releases keep their names and
-- order; the sums become bigint (they were numeric), so the views are made again.
DROP VIEW rtk.livestream_monthly;
DROP VIEW rtk.livestream_weekly;
DROP VIEW rtk.session_monthly;
DROP VIEW rtk.recording_monthly;

CREATE VIEW rtk.livestream_monthly AS
SELECT s.account_id,
       s.app_id,
       s.app_name,
       date_trunc('month', s.day)::date AS month,
       sum(d.livestream_count)::bigint AS livestream_count,
       sum(d.total_ingest_seconds)::bigint AS total_ingest_seconds,
       sum(d.total_viewer_seconds)::bigint AS total_viewer_seconds,
       round(sum(d.total_ingest_seconds) / 3600.0, 3) AS ingest_hours,
       round(sum(d.total_viewer_seconds) / 3600.0, 3) AS viewer_hours,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS loaded_days,
       extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(s.is_final) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')) AS is_final,
       s.zone,
       count(*)::integer AS days_expected,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS days_loaded,
       (count(*) FILTER (WHERE s.state = 'open'))::integer AS days_open,
       (count(*) FILTER (WHERE s.state = 'failed'))::integer AS days_failed,
       (count(*) FILTER (WHERE s.state = 'missing'))::integer AS days_missing,
       count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero')) = extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS is_complete
FROM rtk.day_state s
LEFT JOIN rtk.livestream_daily d ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open') AND d.account_id = s.account_id AND d.app_id = s.app_id AND d.day = s.day
WHERE s.dataset = 'livestreams'
GROUP BY s.account_id, s.app_id, s.app_name, s.zone, date_trunc('month', s.day);

CREATE VIEW rtk.livestream_weekly AS
SELECT s.account_id,
       s.app_id,
       s.app_name,
       date_trunc('week', s.day)::date AS week_start,
       to_char(date_trunc('week', s.day), 'IYYY-"W"IW') AS iso_week,
       sum(d.livestream_count)::bigint AS livestream_count,
       sum(d.total_ingest_seconds)::bigint AS total_ingest_seconds,
       sum(d.total_viewer_seconds)::bigint AS total_viewer_seconds,
       round(sum(d.total_ingest_seconds) / 3600.0, 3) AS ingest_hours,
       round(sum(d.total_viewer_seconds) / 3600.0, 3) AS viewer_hours,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS loaded_days,
       7 AS days_in_week,
       bool_and(s.is_final) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')) AS is_final,
       s.zone,
       count(*)::integer AS days_expected,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS days_loaded,
       (count(*) FILTER (WHERE s.state = 'open'))::integer AS days_open,
       (count(*) FILTER (WHERE s.state = 'failed'))::integer AS days_failed,
       (count(*) FILTER (WHERE s.state = 'missing'))::integer AS days_missing,
       count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero')) = 7 AS is_complete
FROM rtk.day_state s
LEFT JOIN rtk.livestream_daily d ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open') AND d.account_id = s.account_id AND d.app_id = s.app_id AND d.day = s.day
WHERE s.dataset = 'livestreams'
GROUP BY s.account_id, s.app_id, s.app_name, s.zone, date_trunc('week', s.day);

CREATE VIEW rtk.session_monthly AS
SELECT s.account_id,
       s.app_id,
       s.app_name,
       date_trunc('month', s.day)::date AS month,
       sum(d.total_sessions)::bigint AS total_sessions,
       sum(d.total_session_minutes)::numeric AS total_session_minutes,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS loaded_days,
       extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(s.is_final) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')) AS is_final,
       s.zone,
       count(*)::integer AS days_expected,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS days_loaded,
       (count(*) FILTER (WHERE s.state = 'open'))::integer AS days_open,
       (count(*) FILTER (WHERE s.state = 'failed'))::integer AS days_failed,
       (count(*) FILTER (WHERE s.state = 'missing'))::integer AS days_missing,
       count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero')) = extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS is_complete
FROM rtk.day_state s
LEFT JOIN rtk.session_daily d ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open') AND d.account_id = s.account_id AND d.app_id = s.app_id AND d.day = s.day
WHERE s.dataset = 'usage'
GROUP BY s.account_id, s.app_id, s.app_name, s.zone, date_trunc('month', s.day);

CREATE VIEW rtk.recording_monthly AS
SELECT s.account_id,
       s.app_id,
       s.app_name,
       date_trunc('month', s.day)::date AS month,
       sum(d.total_recordings)::bigint AS total_recordings,
       sum(d.total_recording_minutes)::numeric AS total_recording_minutes,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS loaded_days,
       extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(s.is_final) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')) AS is_final,
       s.zone,
       count(*)::integer AS days_expected,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS days_loaded,
       (count(*) FILTER (WHERE s.state = 'open'))::integer AS days_open,
       (count(*) FILTER (WHERE s.state = 'failed'))::integer AS days_failed,
       (count(*) FILTER (WHERE s.state = 'missing'))::integer AS days_missing,
       count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero')) = extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS is_complete
FROM rtk.day_state s
LEFT JOIN rtk.recording_daily d ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open') AND d.account_id = s.account_id AND d.app_id = s.app_id AND d.day = s.day
WHERE s.dataset = 'usage'
GROUP BY s.account_id, s.app_id, s.app_name, s.zone, date_trunc('month', s.day);

COMMENT ON VIEW rtk.livestream_monthly IS 'Livestream sums per account, app and calendar month of the account''s zone, from rtk.day_state: every month from the first day asked for, with days expected, loaded, open, failed and missing; NULL numbers for a month with no loaded day; is_complete when every day of the month is loaded and final.';
COMMENT ON COLUMN rtk.livestream_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_monthly.app_id IS 'RealtimeKit app id; unique only within an account: group by account_id and app_id.';
COMMENT ON COLUMN rtk.livestream_monthly.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.livestream_monthly.is_final IS 'Whether every loaded day of the month is final; NULL when no day is loaded. Not the same as is_complete.';
COMMENT ON COLUMN rtk.livestream_monthly.days_expected IS 'Days of the month that rtk.day_state expects: asked for and ended (fewer than days_in_month at the edges of what was asked).';
COMMENT ON COLUMN rtk.livestream_monthly.days_loaded IS 'Days of the month whose last fetch loaded (state loaded, zero, protected, retention-zero or open); the numbers are their sums.';
COMMENT ON COLUMN rtk.livestream_monthly.loaded_days IS 'The same as days_loaded (the name of earlier releases).';
COMMENT ON COLUMN rtk.livestream_monthly.days_open IS 'Of the loaded days, those whose numbers may still change (state open).';
COMMENT ON COLUMN rtk.livestream_monthly.days_failed IS 'Days of the month whose last fetch failed; numbers kept from an earlier fetch are left out of the sums.';
COMMENT ON COLUMN rtk.livestream_monthly.days_missing IS 'Days of the month never fetched (or left out of the last answer).';
COMMENT ON COLUMN rtk.livestream_monthly.is_complete IS 'Every day of the month (all days_in_month) is loaded and final: the numbers will not change and cover the whole month.';
COMMENT ON COLUMN rtk.livestream_monthly.livestream_count IS 'Livestreams in the loaded days of the month; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_monthly.total_ingest_seconds IS 'Ingest seconds in the loaded days of the month; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_monthly.total_viewer_seconds IS 'Viewer seconds in the loaded days of the month; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_monthly.ingest_hours IS 'Ingest hours in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.viewer_hours IS 'Viewer hours in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.livestream_monthly.zone IS 'IANA zone of the account: the month is a calendar month of this zone.';
COMMENT ON VIEW rtk.livestream_weekly IS 'Livestream sums per account, app and ISO week (Monday to Sunday) of the account''s zone, from rtk.day_state: days expected, loaded, open, failed and missing; NULL numbers for a week with no loaded day; is_complete when all 7 days are loaded and final.';
COMMENT ON COLUMN rtk.livestream_weekly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_weekly.app_id IS 'RealtimeKit app id; unique only within an account: group by account_id and app_id.';
COMMENT ON COLUMN rtk.livestream_weekly.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.livestream_weekly.is_final IS 'Whether every loaded day of the week is final; NULL when no day is loaded. Not the same as is_complete.';
COMMENT ON COLUMN rtk.livestream_weekly.days_expected IS 'Days of the week that rtk.day_state expects: asked for and ended (fewer than days_in_week (7) at the edges of what was asked).';
COMMENT ON COLUMN rtk.livestream_weekly.days_loaded IS 'Days of the week whose last fetch loaded (state loaded, zero, protected, retention-zero or open); the numbers are their sums.';
COMMENT ON COLUMN rtk.livestream_weekly.loaded_days IS 'The same as days_loaded (the name of earlier releases).';
COMMENT ON COLUMN rtk.livestream_weekly.days_open IS 'Of the loaded days, those whose numbers may still change (state open).';
COMMENT ON COLUMN rtk.livestream_weekly.days_failed IS 'Days of the week whose last fetch failed; numbers kept from an earlier fetch are left out of the sums.';
COMMENT ON COLUMN rtk.livestream_weekly.days_missing IS 'Days of the week never fetched (or left out of the last answer).';
COMMENT ON COLUMN rtk.livestream_weekly.is_complete IS 'Every day of the week (all days_in_week (7)) is loaded and final: the numbers will not change and cover the whole week.';
COMMENT ON COLUMN rtk.livestream_weekly.livestream_count IS 'Livestreams in the loaded days of the week; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_weekly.total_ingest_seconds IS 'Ingest seconds in the loaded days of the week; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_weekly.total_viewer_seconds IS 'Viewer seconds in the loaded days of the week; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.livestream_weekly.ingest_hours IS 'Ingest hours in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.viewer_hours IS 'Viewer hours in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.week_start IS 'Monday of the ISO week.';
COMMENT ON COLUMN rtk.livestream_weekly.iso_week IS 'ISO week, e.g. 2025-W09 (ISO week-numbering year).';
COMMENT ON COLUMN rtk.livestream_weekly.days_in_week IS 'Always 7.';
COMMENT ON COLUMN rtk.livestream_weekly.zone IS 'IANA zone of the account: the week is made of days of this zone.';
COMMENT ON VIEW rtk.session_monthly IS 'Sessions per account, app and calendar month of the API''s dates, from rtk.day_state (dataset usage): days expected, loaded, open, failed and missing; NULL numbers for a month with no loaded day; is_complete when every day of the month is loaded and final.';
COMMENT ON COLUMN rtk.session_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.session_monthly.app_id IS 'RealtimeKit app id; unique only within an account: group by account_id and app_id.';
COMMENT ON COLUMN rtk.session_monthly.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.session_monthly.is_final IS 'Whether every loaded day of the month is final; NULL when no day is loaded. Not the same as is_complete.';
COMMENT ON COLUMN rtk.session_monthly.days_expected IS 'Days of the month that rtk.day_state expects: asked for and ended (fewer than days_in_month at the edges of what was asked).';
COMMENT ON COLUMN rtk.session_monthly.days_loaded IS 'Days of the month whose last fetch loaded (state loaded, zero, protected, retention-zero or open); the numbers are their sums.';
COMMENT ON COLUMN rtk.session_monthly.loaded_days IS 'The same as days_loaded (the name of earlier releases).';
COMMENT ON COLUMN rtk.session_monthly.days_open IS 'Of the loaded days, those whose numbers may still change (state open).';
COMMENT ON COLUMN rtk.session_monthly.days_failed IS 'Days of the month whose last fetch failed; numbers kept from an earlier fetch are left out of the sums.';
COMMENT ON COLUMN rtk.session_monthly.days_missing IS 'Days of the month never fetched (or left out of the last answer).';
COMMENT ON COLUMN rtk.session_monthly.is_complete IS 'Every day of the month (all days_in_month) is loaded and final: the numbers will not change and cover the whole month.';
COMMENT ON COLUMN rtk.session_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.session_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.session_monthly.total_sessions IS 'Sessions in the loaded days of the month; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.session_monthly.total_session_minutes IS 'Session minutes in the loaded days of the month, exactly (numeric); NULL when no day is loaded.';
COMMENT ON COLUMN rtk.session_monthly.zone IS 'NULL: the usage dates are the API''s, in no documented zone.';
COMMENT ON VIEW rtk.recording_monthly IS 'Recordings per account, app and calendar month of the API''s dates, from rtk.day_state (dataset usage): days expected, loaded, open, failed and missing; NULL numbers for a month with no loaded day; is_complete when every day of the month is loaded and final.';
COMMENT ON COLUMN rtk.recording_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.recording_monthly.app_id IS 'RealtimeKit app id; unique only within an account: group by account_id and app_id.';
COMMENT ON COLUMN rtk.recording_monthly.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.recording_monthly.is_final IS 'Whether every loaded day of the month is final; NULL when no day is loaded. Not the same as is_complete.';
COMMENT ON COLUMN rtk.recording_monthly.days_expected IS 'Days of the month that rtk.day_state expects: asked for and ended (fewer than days_in_month at the edges of what was asked).';
COMMENT ON COLUMN rtk.recording_monthly.days_loaded IS 'Days of the month whose last fetch loaded (state loaded, zero, protected, retention-zero or open); the numbers are their sums.';
COMMENT ON COLUMN rtk.recording_monthly.loaded_days IS 'The same as days_loaded (the name of earlier releases).';
COMMENT ON COLUMN rtk.recording_monthly.days_open IS 'Of the loaded days, those whose numbers may still change (state open).';
COMMENT ON COLUMN rtk.recording_monthly.days_failed IS 'Days of the month whose last fetch failed; numbers kept from an earlier fetch are left out of the sums.';
COMMENT ON COLUMN rtk.recording_monthly.days_missing IS 'Days of the month never fetched (or left out of the last answer).';
COMMENT ON COLUMN rtk.recording_monthly.is_complete IS 'Every day of the month (all days_in_month) is loaded and final: the numbers will not change and cover the whole month.';
COMMENT ON COLUMN rtk.recording_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.recording_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.recording_monthly.total_recordings IS 'Recordings in the loaded days of the month; NULL when no day is loaded.';
COMMENT ON COLUMN rtk.recording_monthly.total_recording_minutes IS 'Recording minutes in the loaded days of the month, exactly (numeric); NULL when no day is loaded.';
COMMENT ON COLUMN rtk.recording_monthly.zone IS 'NULL: the usage dates are the API''s, in no documented zone.';

-- What the reader may see of the runs: every job execution (backfill, nightly, rebuild,
-- reconcile) and every run that ended before its job, read from the Spring Batch metadata
-- through this view only.
CREATE VIEW rtk.run_history AS
WITH params AS (
    SELECT job_execution_id,
           max(parameter_value) FILTER (WHERE parameter_name = 'account') AS account_id,
           max(parameter_value) FILTER (WHERE parameter_name = 'from')::date AS range_from,
           max(parameter_value) FILTER (WHERE parameter_name = 'to')::date AS range_to,
           max(parameter_value) FILTER (WHERE parameter_name = 'apps') AS apps,
           max(parameter_value) FILTER (WHERE parameter_name = 'selection') AS selection,
           coalesce(max(parameter_value) FILTER (WHERE parameter_name = 'datasets'), 'livestreams') AS datasets
    FROM rtk_batch.batch_job_execution_params
    GROUP BY job_execution_id
)
SELECT p.account_id,
       i.job_name AS kind,
       p.range_from,
       p.range_to,
       p.datasets,
       p.apps,
       p.selection,
       e.create_time AS started_at,
       e.end_time AS ended_at,
       lower(e.status) AS outcome,
       e.exit_code,
       nullif(split_part(e.exit_message, E'\n', 1), '') AS message,
       e.job_execution_id,
       e.job_instance_id,
       NULL::bigint AS failed_start_id
FROM rtk_batch.batch_job_execution e
JOIN rtk_batch.batch_job_instance i ON i.job_instance_id = e.job_instance_id
LEFT JOIN params p ON p.job_execution_id = e.job_execution_id
UNION ALL
SELECT account_id,
       kind,
       range_from,
       range_to,
       NULL,
       NULL,
       NULL,
       started_at,
       ended_at,
       CASE outcome WHEN 'locked' THEN 'locked' ELSE 'failed_start' END,
       NULL,
       reason,
       NULL,
       NULL,
       failed_start_id
FROM rtk.failed_start;
COMMENT ON VIEW rtk.run_history IS 'Every run: each job execution of backfill, nightly, rebuild and reconcile (a restart is another execution of the same job instance), and each run that ended before its job started (rtk.failed_start).';
COMMENT ON COLUMN rtk.run_history.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.run_history.kind IS 'backfill, nightly, rebuild or reconcile.';
COMMENT ON COLUMN rtk.run_history.range_from IS 'First day the run was to cover.';
COMMENT ON COLUMN rtk.run_history.range_to IS 'Last day the run was to cover, inclusive.';
COMMENT ON COLUMN rtk.run_history.datasets IS 'The datasets the run loaded (rtk.datasets), comma-separated; NULL for a run that ended before its job.';
COMMENT ON COLUMN rtk.run_history.apps IS 'The apps asked for, comma-separated, or * for every app the API listed; NULL for a run that ended before its job.';
COMMENT ON COLUMN rtk.run_history.selection IS 'Which days of the range the run fetched (e.g. NOT_FINAL, REFETCH, MISSING_ONLY); NULL for a run that ended before its job.';
COMMENT ON COLUMN rtk.run_history.started_at IS 'When the run (its job execution) started.';
COMMENT ON COLUMN rtk.run_history.ended_at IS 'When it ended; NULL while it runs (or when its process died before a later run marked it failed).';
COMMENT ON COLUMN rtk.run_history.outcome IS 'completed, failed, stopped, started (running), abandoned, ... as Spring Batch says; failed_start for a run that ended before its job; locked when another run held the account''s lock.';
COMMENT ON COLUMN rtk.run_history.exit_code IS 'Spring Batch exit code (COMPLETED, FAILED, STOPPED, ...); NULL for a run that ended before its job.';
COMMENT ON COLUMN rtk.run_history.message IS 'The first line of why it ended so, when a failed run said.';
COMMENT ON COLUMN rtk.run_history.job_execution_id IS 'Spring Batch job execution (the job_execution_id of the rows it wrote); NULL for a run that ended before its job.';
COMMENT ON COLUMN rtk.run_history.job_instance_id IS 'Spring Batch job instance: one backfill command, restarts included, or one nightly run.';
COMMENT ON COLUMN rtk.run_history.failed_start_id IS 'The row of rtk.failed_start, for a run that ended before its job.';

-- How far each account's data is complete, per dataset it loads.
CREATE VIEW rtk.completeness AS
SELECT s.account_id,
       s.dataset,
       w.zone,
       count(DISTINCT s.app_id)::integer AS apps,
       min(s.day) AS first_day,
       max(s.day) AS last_day,
       coalesce(min(s.day) FILTER (WHERE s.state NOT IN ('loaded', 'zero', 'protected', 'retention-zero')) - 1, max(s.day)) AS complete_through,
       max(s.last_loaded_at) AS last_loaded_at,
       (count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')))::integer AS days_loaded,
       (count(*) FILTER (WHERE s.state = 'open'))::integer AS days_open,
       (count(*) FILTER (WHERE s.state = 'failed'))::integer AS days_failed,
       (count(*) FILTER (WHERE s.state = 'missing'))::integer AS days_missing
FROM rtk.day_state s
LEFT JOIN rtk.warehouse w ON w.account_id = s.account_id
GROUP BY s.account_id, s.dataset, w.zone;
COMMENT ON VIEW rtk.completeness IS 'One row per account and dataset it loads (asked for by a run, or in the ledger): how far its days are complete (complete_through) and when it last loaded, from rtk.day_state. Counts are app-days.';
COMMENT ON COLUMN rtk.completeness.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.completeness.dataset IS 'livestreams, usage or livestream-daywise.';
COMMENT ON COLUMN rtk.completeness.zone IS 'IANA zone of the account, whose last complete day ends what is expected.';
COMMENT ON COLUMN rtk.completeness.apps IS 'Apps with expected days.';
COMMENT ON COLUMN rtk.completeness.first_day IS 'First day asked for, over its apps.';
COMMENT ON COLUMN rtk.completeness.last_day IS 'Last day expected: the last complete day in the account''s zone.';
COMMENT ON COLUMN rtk.completeness.complete_through IS 'The last day up to which every day of every app is loaded and final (state loaded, zero, protected or retention-zero); first_day - 1 when the first day is not.';
COMMENT ON COLUMN rtk.completeness.last_loaded_at IS 'When a day of the dataset was last loaded successfully; NULL when never.';
COMMENT ON COLUMN rtk.completeness.days_loaded IS 'App-days loaded (state loaded, zero, protected, retention-zero or open).';
COMMENT ON COLUMN rtk.completeness.days_open IS 'App-days loaded whose numbers may still change.';
COMMENT ON COLUMN rtk.completeness.days_failed IS 'App-days whose last fetch failed.';
COMMENT ON COLUMN rtk.completeness.days_missing IS 'App-days never fetched (or left out of the last answer).';

-- A daily row whose last fetch did not load keeps its numbers: the daily view says so.
CREATE OR REPLACE VIEW rtk.livestream_daily_v AS
SELECT d.account_id,
       d.app_id,
       a.name AS app_name,
       d.day,
       d.zone,
       d.window_start,
       d.window_end,
       d.livestream_count,
       d.total_ingest_seconds,
       d.total_viewer_seconds,
       round(d.total_ingest_seconds / 3600.0, 3) AS ingest_hours,
       round(d.total_viewer_seconds / 3600.0, 3) AS viewer_hours,
       round(d.total_viewer_seconds / 60.0 / nullif(d.livestream_count, 0), 3) AS avg_viewer_minutes_per_livestream,
       d.is_final,
       d.last_loaded_at,
       d.last_changed_at,
       l.status IS DISTINCT FROM 'loaded' AS is_stale
FROM rtk.livestream_daily d
LEFT JOIN rtk.app a ON a.account_id = d.account_id AND a.app_id = d.app_id
LEFT JOIN rtk.window_ledger l ON l.account_id = d.account_id AND l.dataset = 'livestreams' AND l.app_id = d.app_id
    AND l.day = d.day;
COMMENT ON COLUMN rtk.livestream_daily_v.is_stale IS 'The last fetch of the day failed: these numbers are from an earlier fetch (rtk.day_state says failed). Leave such days out of sums (WHERE NOT is_stale).';
COMMENT ON COLUMN rtk.livestream_daily_v.app_id IS 'RealtimeKit app id; unique only within an account: group by account_id and app_id.';

COMMENT ON COLUMN rtk.failed_start.failed_start_id IS 'Order of the failed starts.';
COMMENT ON SCHEMA rtk IS 'The RealtimeKit analytics warehouse: daily numbers per Cloudflare account, app and day, their state (rtk.day_state), period views, runs and completeness. App ids are unique only within an account. Read it as rtk_reader; docs/sql.md is the guide.';
