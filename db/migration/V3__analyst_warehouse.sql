-- What analysts and BI tools need beyond the daily numbers: every raw answer, finality,
-- the apps, coverage, derived views and a read-only role.

-- The warehouse remembers the zone of each account's days: days in another zone are other windows.
CREATE TABLE rtk.warehouse (
    account_id    text        PRIMARY KEY,
    zone          text        NOT NULL,
    lookback_days integer     NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rtk.warehouse IS 'One row per Cloudflare account loaded here: the zone of its days and the lookback of its nightly runs.';
COMMENT ON COLUMN rtk.warehouse.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.warehouse.zone IS 'IANA time zone of every day of this account; a run with another rtk.zone is refused.';
COMMENT ON COLUMN rtk.warehouse.lookback_days IS 'Days after its end during which a window is still fetched again by nightly runs (rtk.lookback-days of the last run).';
COMMENT ON COLUMN rtk.warehouse.created_at IS 'When the first run of this account wrote here.';
COMMENT ON COLUMN rtk.warehouse.updated_at IS 'When a run last started for this account.';

CREATE TABLE rtk.app (
    account_id    text        NOT NULL,
    app_id        text        NOT NULL,
    name          text,
    created_at    timestamptz,
    last_seen_at  timestamptz NOT NULL,
    CONSTRAINT app_pk PRIMARY KEY (account_id, app_id)
);
COMMENT ON TABLE rtk.app IS 'RealtimeKit apps of each account, as the apps endpoint last listed them.';
COMMENT ON COLUMN rtk.app.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.app.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.app.name IS 'App name.';
COMMENT ON COLUMN rtk.app.created_at IS 'When the app was created at Cloudflare.';
COMMENT ON COLUMN rtk.app.last_seen_at IS 'When the apps endpoint last listed this app.';

-- Every answer of the API, success or error, appended: the daily table can be rebuilt from it.
CREATE TABLE rtk.livestream_fetch (
    fetch_id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id        text        NOT NULL,
    app_id            text        NOT NULL,
    day               date        NOT NULL,
    zone              text        NOT NULL,
    window_start      timestamptz NOT NULL,
    window_end        timestamptz NOT NULL,
    attempt           integer     NOT NULL,
    http_status       integer,
    body_json         jsonb,
    body_text         text,
    loaded            boolean     NOT NULL,
    was_final         boolean     NOT NULL,
    error             text,
    fetched_at        timestamptz NOT NULL,
    job_execution_id  bigint      NOT NULL
);
CREATE INDEX livestream_fetch_window_ix ON rtk.livestream_fetch (account_id, app_id, day, fetched_at);
CREATE INDEX livestream_fetch_fetched_at_ix ON rtk.livestream_fetch (fetched_at);
COMMENT ON TABLE rtk.livestream_fetch IS 'Every answer of the livestream analytics endpoint, success or error, as received. Not readable by rtk_reader: bodies are kept as the API sent them.';
COMMENT ON COLUMN rtk.livestream_fetch.attempt IS 'Which request of its fetch this answer was (1 = first, more = retries).';
COMMENT ON COLUMN rtk.livestream_fetch.http_status IS 'HTTP status; NULL when no answer came (connection failure, timeout).';
COMMENT ON COLUMN rtk.livestream_fetch.body_json IS 'The body when it is valid JSON.';
COMMENT ON COLUMN rtk.livestream_fetch.body_text IS 'The body when it is not valid JSON (cut off, HTML from a proxy, ...).';
COMMENT ON COLUMN rtk.livestream_fetch.loaded IS 'Whether this answer was loaded into rtk.livestream_daily.';
COMMENT ON COLUMN rtk.livestream_fetch.was_final IS 'Whether the window was already final when this answer came.';
COMMENT ON COLUMN rtk.livestream_fetch.error IS 'Why this answer was not loaded; NULL when it was.';

-- Finality: a window stays open for the lookback days after it ends, then it is final.
ALTER TABLE rtk.livestream_daily
    ADD COLUMN is_final boolean NOT NULL DEFAULT false,
    ADD COLUMN changes_after_final integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN rtk.livestream_daily.is_final IS 'The window ended more than the lookback days ago: nightly runs no longer fetch it and backfills skip it (unless --refetch).';
COMMENT ON COLUMN rtk.livestream_daily.changes_after_final IS 'How many fetches of this window changed a number after it was final (should stay 0).';

-- Loaded windows of one account whose final flag is due, found fast.
CREATE INDEX livestream_daily_open_ix ON rtk.livestream_daily (account_id, day) WHERE NOT is_final;

CREATE VIEW rtk.livestream_daily_v AS
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
       d.last_changed_at
FROM rtk.livestream_daily d
LEFT JOIN rtk.app a ON a.account_id = d.account_id AND a.app_id = d.app_id;
COMMENT ON VIEW rtk.livestream_daily_v IS 'The daily rows with the app name and derived hours; NULL where a number is unknown or a division would be by zero.';
COMMENT ON COLUMN rtk.livestream_daily_v.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_daily_v.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_daily_v.app_name IS 'App name, when the apps endpoint listed it.';
COMMENT ON COLUMN rtk.livestream_daily_v.day IS 'Calendar day in zone.';
COMMENT ON COLUMN rtk.livestream_daily_v.zone IS 'IANA zone of the day.';
COMMENT ON COLUMN rtk.livestream_daily_v.window_start IS 'Start of the window (inclusive).';
COMMENT ON COLUMN rtk.livestream_daily_v.window_end IS 'End of the window (exclusive).';
COMMENT ON COLUMN rtk.livestream_daily_v.livestream_count IS 'Number of livestreams; NULL when unknown.';
COMMENT ON COLUMN rtk.livestream_daily_v.total_ingest_seconds IS 'Seconds of input streamed; NULL when unknown.';
COMMENT ON COLUMN rtk.livestream_daily_v.total_viewer_seconds IS 'Seconds watched by all viewers; NULL when unknown.';
COMMENT ON COLUMN rtk.livestream_daily_v.ingest_hours IS 'total_ingest_seconds in hours.';
COMMENT ON COLUMN rtk.livestream_daily_v.viewer_hours IS 'total_viewer_seconds in hours.';
COMMENT ON COLUMN rtk.livestream_daily_v.avg_viewer_minutes_per_livestream IS 'Viewer minutes per livestream; NULL when there was no livestream or a number is unknown.';
COMMENT ON COLUMN rtk.livestream_daily_v.is_final IS 'Whether the numbers are final (the window ended more than the lookback days ago).';
COMMENT ON COLUMN rtk.livestream_daily_v.last_loaded_at IS 'When the row was last fetched.';
COMMENT ON COLUMN rtk.livestream_daily_v.last_changed_at IS 'When a number of the row last changed.';

CREATE VIEW rtk.livestream_monthly AS
SELECT account_id,
       app_id,
       app_name,
       date_trunc('month', day)::date AS month,
       sum(livestream_count) AS livestream_count,
       sum(total_ingest_seconds) AS total_ingest_seconds,
       sum(total_viewer_seconds) AS total_viewer_seconds,
       round(sum(total_ingest_seconds) / 3600.0, 3) AS ingest_hours,
       round(sum(total_viewer_seconds) / 3600.0, 3) AS viewer_hours,
       count(*)::integer AS loaded_days,
       extract(day FROM date_trunc('month', day) + interval '1 month' - interval '1 day')::integer AS days_in_month,
       bool_and(is_final) AS is_final
FROM rtk.livestream_daily_v
GROUP BY account_id, app_id, app_name, date_trunc('month', day);
COMMENT ON VIEW rtk.livestream_monthly IS 'Sums per app and calendar month. loaded_days < days_in_month means a partial month: compare before you chart.';
COMMENT ON COLUMN rtk.livestream_monthly.month IS 'First day of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.livestream_count IS 'Livestreams in the loaded days of the month (unknown days count as nothing).';
COMMENT ON COLUMN rtk.livestream_monthly.total_ingest_seconds IS 'Ingest seconds in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.total_viewer_seconds IS 'Viewer seconds in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.ingest_hours IS 'Ingest hours in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.viewer_hours IS 'Viewer hours in the loaded days of the month.';
COMMENT ON COLUMN rtk.livestream_monthly.loaded_days IS 'Days of the month that are loaded.';
COMMENT ON COLUMN rtk.livestream_monthly.days_in_month IS 'Days the month has.';
COMMENT ON COLUMN rtk.livestream_monthly.is_final IS 'Whether every loaded day of the month is final.';
COMMENT ON COLUMN rtk.livestream_monthly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_monthly.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_monthly.app_name IS 'App name, when known.';

CREATE VIEW rtk.livestream_weekly AS
SELECT account_id,
       app_id,
       app_name,
       date_trunc('week', day)::date AS week_start,
       to_char(day, 'IYYY-"W"IW') AS iso_week,
       sum(livestream_count) AS livestream_count,
       sum(total_ingest_seconds) AS total_ingest_seconds,
       sum(total_viewer_seconds) AS total_viewer_seconds,
       round(sum(total_ingest_seconds) / 3600.0, 3) AS ingest_hours,
       round(sum(total_viewer_seconds) / 3600.0, 3) AS viewer_hours,
       count(*)::integer AS loaded_days,
       7 AS days_in_week,
       bool_and(is_final) AS is_final
FROM rtk.livestream_daily_v
GROUP BY account_id, app_id, app_name, date_trunc('week', day), to_char(day, 'IYYY-"W"IW');
COMMENT ON VIEW rtk.livestream_weekly IS 'Sums per app and ISO week (Monday to Sunday). loaded_days < 7 means a partial week.';
COMMENT ON COLUMN rtk.livestream_weekly.week_start IS 'Monday of the ISO week.';
COMMENT ON COLUMN rtk.livestream_weekly.iso_week IS 'ISO week, e.g. 2025-W09 (ISO week-numbering year).';
COMMENT ON COLUMN rtk.livestream_weekly.livestream_count IS 'Livestreams in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.total_ingest_seconds IS 'Ingest seconds in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.total_viewer_seconds IS 'Viewer seconds in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.ingest_hours IS 'Ingest hours in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.viewer_hours IS 'Viewer hours in the loaded days of the week.';
COMMENT ON COLUMN rtk.livestream_weekly.loaded_days IS 'Days of the week that are loaded.';
COMMENT ON COLUMN rtk.livestream_weekly.days_in_week IS 'Always 7.';
COMMENT ON COLUMN rtk.livestream_weekly.is_final IS 'Whether every loaded day of the week is final.';
COMMENT ON COLUMN rtk.livestream_weekly.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_weekly.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_weekly.app_name IS 'App name, when known.';

-- Zero is not missing: every known app and every day between the first and last day any run
-- tried for the account, with the state of its window.
CREATE VIEW rtk.coverage AS
WITH bounds AS (
    SELECT account_id, min(day) AS first_day, max(day) AS last_day
    FROM rtk.window_ledger
    GROUP BY account_id
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
       l.last_attempt_at
FROM apps a
JOIN bounds b ON b.account_id = a.account_id
CROSS JOIN LATERAL generate_series(b.first_day, b.last_day, interval '1 day') AS d(day)
LEFT JOIN rtk.window_ledger l ON l.account_id = a.account_id AND l.app_id = a.app_id AND l.day = d.day::date;
COMMENT ON VIEW rtk.coverage IS 'One row per known app and day between the first and last day loaded for the account: loaded (numbers may be 0), failed (the last fetch failed) or missing (never fetched).';
COMMENT ON COLUMN rtk.coverage.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.coverage.app_id IS 'RealtimeKit app id (listed by the apps endpoint, or tried by a run).';
COMMENT ON COLUMN rtk.coverage.day IS 'Calendar day in the zone of the account.';
COMMENT ON COLUMN rtk.coverage.state IS 'loaded, failed or missing.';
COMMENT ON COLUMN rtk.coverage.last_error IS 'Why the last fetch failed, when it did.';
COMMENT ON COLUMN rtk.coverage.last_attempt_at IS 'When the window was last fetched; NULL when never.';

-- How often a final number would have changed: refetches of final windows, and how many changed a number.
CREATE VIEW rtk.final_changes AS
WITH loaded AS (
    SELECT account_id, app_id, day, fetched_at, was_final,
           body_json -> 'data' AS data,
           lag(body_json -> 'data') OVER w AS previous_data
    FROM rtk.livestream_fetch
    WHERE loaded
    WINDOW w AS (PARTITION BY account_id, app_id, day ORDER BY fetched_at, fetch_id)
)
SELECT account_id,
       app_id,
       count(*) FILTER (WHERE was_final AND previous_data IS NOT NULL) AS refetches_of_final_windows,
       count(*) FILTER (WHERE was_final AND previous_data IS NOT NULL
                        AND (data ->> 'count', data ->> 'total_ingest_seconds', data ->> 'total_viewer_seconds')
                            IS DISTINCT FROM
                            (previous_data ->> 'count', previous_data ->> 'total_ingest_seconds', previous_data ->> 'total_viewer_seconds'))
           AS changed_after_final
FROM loaded
GROUP BY account_id, app_id;
COMMENT ON VIEW rtk.final_changes IS 'Per app: how many times a final window was fetched again (backfill --refetch), and how many of those fetches changed a number. A high share says the lookback is too short.';
COMMENT ON COLUMN rtk.final_changes.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.final_changes.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.final_changes.refetches_of_final_windows IS 'Fetches of windows that were already final.';
COMMENT ON COLUMN rtk.final_changes.changed_after_final IS 'Of those, fetches whose numbers differed from the previous fetch.';

-- A read-only role for BI tools; admins grant it to login roles (GRANT rtk_reader TO metabase).
-- Roles belong to the whole server: create it only where it is missing and where we may.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        CREATE ROLE rtk_reader NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'rtk_reader was not created: the migrating user may not create roles. Create it as an admin (CREATE ROLE rtk_reader NOLOGIN) and run again.';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        GRANT USAGE ON SCHEMA rtk TO rtk_reader;
        GRANT SELECT ON rtk.livestream_daily, rtk.window_ledger, rtk.app, rtk.warehouse,
              rtk.livestream_daily_v, rtk.livestream_monthly, rtk.livestream_weekly, rtk.coverage,
              rtk.final_changes TO rtk_reader;
    END IF;
END
$$;

COMMENT ON COLUMN rtk.window_ledger.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.window_ledger.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.window_ledger.day IS 'Calendar day in the zone of the account.';
COMMENT ON COLUMN rtk.livestream_fetch.fetch_id IS 'Order of arrival.';
COMMENT ON COLUMN rtk.livestream_fetch.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.livestream_fetch.app_id IS 'RealtimeKit app id.';
COMMENT ON COLUMN rtk.livestream_fetch.day IS 'Calendar day in zone.';
COMMENT ON COLUMN rtk.livestream_fetch.zone IS 'IANA zone of the day.';
COMMENT ON COLUMN rtk.livestream_fetch.window_start IS 'start_time of the request (inclusive).';
COMMENT ON COLUMN rtk.livestream_fetch.window_end IS 'end_time of the request (exclusive).';
COMMENT ON COLUMN rtk.livestream_fetch.fetched_at IS 'When the answer (or the failure to get one) came.';
COMMENT ON COLUMN rtk.livestream_fetch.job_execution_id IS 'Spring Batch job execution that made the request.';
