-- A second dataset beside the livestreams: session and recording usage per app and day, from
-- the daywise endpoint (one request per app and up to 31 days); and the livestream daywise
-- numbers that reconcile compares with the loaded livestream rows.

-- The ledger, coverage and gaps are per dataset; the rows already there are livestream windows.
ALTER TABLE rtk.window_ledger ADD COLUMN dataset text NOT NULL DEFAULT 'livestreams';
ALTER TABLE rtk.window_ledger DROP CONSTRAINT window_ledger_pk;
ALTER TABLE rtk.window_ledger ADD CONSTRAINT window_ledger_pk PRIMARY KEY (account_id, dataset, app_id, day);
ALTER TABLE rtk.window_ledger DROP CONSTRAINT window_ledger_status_ck;
ALTER TABLE rtk.window_ledger ADD CONSTRAINT window_ledger_status_ck CHECK (status IN ('loaded', 'failed', 'missing'));
ALTER TABLE rtk.window_ledger ADD CONSTRAINT window_ledger_dataset_ck CHECK (dataset IN ('livestreams', 'usage'));
DROP INDEX rtk.window_ledger_failed_ix;
CREATE INDEX window_ledger_failed_ix ON rtk.window_ledger (account_id, dataset, app_id, day) WHERE status = 'failed';
DROP INDEX rtk.window_ledger_job_instance_ix;
CREATE INDEX window_ledger_job_instance_ix ON rtk.window_ledger (job_instance_id, account_id, dataset, app_id)
    WHERE status = 'loaded';
COMMENT ON COLUMN rtk.window_ledger.dataset IS 'livestreams (a day in the zone of the account, rtk.livestream_daily) or usage (a date as the daywise endpoint gives it, in no documented zone: rtk.session_daily and rtk.recording_daily).';
COMMENT ON COLUMN rtk.window_ledger.day IS 'livestreams: calendar day in the zone of the account; usage: the date as the API gives it (no documented zone).';
COMMENT ON COLUMN rtk.window_ledger.status IS 'loaded: the numbers of the dataset''s table are from the last fetch; failed: the last fetch failed after its retries; missing (usage): the last answer covered the day but left it out, so nothing is known of it (not zero).';
COMMENT ON COLUMN rtk.window_ledger.attempts IS 'HTTP requests made by the last fetch of this window (retries included); a usage request covers up to 31 days, each of which records it.';

CREATE TABLE rtk.session_daily (
    account_id            text        NOT NULL,
    app_id                text        NOT NULL,
    day                   date        NOT NULL,
    total_sessions        bigint,
    total_session_minutes numeric,
    is_final              boolean     NOT NULL,
    first_loaded_at       timestamptz NOT NULL,
    last_loaded_at        timestamptz NOT NULL,
    last_changed_at       timestamptz NOT NULL,
    changes_after_final   integer     NOT NULL DEFAULT 0,
    job_execution_id      bigint      NOT NULL,
    CONSTRAINT session_daily_pk PRIMARY KEY (account_id, app_id, day),
    CONSTRAINT session_daily_numbers_ck CHECK (total_sessions >= 0 AND total_session_minutes >= 0)
);
CREATE INDEX session_daily_open_ix ON rtk.session_daily (account_id, day) WHERE NOT is_final;
COMMENT ON TABLE rtk.session_daily IS 'Meeting sessions per RealtimeKit app and day, from the daywise endpoint (data.session_stats.day_stats). The day is a date as the API gives it: its zone is not documented, so do not join it with the rtk.zone days of rtk.livestream_daily as if they were the same hours. A day the answer left out has no row (missing, not zero; rtk.coverage says so).';
COMMENT ON COLUMN rtk.session_daily.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.session_daily.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.session_daily.day IS 'The date as the API gives it (day); its time zone is not documented.';
COMMENT ON COLUMN rtk.session_daily.total_sessions IS 'Sessions on the day (API total_sessions); NULL when the API did not say.';
COMMENT ON COLUMN rtk.session_daily.total_session_minutes IS 'Session minutes on the day (API total_session_minutes), exactly as sent: may be fractional; NULL when the API did not say.';
COMMENT ON COLUMN rtk.session_daily.is_final IS 'The day ended more than the lookback days ago: nightly runs no longer fetch it and backfills skip it (unless --refetch).';
COMMENT ON COLUMN rtk.session_daily.first_loaded_at IS 'When this row was first loaded.';
COMMENT ON COLUMN rtk.session_daily.last_loaded_at IS 'When this row was last fetched and written.';
COMMENT ON COLUMN rtk.session_daily.last_changed_at IS 'When a number of this row last changed (equals first_loaded_at until then).';
COMMENT ON COLUMN rtk.session_daily.changes_after_final IS 'How many fetches changed a number after the day was final (should stay 0).';
COMMENT ON COLUMN rtk.session_daily.job_execution_id IS 'Spring Batch job execution that last wrote this row.';

CREATE TABLE rtk.recording_daily (
    account_id              text        NOT NULL,
    app_id                  text        NOT NULL,
    day                     date        NOT NULL,
    total_recordings        bigint,
    total_recording_minutes numeric,
    is_final                boolean     NOT NULL,
    first_loaded_at         timestamptz NOT NULL,
    last_loaded_at          timestamptz NOT NULL,
    last_changed_at         timestamptz NOT NULL,
    changes_after_final     integer     NOT NULL DEFAULT 0,
    job_execution_id        bigint      NOT NULL,
    CONSTRAINT recording_daily_pk PRIMARY KEY (account_id, app_id, day),
    CONSTRAINT recording_daily_numbers_ck CHECK (total_recordings >= 0 AND total_recording_minutes >= 0)
);
CREATE INDEX recording_daily_open_ix ON rtk.recording_daily (account_id, day) WHERE NOT is_final;
COMMENT ON TABLE rtk.recording_daily IS 'Recordings per RealtimeKit app and day, from the daywise endpoint (data.recording_stats.day_stats). The day is a date as the API gives it: its zone is not documented, so do not join it with the rtk.zone days of rtk.livestream_daily as if they were the same hours. A day the answer left out has no row (missing, not zero).';
COMMENT ON COLUMN rtk.recording_daily.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.recording_daily.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.recording_daily.day IS 'The date as the API gives it (day); its time zone is not documented.';
COMMENT ON COLUMN rtk.recording_daily.total_recordings IS 'Recordings on the day (API total_recordings); NULL when the API did not say.';
COMMENT ON COLUMN rtk.recording_daily.total_recording_minutes IS 'Recording minutes on the day (API total_recording_minutes), exactly as sent: may be fractional; NULL when the API did not say.';
COMMENT ON COLUMN rtk.recording_daily.is_final IS 'The day ended more than the lookback days ago: nightly runs no longer fetch it and backfills skip it (unless --refetch).';
COMMENT ON COLUMN rtk.recording_daily.first_loaded_at IS 'When this row was first loaded.';
COMMENT ON COLUMN rtk.recording_daily.last_loaded_at IS 'When this row was last fetched and written.';
COMMENT ON COLUMN rtk.recording_daily.last_changed_at IS 'When a number of this row last changed (equals first_loaded_at until then).';
COMMENT ON COLUMN rtk.recording_daily.changes_after_final IS 'How many fetches changed a number after the day was final (should stay 0).';
COMMENT ON COLUMN rtk.recording_daily.job_execution_id IS 'Spring Batch job execution that last wrote this row.';

-- Every answer of the daywise endpoint, as received: the usage tables can be rebuilt from it.
CREATE TABLE rtk.usage_fetch (
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
    CONSTRAINT usage_fetch_range_ck CHECK (range_from <= range_to)
);
CREATE INDEX usage_fetch_app_ix ON rtk.usage_fetch (account_id, app_id, range_from, range_to);
CREATE INDEX usage_fetch_fetched_at_ix ON rtk.usage_fetch (fetched_at);
COMMENT ON TABLE rtk.usage_fetch IS 'Every answer of the daywise (session and recording usage) endpoint, success or error, as received. Not readable by rtk_reader: bodies are kept as the API sent them.';
COMMENT ON COLUMN rtk.usage_fetch.fetch_id IS 'Order of arrival.';
COMMENT ON COLUMN rtk.usage_fetch.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.usage_fetch.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.usage_fetch.range_from IS 'start_date of the request (inclusive), a date in no documented zone.';
COMMENT ON COLUMN rtk.usage_fetch.range_to IS 'end_date of the request (inclusive).';
COMMENT ON COLUMN rtk.usage_fetch.attempt IS 'Which request of its fetch this answer was (1 = first, more = retries).';
COMMENT ON COLUMN rtk.usage_fetch.http_status IS 'HTTP status; NULL when no answer came (connection failure, timeout).';
COMMENT ON COLUMN rtk.usage_fetch.body_json IS 'The body when it is valid JSON.';
COMMENT ON COLUMN rtk.usage_fetch.body_text IS 'The body when it is not valid JSON (cut off, HTML from a proxy, ...).';
COMMENT ON COLUMN rtk.usage_fetch.loaded IS 'Whether this answer was loaded into rtk.session_daily and rtk.recording_daily.';
COMMENT ON COLUMN rtk.usage_fetch.error IS 'Why this answer was not loaded; NULL when it was.';
COMMENT ON COLUMN rtk.usage_fetch.final_before IS 'Days before this one were final when the answer came (for changes_after_final on a rebuild).';
COMMENT ON COLUMN rtk.usage_fetch.fetched_at IS 'When the answer (or the failure to get one) came.';
COMMENT ON COLUMN rtk.usage_fetch.job_execution_id IS 'Spring Batch job execution that made the request.';

CREATE VIEW rtk.session_monthly AS
SELECT s.account_id,
       s.app_id,
       a.name AS app_name,
       date_trunc('month', s.day)::date AS month,
       sum(s.total_sessions) AS total_sessions,
       sum(s.total_session_minutes) AS total_session_minutes,
       count(*)::integer AS loaded_days,
       extract(day FROM date_trunc('month', s.day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(s.is_final) AS is_final
FROM rtk.session_daily s
LEFT JOIN rtk.app a ON a.account_id = s.account_id AND a.app_id = s.app_id
GROUP BY s.account_id, s.app_id, a.name, date_trunc('month', s.day);
COMMENT ON VIEW rtk.session_monthly IS 'Sessions per app and calendar month of the API''s dates. loaded_days < days_in_month means a partial month (days missing): compare before you chart.';
COMMENT ON COLUMN rtk.session_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.session_monthly.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.session_monthly.app_name IS 'App name, when known.';
COMMENT ON COLUMN rtk.session_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.session_monthly.total_sessions IS 'Sessions in the loaded days of the month.';
COMMENT ON COLUMN rtk.session_monthly.total_session_minutes IS 'Session minutes in the loaded days of the month, exactly (numeric).';
COMMENT ON COLUMN rtk.session_monthly.loaded_days IS 'Days of the month that have a row.';
COMMENT ON COLUMN rtk.session_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.session_monthly.is_final IS 'Whether every loaded day of the month is final.';

CREATE VIEW rtk.recording_monthly AS
SELECT r.account_id,
       r.app_id,
       a.name AS app_name,
       date_trunc('month', r.day)::date AS month,
       sum(r.total_recordings) AS total_recordings,
       sum(r.total_recording_minutes) AS total_recording_minutes,
       count(*)::integer AS loaded_days,
       extract(day FROM date_trunc('month', r.day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(r.is_final) AS is_final
FROM rtk.recording_daily r
LEFT JOIN rtk.app a ON a.account_id = r.account_id AND a.app_id = r.app_id
GROUP BY r.account_id, r.app_id, a.name, date_trunc('month', r.day);
COMMENT ON VIEW rtk.recording_monthly IS 'Recordings per app and calendar month of the API''s dates. loaded_days < days_in_month means a partial month (days missing): compare before you chart.';
COMMENT ON COLUMN rtk.recording_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.recording_monthly.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.recording_monthly.app_name IS 'App name, when known.';
COMMENT ON COLUMN rtk.recording_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.recording_monthly.total_recordings IS 'Recordings in the loaded days of the month.';
COMMENT ON COLUMN rtk.recording_monthly.total_recording_minutes IS 'Recording minutes in the loaded days of the month, exactly (numeric).';
COMMENT ON COLUMN rtk.recording_monthly.loaded_days IS 'Days of the month that have a row.';
COMMENT ON COLUMN rtk.recording_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.recording_monthly.is_final IS 'Whether every loaded day of the month is final.';

-- What the livestream daywise endpoint said, for reconcile: kept per app and date as answered.
CREATE TABLE rtk.livestream_daywise (
    account_id                 text        NOT NULL,
    app_id                     text        NOT NULL,
    day                        date        NOT NULL,
    livestream_session_count   bigint,
    total_ingest_seconds       bigint,
    total_viewer_seconds       bigint,
    fetched_at                 timestamptz NOT NULL,
    CONSTRAINT livestream_daywise_pk PRIMARY KEY (account_id, app_id, day)
);
COMMENT ON TABLE rtk.livestream_daywise IS 'The livestream daywise endpoint''s numbers per app and date, as the last reconcile of the date fetched them. Its dates are compared with UTC days only: the endpoint does not document their zone.';
COMMENT ON COLUMN rtk.livestream_daywise.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_daywise.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_daywise.day IS 'The date as the API gives it (date); its zone is not documented.';
COMMENT ON COLUMN rtk.livestream_daywise.livestream_session_count IS 'API count: livestream sessions, not livestreams, so not compared with livestream_count.';
COMMENT ON COLUMN rtk.livestream_daywise.total_ingest_seconds IS 'Seconds of input streamed on the date; NULL when the API did not say.';
COMMENT ON COLUMN rtk.livestream_daywise.total_viewer_seconds IS 'Seconds watched on the date; NULL when the API did not say.';
COMMENT ON COLUMN rtk.livestream_daywise.fetched_at IS 'When reconcile fetched it.';

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
  AND (d.total_ingest_seconds, d.total_viewer_seconds) IS DISTINCT FROM (w.total_ingest_seconds, w.total_viewer_seconds);
COMMENT ON VIEW rtk.livestream_mismatch IS 'Each app and UTC day (a loaded row whose window is that UTC day) whose loaded ingest or viewer seconds (rtk.livestream_daily, per-day overall requests) differ from what the daywise endpoint said (rtk.livestream_daywise), with both values. Counts are shown but not compared: they count different things.';
COMMENT ON COLUMN rtk.livestream_mismatch.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_mismatch.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_mismatch.day IS 'UTC day.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_ingest_seconds IS 'Ingest seconds in rtk.livestream_daily.';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_ingest_seconds IS 'Ingest seconds the daywise endpoint gave.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_viewer_seconds IS 'Viewer seconds in rtk.livestream_daily.';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_viewer_seconds IS 'Viewer seconds the daywise endpoint gave.';
COMMENT ON COLUMN rtk.livestream_mismatch.loaded_livestream_count IS 'Livestreams in rtk.livestream_daily (not compared).';
COMMENT ON COLUMN rtk.livestream_mismatch.daywise_session_count IS 'Livestream sessions the daywise endpoint gave (not compared).';

-- Coverage per dataset: the dataset column is added at the end, the columns before it unchanged.
CREATE OR REPLACE VIEW rtk.coverage AS
WITH bounds AS (
    SELECT account_id, dataset, min(day) AS first_day, max(day) AS last_day
    FROM rtk.window_ledger
    GROUP BY account_id, dataset
), apps AS (
    SELECT account_id, app_id FROM rtk.app
    UNION
    SELECT DISTINCT account_id, app_id FROM rtk.window_ledger
)
SELECT a.account_id,
       a.app_id,
       d.day::date AS day,
       CASE l.status WHEN 'loaded' THEN 'loaded' WHEN 'failed' THEN 'failed' ELSE 'missing' END AS state,
       l.last_error,
       l.last_attempt_at,
       b.dataset
FROM apps a
JOIN bounds b ON b.account_id = a.account_id
CROSS JOIN LATERAL generate_series(b.first_day, b.last_day, interval '1 day') AS d(day)
LEFT JOIN rtk.window_ledger l ON l.account_id = a.account_id AND l.dataset = b.dataset AND l.app_id = a.app_id
    AND l.day = d.day::date;
COMMENT ON VIEW rtk.coverage IS 'One row per dataset, known app and day between the first and last day loaded for the account and dataset: loaded (numbers may be 0), failed (the last fetch failed) or missing (never fetched, or left out of the last usage answer).';
COMMENT ON COLUMN rtk.coverage.dataset IS 'livestreams or usage.';
COMMENT ON COLUMN rtk.coverage.day IS 'livestreams: calendar day in the zone of the account; usage: the date as the API gives it.';
COMMENT ON COLUMN rtk.coverage.state IS 'loaded, failed or missing.';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        GRANT SELECT ON rtk.session_daily, rtk.recording_daily, rtk.session_monthly, rtk.recording_monthly,
              rtk.livestream_daywise, rtk.livestream_mismatch, rtk.coverage TO rtk_reader;
    END IF;
END
$$;
