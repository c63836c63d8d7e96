-- A warehouse of rtk-warehouse 47deda4 (Flyway V1..V7), for UpgradeIntegrationTests.
-- A backfill of the default dataset (livestreams only), 3 apps x 60 days, killed with
-- SIGKILL halfway.
--
-- How it was produced, with commit 47deda4 of rtk-warehouse on 2026-12-06 (every day of the
-- range was final then, and is at any later date):
--
--   git checkout 47deda4 && ./mvnw -q package -DskipTests
--   java -jar target/rtk-warehouse.jar simulator --port=0 --apps=3 --latency-ms=300 &
--       # prints "simulator listening on http://127.0.0.1:<port>/client/v4"
--   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE rtk_upgrade_livestreams"
--   CLOUDFLARE_API_TOKEN=test-token CLOUDFLARE_ACCOUNT_ID=023e105f4ecef8ad9ca31a8372d0c353 \
--   java -jar target/rtk-warehouse.jar backfill --from=2024-01-01 --to=2024-02-29 \
--       --rtk.chunk-size=5 \
--       --rtk.base-url=http://127.0.0.1:<port>/client/v4 --rtk.rate.requests-per-second=50 \
--       --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/rtk_upgrade_livestreams \
--       --spring.datasource.username=postgres &
--   # every 50 ms: psql -d rtk_upgrade_livestreams -tAc "SELECT count(*) FROM rtk.window_ledger
--   #     WHERE dataset = 'livestreams' AND status = 'loaded'"; at 90 or more: kill -9 <backfill pid>
--   pg_dump -h 127.0.0.1 -U postgres --no-owner --no-privileges --inserts -n rtk -n rtk_batch rtk_upgrade_livestreams \
--       | sed -e '/^\\/d' -e '/^--/d' | cat -s       # and this comment on top
--
-- The sed drops psql's \restrict and \unrestrict, which JDBC cannot execute, and pg_dump's
-- comment lines. (--no-privileges leaves out the grants to rtk_reader.) The account, token and
-- apps (app-1..app-3 of the simulator) are the simulator's defaults, as in the integration
-- tests; its numbers are a function of the app id and the window or date alone, which the test
-- checks by comparing with a clean run against the simulator of its own version.
--
-- State at the kill:
--   app-1 and app-2 (loaded side by side) had 45 of their 60 days committed
--   (2024-01-01..2024-02-14), app-3 none (its step execution STARTING); the job execution,
--   loadWindows and the two app steps were STARTED.

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

CREATE SCHEMA rtk;

CREATE SCHEMA rtk_batch;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE rtk.app (
    account_id text NOT NULL,
    app_id text NOT NULL,
    name text,
    created_at timestamp with time zone,
    last_seen_at timestamp with time zone NOT NULL
);

COMMENT ON TABLE rtk.app IS 'RealtimeKit apps of each account, as the apps endpoint last listed them.';

COMMENT ON COLUMN rtk.app.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.app.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.app.name IS 'App name.';

COMMENT ON COLUMN rtk.app.created_at IS 'When the app was created at Cloudflare.';

COMMENT ON COLUMN rtk.app.last_seen_at IS 'When the apps endpoint last listed this app.';

CREATE TABLE rtk.window_ledger (
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    http_status integer,
    last_error text,
    last_attempt_at timestamp with time zone NOT NULL,
    loaded_at timestamp with time zone,
    job_execution_id bigint NOT NULL,
    job_instance_id bigint,
    dataset text DEFAULT 'livestreams'::text NOT NULL,
    CONSTRAINT window_ledger_dataset_ck CHECK ((dataset = ANY (ARRAY['livestreams'::text, 'usage'::text]))),
    CONSTRAINT window_ledger_status_ck CHECK ((status = ANY (ARRAY['loaded'::text, 'failed'::text, 'missing'::text])))
);

COMMENT ON TABLE rtk.window_ledger IS 'The state of every window any run tried: loaded, or failed with the last error.';

COMMENT ON COLUMN rtk.window_ledger.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.window_ledger.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.window_ledger.day IS 'livestreams: calendar day in the zone of the account; usage: the date as the API gives it (no documented zone).';

COMMENT ON COLUMN rtk.window_ledger.status IS 'loaded: the numbers of the dataset''s table are from the last fetch; failed: the last fetch failed after its retries; missing (usage): the last answer covered the day but left it out, so nothing is known of it (not zero).';

COMMENT ON COLUMN rtk.window_ledger.attempts IS 'HTTP requests made by the last fetch of this window (retries included); a usage request covers up to 31 days, each of which records it.';

COMMENT ON COLUMN rtk.window_ledger.http_status IS 'HTTP status of the last answer; NULL when none came (connection failure, timeout).';

COMMENT ON COLUMN rtk.window_ledger.last_error IS 'Why the last fetch failed (HTTP status, API code and message); NULL when loaded.';

COMMENT ON COLUMN rtk.window_ledger.last_attempt_at IS 'When the window was last fetched.';

COMMENT ON COLUMN rtk.window_ledger.loaded_at IS 'When the window was last loaded successfully.';

COMMENT ON COLUMN rtk.window_ledger.job_execution_id IS 'Spring Batch job execution that last fetched this window.';

COMMENT ON COLUMN rtk.window_ledger.job_instance_id IS 'Spring Batch job instance (one backfill command, or one nightly run) that last fetched this window; a restart of that instance skips the windows it loaded.';

COMMENT ON COLUMN rtk.window_ledger.dataset IS 'livestreams (a day in the zone of the account, rtk.livestream_daily) or usage (a date as the daywise endpoint gives it, in no documented zone: rtk.session_daily and rtk.recording_daily).';

CREATE VIEW rtk.coverage AS
 WITH bounds AS (
         SELECT window_ledger.account_id,
            window_ledger.dataset,
            min(window_ledger.day) AS first_day,
            max(window_ledger.day) AS last_day
           FROM rtk.window_ledger
          GROUP BY window_ledger.account_id, window_ledger.dataset
        ), apps AS (
         SELECT app.account_id,
            app.app_id
           FROM rtk.app
        UNION
         SELECT DISTINCT window_ledger.account_id,
            window_ledger.app_id
           FROM rtk.window_ledger
        )
 SELECT a.account_id,
    a.app_id,
    (d.day)::date AS day,
        CASE l.status
            WHEN 'loaded'::text THEN 'loaded'::text
            WHEN 'failed'::text THEN 'failed'::text
            ELSE 'missing'::text
        END AS state,
    l.last_error,
    l.last_attempt_at,
    b.dataset
   FROM (((apps a
     JOIN bounds b ON ((b.account_id = a.account_id)))
     CROSS JOIN LATERAL generate_series((b.first_day)::timestamp with time zone, (b.last_day)::timestamp with time zone, '1 day'::interval) d(day))
     LEFT JOIN rtk.window_ledger l ON (((l.account_id = a.account_id) AND (l.dataset = b.dataset) AND (l.app_id = a.app_id) AND (l.day = (d.day)::date))));

COMMENT ON VIEW rtk.coverage IS 'One row per dataset, known app and day between the first and last day loaded for the account and dataset: loaded (numbers may be 0), failed (the last fetch failed) or missing (never fetched, or left out of the last usage answer).';

COMMENT ON COLUMN rtk.coverage.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.coverage.app_id IS 'RealtimeKit app id (listed by the apps endpoint, or tried by a run).';

COMMENT ON COLUMN rtk.coverage.day IS 'livestreams: calendar day in the zone of the account; usage: the date as the API gives it.';

COMMENT ON COLUMN rtk.coverage.state IS 'loaded, failed or missing.';

COMMENT ON COLUMN rtk.coverage.last_error IS 'Why the last fetch failed, when it did.';

COMMENT ON COLUMN rtk.coverage.last_attempt_at IS 'When the window was last fetched; NULL when never.';

COMMENT ON COLUMN rtk.coverage.dataset IS 'livestreams or usage.';

CREATE TABLE rtk.failed_start (
    failed_start_id bigint NOT NULL,
    account_id text NOT NULL,
    kind text NOT NULL,
    range_from date NOT NULL,
    range_to date NOT NULL,
    started_at timestamp with time zone NOT NULL,
    ended_at timestamp with time zone NOT NULL,
    outcome text NOT NULL,
    reason text NOT NULL,
    CONSTRAINT failed_start_outcome_ck CHECK ((outcome = ANY (ARRAY['failed'::text, 'locked'::text])))
);

COMMENT ON TABLE rtk.failed_start IS 'Runs that ended before their Spring Batch job started: nothing was loaded; status shows them beside the job executions.';

COMMENT ON COLUMN rtk.failed_start.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.failed_start.kind IS 'backfill or nightly.';

COMMENT ON COLUMN rtk.failed_start.range_from IS 'First day the run was to load.';

COMMENT ON COLUMN rtk.failed_start.range_to IS 'Last day the run was to load, inclusive.';

COMMENT ON COLUMN rtk.failed_start.started_at IS 'When the run started.';

COMMENT ON COLUMN rtk.failed_start.ended_at IS 'When it gave up.';

COMMENT ON COLUMN rtk.failed_start.outcome IS 'failed (exit 1) or locked (another run held the account''s lock, exit 3).';

COMMENT ON COLUMN rtk.failed_start.reason IS 'Why, as the run printed it.';

CREATE SEQUENCE rtk.failed_start_failed_start_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE rtk.failed_start_failed_start_id_seq OWNED BY rtk.failed_start.failed_start_id;

CREATE TABLE rtk.livestream_fetch (
    fetch_id bigint NOT NULL,
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    zone text NOT NULL,
    window_start timestamp with time zone NOT NULL,
    window_end timestamp with time zone NOT NULL,
    attempt integer NOT NULL,
    http_status integer,
    body_json jsonb,
    body_text text,
    loaded boolean NOT NULL,
    was_final boolean NOT NULL,
    error text,
    fetched_at timestamp with time zone NOT NULL,
    job_execution_id bigint NOT NULL
);

COMMENT ON TABLE rtk.livestream_fetch IS 'Every answer of the livestream analytics endpoint, success or error, as received. Not readable by rtk_reader: bodies are kept as the API sent them.';

COMMENT ON COLUMN rtk.livestream_fetch.fetch_id IS 'Order of arrival.';

COMMENT ON COLUMN rtk.livestream_fetch.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.livestream_fetch.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.livestream_fetch.day IS 'Calendar day in zone.';

COMMENT ON COLUMN rtk.livestream_fetch.zone IS 'IANA zone of the day.';

COMMENT ON COLUMN rtk.livestream_fetch.window_start IS 'start_time of the request (inclusive).';

COMMENT ON COLUMN rtk.livestream_fetch.window_end IS 'end_time of the request (exclusive).';

COMMENT ON COLUMN rtk.livestream_fetch.attempt IS 'Which request of its fetch this answer was (1 = first, more = retries).';

COMMENT ON COLUMN rtk.livestream_fetch.http_status IS 'HTTP status; NULL when no answer came (connection failure, timeout).';

COMMENT ON COLUMN rtk.livestream_fetch.body_json IS 'The body when it is valid JSON.';

COMMENT ON COLUMN rtk.livestream_fetch.body_text IS 'The body when it is not valid JSON (cut off, HTML from a proxy, ...).';

COMMENT ON COLUMN rtk.livestream_fetch.loaded IS 'Whether this answer was loaded into rtk.livestream_daily.';

COMMENT ON COLUMN rtk.livestream_fetch.was_final IS 'Whether the window was already final when this answer came.';

COMMENT ON COLUMN rtk.livestream_fetch.error IS 'Why this answer was not loaded; NULL when it was.';

COMMENT ON COLUMN rtk.livestream_fetch.fetched_at IS 'When the answer (or the failure to get one) came.';

COMMENT ON COLUMN rtk.livestream_fetch.job_execution_id IS 'Spring Batch job execution that made the request.';

CREATE VIEW rtk.final_changes AS
 WITH loaded AS (
         SELECT livestream_fetch.account_id,
            livestream_fetch.app_id,
            livestream_fetch.day,
            livestream_fetch.fetched_at,
            livestream_fetch.was_final,
            (livestream_fetch.body_json -> 'data'::text) AS data,
            lag((livestream_fetch.body_json -> 'data'::text)) OVER w AS previous_data
           FROM rtk.livestream_fetch
          WHERE livestream_fetch.loaded
          WINDOW w AS (PARTITION BY livestream_fetch.account_id, livestream_fetch.app_id, livestream_fetch.day ORDER BY livestream_fetch.fetched_at, livestream_fetch.fetch_id)
        )
 SELECT loaded.account_id,
    loaded.app_id,
    count(*) FILTER (WHERE (loaded.was_final AND (loaded.previous_data IS NOT NULL))) AS refetches_of_final_windows,
    count(*) FILTER (WHERE (loaded.was_final AND (loaded.previous_data IS NOT NULL) AND ((((loaded.data ->> 'count'::text) IS DISTINCT FROM (loaded.previous_data ->> 'count'::text)) OR ((loaded.data ->> 'total_ingest_seconds'::text) IS DISTINCT FROM (loaded.previous_data ->> 'total_ingest_seconds'::text))) OR ((loaded.data ->> 'total_viewer_seconds'::text) IS DISTINCT FROM (loaded.previous_data ->> 'total_viewer_seconds'::text))))) AS changed_after_final
   FROM loaded
  GROUP BY loaded.account_id, loaded.app_id;

COMMENT ON VIEW rtk.final_changes IS 'Per app: how many times a final window was fetched again (backfill --refetch), and how many of those fetches changed a number. A high share says the lookback is too short.';

COMMENT ON COLUMN rtk.final_changes.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.final_changes.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.final_changes.refetches_of_final_windows IS 'Fetches of windows that were already final.';

COMMENT ON COLUMN rtk.final_changes.changed_after_final IS 'Of those, fetches whose numbers differed from the previous fetch.';

CREATE TABLE rtk.livestream_daily (
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    zone text NOT NULL,
    window_start timestamp with time zone NOT NULL,
    window_end timestamp with time zone NOT NULL,
    livestream_count bigint,
    total_ingest_seconds bigint,
    total_viewer_seconds bigint,
    first_loaded_at timestamp with time zone NOT NULL,
    last_loaded_at timestamp with time zone NOT NULL,
    last_changed_at timestamp with time zone NOT NULL,
    job_execution_id bigint NOT NULL,
    is_final boolean DEFAULT false NOT NULL,
    changes_after_final integer DEFAULT 0 NOT NULL,
    CONSTRAINT livestream_daily_numbers_ck CHECK (((livestream_count >= 0) AND (total_ingest_seconds >= 0) AND (total_viewer_seconds >= 0))),
    CONSTRAINT livestream_daily_window_ck CHECK ((window_start < window_end))
);

COMMENT ON TABLE rtk.livestream_daily IS 'One row per RealtimeKit app and calendar day: the livestream numbers of the half-open window [day 00:00, next day 00:00) in the zone of the row.';

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

COMMENT ON COLUMN rtk.livestream_daily.is_final IS 'The window ended more than the lookback days ago: nightly runs no longer fetch it and backfills skip it (unless --refetch).';

COMMENT ON COLUMN rtk.livestream_daily.changes_after_final IS 'How many fetches of this window changed a number after it was final (should stay 0).';

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
    round(((d.total_ingest_seconds)::numeric / 3600.0), 3) AS ingest_hours,
    round(((d.total_viewer_seconds)::numeric / 3600.0), 3) AS viewer_hours,
    round((((d.total_viewer_seconds)::numeric / 60.0) / (NULLIF(d.livestream_count, 0))::numeric), 3) AS avg_viewer_minutes_per_livestream,
    d.is_final,
    d.last_loaded_at,
    d.last_changed_at
   FROM (rtk.livestream_daily d
     LEFT JOIN rtk.app a ON (((a.account_id = d.account_id) AND (a.app_id = d.app_id))));

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

CREATE TABLE rtk.livestream_daywise (
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    livestream_session_count bigint,
    total_ingest_seconds bigint,
    total_viewer_seconds bigint,
    fetched_at timestamp with time zone NOT NULL
);

COMMENT ON TABLE rtk.livestream_daywise IS 'The livestream daywise endpoint''s numbers per app and date, as the last reconcile of the date fetched them. Its dates are compared with UTC days only: the endpoint does not document their zone.';

COMMENT ON COLUMN rtk.livestream_daywise.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.livestream_daywise.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.livestream_daywise.day IS 'The date as the API gives it (date); its zone is not documented.';

COMMENT ON COLUMN rtk.livestream_daywise.livestream_session_count IS 'API count: livestream sessions, not livestreams, so not compared with livestream_count.';

COMMENT ON COLUMN rtk.livestream_daywise.total_ingest_seconds IS 'Seconds of input streamed on the date; NULL when the API did not say.';

COMMENT ON COLUMN rtk.livestream_daywise.total_viewer_seconds IS 'Seconds watched on the date; NULL when the API did not say.';

COMMENT ON COLUMN rtk.livestream_daywise.fetched_at IS 'When reconcile fetched it.';

ALTER TABLE rtk.livestream_fetch ALTER COLUMN fetch_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME rtk.livestream_fetch_fetch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

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
   FROM (rtk.livestream_daywise w
     JOIN rtk.livestream_daily d ON (((d.account_id = w.account_id) AND (d.app_id = w.app_id) AND (d.day = w.day))))
  WHERE ((d.window_start = ((w.day)::timestamp without time zone AT TIME ZONE 'UTC'::text)) AND (d.window_end = (((w.day + 1))::timestamp without time zone AT TIME ZONE 'UTC'::text)) AND ((d.total_ingest_seconds IS DISTINCT FROM w.total_ingest_seconds) OR (d.total_viewer_seconds IS DISTINCT FROM w.total_viewer_seconds)));

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

CREATE VIEW rtk.livestream_monthly AS
 SELECT livestream_daily_v.account_id,
    livestream_daily_v.app_id,
    livestream_daily_v.app_name,
    (date_trunc('month'::text, (livestream_daily_v.day)::timestamp with time zone))::date AS month,
    sum(livestream_daily_v.livestream_count) AS livestream_count,
    sum(livestream_daily_v.total_ingest_seconds) AS total_ingest_seconds,
    sum(livestream_daily_v.total_viewer_seconds) AS total_viewer_seconds,
    round((sum(livestream_daily_v.total_ingest_seconds) / 3600.0), 3) AS ingest_hours,
    round((sum(livestream_daily_v.total_viewer_seconds) / 3600.0), 3) AS viewer_hours,
    (count(*))::integer AS loaded_days,
    (EXTRACT(day FROM ((date_trunc('month'::text, (livestream_daily_v.day)::timestamp with time zone) + '1 mon'::interval) - '1 day'::interval)))::integer AS days_in_month,
    bool_and(livestream_daily_v.is_final) AS is_final
   FROM rtk.livestream_daily_v
  GROUP BY livestream_daily_v.account_id, livestream_daily_v.app_id, livestream_daily_v.app_name, (date_trunc('month'::text, (livestream_daily_v.day)::timestamp with time zone));

COMMENT ON VIEW rtk.livestream_monthly IS 'Sums per app and calendar month. loaded_days < days_in_month means a partial month: compare before you chart.';

COMMENT ON COLUMN rtk.livestream_monthly.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.livestream_monthly.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.livestream_monthly.app_name IS 'App name, when known.';

COMMENT ON COLUMN rtk.livestream_monthly.month IS 'First day of the month.';

COMMENT ON COLUMN rtk.livestream_monthly.livestream_count IS 'Livestreams in the loaded days of the month (unknown days count as nothing).';

COMMENT ON COLUMN rtk.livestream_monthly.total_ingest_seconds IS 'Ingest seconds in the loaded days of the month.';

COMMENT ON COLUMN rtk.livestream_monthly.total_viewer_seconds IS 'Viewer seconds in the loaded days of the month.';

COMMENT ON COLUMN rtk.livestream_monthly.ingest_hours IS 'Ingest hours in the loaded days of the month.';

COMMENT ON COLUMN rtk.livestream_monthly.viewer_hours IS 'Viewer hours in the loaded days of the month.';

COMMENT ON COLUMN rtk.livestream_monthly.loaded_days IS 'Days of the month that are loaded.';

COMMENT ON COLUMN rtk.livestream_monthly.days_in_month IS 'Days the month has.';

COMMENT ON COLUMN rtk.livestream_monthly.is_final IS 'Whether every loaded day of the month is final.';

CREATE VIEW rtk.livestream_weekly AS
 SELECT livestream_daily_v.account_id,
    livestream_daily_v.app_id,
    livestream_daily_v.app_name,
    (date_trunc('week'::text, (livestream_daily_v.day)::timestamp with time zone))::date AS week_start,
    to_char((livestream_daily_v.day)::timestamp with time zone, 'IYYY-"W"IW'::text) AS iso_week,
    sum(livestream_daily_v.livestream_count) AS livestream_count,
    sum(livestream_daily_v.total_ingest_seconds) AS total_ingest_seconds,
    sum(livestream_daily_v.total_viewer_seconds) AS total_viewer_seconds,
    round((sum(livestream_daily_v.total_ingest_seconds) / 3600.0), 3) AS ingest_hours,
    round((sum(livestream_daily_v.total_viewer_seconds) / 3600.0), 3) AS viewer_hours,
    (count(*))::integer AS loaded_days,
    7 AS days_in_week,
    bool_and(livestream_daily_v.is_final) AS is_final
   FROM rtk.livestream_daily_v
  GROUP BY livestream_daily_v.account_id, livestream_daily_v.app_id, livestream_daily_v.app_name, (date_trunc('week'::text, (livestream_daily_v.day)::timestamp with time zone)), (to_char((livestream_daily_v.day)::timestamp with time zone, 'IYYY-"W"IW'::text));

COMMENT ON VIEW rtk.livestream_weekly IS 'Sums per app and ISO week (Monday to Sunday). loaded_days < 7 means a partial week.';

COMMENT ON COLUMN rtk.livestream_weekly.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.livestream_weekly.app_id IS 'RealtimeKit app id.';

COMMENT ON COLUMN rtk.livestream_weekly.app_name IS 'App name, when known.';

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

CREATE TABLE rtk.recording_daily (
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    total_recordings bigint,
    total_recording_minutes numeric,
    is_final boolean NOT NULL,
    first_loaded_at timestamp with time zone NOT NULL,
    last_loaded_at timestamp with time zone NOT NULL,
    last_changed_at timestamp with time zone NOT NULL,
    changes_after_final integer DEFAULT 0 NOT NULL,
    job_execution_id bigint NOT NULL,
    CONSTRAINT recording_daily_numbers_ck CHECK (((total_recordings >= 0) AND (total_recording_minutes >= (0)::numeric)))
);

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

CREATE VIEW rtk.recording_monthly AS
 SELECT r.account_id,
    r.app_id,
    a.name AS app_name,
    (date_trunc('month'::text, (r.day)::timestamp with time zone))::date AS month,
    sum(r.total_recordings) AS total_recordings,
    sum(r.total_recording_minutes) AS total_recording_minutes,
    (count(*))::integer AS loaded_days,
    (EXTRACT(day FROM ((date_trunc('month'::text, (r.day)::timestamp with time zone) + '1 mon'::interval) - '1 day'::interval)))::integer AS days_in_month,
    bool_and(r.is_final) AS is_final
   FROM (rtk.recording_daily r
     LEFT JOIN rtk.app a ON (((a.account_id = r.account_id) AND (a.app_id = r.app_id))))
  GROUP BY r.account_id, r.app_id, a.name, (date_trunc('month'::text, (r.day)::timestamp with time zone));

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

CREATE TABLE rtk.session_daily (
    account_id text NOT NULL,
    app_id text NOT NULL,
    day date NOT NULL,
    total_sessions bigint,
    total_session_minutes numeric,
    is_final boolean NOT NULL,
    first_loaded_at timestamp with time zone NOT NULL,
    last_loaded_at timestamp with time zone NOT NULL,
    last_changed_at timestamp with time zone NOT NULL,
    changes_after_final integer DEFAULT 0 NOT NULL,
    job_execution_id bigint NOT NULL,
    CONSTRAINT session_daily_numbers_ck CHECK (((total_sessions >= 0) AND (total_session_minutes >= (0)::numeric)))
);

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

CREATE VIEW rtk.session_monthly AS
 SELECT s.account_id,
    s.app_id,
    a.name AS app_name,
    (date_trunc('month'::text, (s.day)::timestamp with time zone))::date AS month,
    sum(s.total_sessions) AS total_sessions,
    sum(s.total_session_minutes) AS total_session_minutes,
    (count(*))::integer AS loaded_days,
    (EXTRACT(day FROM ((date_trunc('month'::text, (s.day)::timestamp with time zone) + '1 mon'::interval) - '1 day'::interval)))::integer AS days_in_month,
    bool_and(s.is_final) AS is_final
   FROM (rtk.session_daily s
     LEFT JOIN rtk.app a ON (((a.account_id = s.account_id) AND (a.app_id = s.app_id))))
  GROUP BY s.account_id, s.app_id, a.name, (date_trunc('month'::text, (s.day)::timestamp with time zone));

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

CREATE TABLE rtk.usage_fetch (
    fetch_id bigint NOT NULL,
    account_id text NOT NULL,
    app_id text NOT NULL,
    range_from date NOT NULL,
    range_to date NOT NULL,
    attempt integer NOT NULL,
    http_status integer,
    body_json jsonb,
    body_text text,
    loaded boolean NOT NULL,
    error text,
    final_before date NOT NULL,
    fetched_at timestamp with time zone NOT NULL,
    job_execution_id bigint NOT NULL,
    CONSTRAINT usage_fetch_range_ck CHECK ((range_from <= range_to))
);

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

ALTER TABLE rtk.usage_fetch ALTER COLUMN fetch_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME rtk.usage_fetch_fetch_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE rtk.warehouse (
    account_id text NOT NULL,
    zone text NOT NULL,
    lookback_days integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

COMMENT ON TABLE rtk.warehouse IS 'One row per Cloudflare account loaded here: the zone of its days and the lookback of its nightly runs.';

COMMENT ON COLUMN rtk.warehouse.account_id IS 'Cloudflare account id.';

COMMENT ON COLUMN rtk.warehouse.zone IS 'IANA time zone of every day of this account; a run with another rtk.zone is refused.';

COMMENT ON COLUMN rtk.warehouse.lookback_days IS 'Days after its end during which a window is still fetched again by nightly runs (rtk.lookback-days of the last run).';

COMMENT ON COLUMN rtk.warehouse.created_at IS 'When the first run of this account wrote here.';

COMMENT ON COLUMN rtk.warehouse.updated_at IS 'When a run last started for this account.';

CREATE TABLE rtk_batch.batch_job_execution (
    job_execution_id bigint NOT NULL,
    version bigint,
    job_instance_id bigint NOT NULL,
    create_time timestamp without time zone NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    status character varying(10),
    exit_code character varying(2500),
    exit_message character varying(2500),
    last_updated timestamp without time zone
);

CREATE TABLE rtk_batch.batch_job_execution_context (
    job_execution_id bigint NOT NULL,
    short_context character varying(2500) NOT NULL,
    serialized_context text
);

CREATE TABLE rtk_batch.batch_job_execution_params (
    job_execution_id bigint NOT NULL,
    parameter_name character varying(100) NOT NULL,
    parameter_type character varying(100) NOT NULL,
    parameter_value text,
    identifying character(1) NOT NULL
);

CREATE SEQUENCE rtk_batch.batch_job_execution_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE rtk_batch.batch_job_instance (
    job_instance_id bigint NOT NULL,
    version bigint,
    job_name character varying(100) NOT NULL,
    job_key character varying(32) NOT NULL
);

CREATE SEQUENCE rtk_batch.batch_job_instance_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE rtk_batch.batch_step_execution (
    step_execution_id bigint NOT NULL,
    version bigint NOT NULL,
    step_name character varying(100) NOT NULL,
    job_execution_id bigint NOT NULL,
    create_time timestamp without time zone NOT NULL,
    start_time timestamp without time zone,
    end_time timestamp without time zone,
    status character varying(10),
    commit_count bigint,
    read_count bigint,
    filter_count bigint,
    write_count bigint,
    read_skip_count bigint,
    write_skip_count bigint,
    process_skip_count bigint,
    rollback_count bigint,
    exit_code character varying(2500),
    exit_message character varying(2500),
    last_updated timestamp without time zone
);

CREATE TABLE rtk_batch.batch_step_execution_context (
    step_execution_id bigint NOT NULL,
    short_context character varying(2500) NOT NULL,
    serialized_context text
);

CREATE SEQUENCE rtk_batch.batch_step_execution_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

CREATE TABLE rtk_batch.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);

ALTER TABLE ONLY rtk.failed_start ALTER COLUMN failed_start_id SET DEFAULT nextval('rtk.failed_start_failed_start_id_seq'::regclass);

INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', 'app-1', '2024-01-01 00:00:00+00', '2026-12-06 06:06:00.83075+00');
INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', 'app-2', '2024-01-02 00:00:00+00', '2026-12-06 06:06:00.83075+00');
INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 'app-3', '2024-01-03 00:00:00+00', '2026-12-06 06:06:00.83075+00');

INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 1865, 20515, '2026-12-06 06:06:03.339668+00', '2026-12-06 06:06:03.339668+00', '2026-12-06 06:06:03.339668+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 8, 11040, 121440, '2026-12-06 06:06:03.68198+00', '2026-12-06 06:06:03.68198+00', '2026-12-06 06:06:03.68198+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:03.630176+00', '2026-12-06 06:06:03.630176+00', '2026-12-06 06:06:03.630176+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 4, 3000, 30000, '2026-12-06 06:06:03.677984+00', '2026-12-06 06:06:03.677984+00', '2026-12-06 06:06:03.677984+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 6, 8094, 129504, '2026-12-06 06:06:03.719448+00', '2026-12-06 06:06:03.719448+00', '2026-12-06 06:06:03.719448+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 9, 5994, 53946, '2026-12-06 06:06:03.306483+00', '2026-12-06 06:06:03.306483+00', '2026-12-06 06:06:03.306483+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 2, 7186, 43116, '2026-12-06 06:06:03.211437+00', '2026-12-06 06:06:03.211437+00', '2026-12-06 06:06:03.211437+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 9, 11241, 56205, '2026-12-06 06:06:03.187977+00', '2026-12-06 06:06:03.187977+00', '2026-12-06 06:06:03.187977+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 7, 17759, 195349, '2026-12-06 06:06:04.097328+00', '2026-12-06 06:06:04.097328+00', '2026-12-06 06:06:04.097328+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:04.085412+00', '2026-12-06 06:06:04.085412+00', '2026-12-06 06:06:04.085412+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:04.422092+00', '2026-12-06 06:06:04.422092+00', '2026-12-06 06:06:04.422092+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 8, 28328, 226624, '2026-12-06 06:06:04.487426+00', '2026-12-06 06:06:04.487426+00', '2026-12-06 06:06:04.487426+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 335, 6365, '2026-12-06 06:06:04.505361+00', '2026-12-06 06:06:04.505361+00', '2026-12-06 06:06:04.505361+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 9, 5022, 30132, '2026-12-06 06:06:04.534287+00', '2026-12-06 06:06:04.534287+00', '2026-12-06 06:06:04.534287+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 7, 16219, 113533, '2026-12-06 06:06:04.810484+00', '2026-12-06 06:06:04.810484+00', '2026-12-06 06:06:04.810484+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 9, 8244, 107172, '2026-12-06 06:06:04.853938+00', '2026-12-06 06:06:04.853938+00', '2026-12-06 06:06:04.853938+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 6, 18474, 129318, '2026-12-06 06:06:04.892534+00', '2026-12-06 06:06:04.892534+00', '2026-12-06 06:06:04.892534+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 4, 13588, 13588, '2026-12-06 06:06:04.891019+00', '2026-12-06 06:06:04.891019+00', '2026-12-06 06:06:04.891019+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:05.184458+00', '2026-12-06 06:06:05.184458+00', '2026-12-06 06:06:05.184458+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 4, 9896, 9896, '2026-12-06 06:06:05.183826+00', '2026-12-06 06:06:05.183826+00', '2026-12-06 06:06:05.183826+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 2, 4444, 44440, '2026-12-06 06:06:05.215079+00', '2026-12-06 06:06:05.215079+00', '2026-12-06 06:06:05.215079+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:05.235721+00', '2026-12-06 06:06:05.235721+00', '2026-12-06 06:06:05.235721+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 2, 5524, 82860, '2026-12-06 06:06:05.518444+00', '2026-12-06 06:06:05.518444+00', '2026-12-06 06:06:05.518444+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 6, 2916, 14580, '2026-12-06 06:06:05.558368+00', '2026-12-06 06:06:05.558368+00', '2026-12-06 06:06:05.558368+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 5, 14420, 14420, '2026-12-06 06:06:05.582323+00', '2026-12-06 06:06:05.582323+00', '2026-12-06 06:06:05.582323+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 7, 14763, 250971, '2026-12-06 06:06:05.650271+00', '2026-12-06 06:06:05.650271+00', '2026-12-06 06:06:05.650271+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:05.857757+00', '2026-12-06 06:06:05.857757+00', '2026-12-06 06:06:05.857757+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 8, 9984, 199680, '2026-12-06 06:06:05.867975+00', '2026-12-06 06:06:05.867975+00', '2026-12-06 06:06:05.867975+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 3448, 24136, '2026-12-06 06:06:05.895648+00', '2026-12-06 06:06:05.895648+00', '2026-12-06 06:06:05.895648+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 9, 23742, 0, '2026-12-06 06:06:05.958036+00', '2026-12-06 06:06:05.958036+00', '2026-12-06 06:06:05.958036+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 9, 29817, 506889, '2026-12-06 06:06:06.238372+00', '2026-12-06 06:06:06.238372+00', '2026-12-06 06:06:06.238372+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 5, 16680, 300240, '2026-12-06 06:06:06.237831+00', '2026-12-06 06:06:06.237831+00', '2026-12-06 06:06:06.237831+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 3, 2280, 4560, '2026-12-06 06:06:06.218404+00', '2026-12-06 06:06:06.218404+00', '2026-12-06 06:06:06.218404+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 6, 18786, 56358, '2026-12-06 06:06:06.275102+00', '2026-12-06 06:06:06.275102+00', '2026-12-06 06:06:06.275102+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 7, 14168, 56672, '2026-12-06 06:06:06.552243+00', '2026-12-06 06:06:06.552243+00', '2026-12-06 06:06:06.552243+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:06.566501+00', '2026-12-06 06:06:06.566501+00', '2026-12-06 06:06:06.566501+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 2, 2256, 11280, '2026-12-06 06:06:06.646599+00', '2026-12-06 06:06:06.646599+00', '2026-12-06 06:06:06.646599+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 3, 1239, 4956, '2026-12-06 06:06:06.660604+00', '2026-12-06 06:06:06.660604+00', '2026-12-06 06:06:06.660604+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 3, 4551, 59163, '2026-12-06 06:06:06.877589+00', '2026-12-06 06:06:06.877589+00', '2026-12-06 06:06:06.877589+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 5, 8290, 74610, '2026-12-06 06:06:06.958615+00', '2026-12-06 06:06:06.958615+00', '2026-12-06 06:06:06.958615+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 7, 20776, 186984, '2026-12-06 06:06:07.073622+00', '2026-12-06 06:06:07.073622+00', '2026-12-06 06:06:07.073622+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 1769, 12383, '2026-12-06 06:06:07.057103+00', '2026-12-06 06:06:07.057103+00', '2026-12-06 06:06:07.057103+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 3, 2274, 20466, '2026-12-06 06:06:07.189312+00', '2026-12-06 06:06:07.189312+00', '2026-12-06 06:06:07.189312+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 2055, 14385, '2026-12-06 06:06:07.270442+00', '2026-12-06 06:06:07.270442+00', '2026-12-06 06:06:07.270442+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 2, 5936, 83104, '2026-12-06 06:06:07.363477+00', '2026-12-06 06:06:07.363477+00', '2026-12-06 06:06:07.363477+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 3, 7314, 0, '2026-12-06 06:06:07.886565+00', '2026-12-06 06:06:07.886565+00', '2026-12-06 06:06:07.886565+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 9, 25110, 25110, '2026-12-06 06:06:07.958316+00', '2026-12-06 06:06:07.958316+00', '2026-12-06 06:06:07.958316+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:08.099578+00', '2026-12-06 06:06:08.099578+00', '2026-12-06 06:06:08.099578+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 8, 23800, 428400, '2026-12-06 06:06:08.188026+00', '2026-12-06 06:06:08.188026+00', '2026-12-06 06:06:08.188026+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 6, 14592, 248064, '2026-12-06 06:06:08.251891+00', '2026-12-06 06:06:08.251891+00', '2026-12-06 06:06:08.251891+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:08.732874+00', '2026-12-06 06:06:08.732874+00', '2026-12-06 06:06:08.732874+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 2, 3512, 21072, '2026-12-06 06:06:08.808011+00', '2026-12-06 06:06:08.808011+00', '2026-12-06 06:06:08.808011+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 9, 11997, 191952, '2026-12-06 06:06:08.883996+00', '2026-12-06 06:06:08.883996+00', '2026-12-06 06:06:08.883996+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 3, 9084, 172596, '2026-12-06 06:06:08.994529+00', '2026-12-06 06:06:08.994529+00', '2026-12-06 06:06:08.994529+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 3, 8865, 141840, '2026-12-06 06:06:09.0466+00', '2026-12-06 06:06:09.0466+00', '2026-12-06 06:06:09.0466+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 4, 1284, 0, '2026-12-06 06:06:09.514599+00', '2026-12-06 06:06:09.514599+00', '2026-12-06 06:06:09.514599+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 8, 10624, 127488, '2026-12-06 06:06:09.680852+00', '2026-12-06 06:06:09.680852+00', '2026-12-06 06:06:09.680852+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 8, 16016, 144144, '2026-12-06 06:06:09.752429+00', '2026-12-06 06:06:09.752429+00', '2026-12-06 06:06:09.752429+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 9, 7317, 117072, '2026-12-06 06:06:09.790167+00', '2026-12-06 06:06:09.790167+00', '2026-12-06 06:06:09.790167+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:09.873176+00', '2026-12-06 06:06:09.873176+00', '2026-12-06 06:06:09.873176+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 4, 9192, 128688, '2026-12-06 06:06:10.558461+00', '2026-12-06 06:06:10.558461+00', '2026-12-06 06:06:10.558461+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 4, 1888, 24544, '2026-12-06 06:06:10.660044+00', '2026-12-06 06:06:10.660044+00', '2026-12-06 06:06:10.660044+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 8, 6000, 6000, '2026-12-06 06:06:10.627262+00', '2026-12-06 06:06:10.627262+00', '2026-12-06 06:06:10.627262+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 8, 14968, 104776, '2026-12-06 06:06:10.942238+00', '2026-12-06 06:06:10.942238+00', '2026-12-06 06:06:10.942238+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 3355, 60390, '2026-12-06 06:06:10.936392+00', '2026-12-06 06:06:10.936392+00', '2026-12-06 06:06:10.936392+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:07.387077+00', '2026-12-06 06:06:07.387077+00', '2026-12-06 06:06:07.387077+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:07.531503+00', '2026-12-06 06:06:07.531503+00', '2026-12-06 06:06:07.531503+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 9, 26199, 209592, '2026-12-06 06:06:07.591188+00', '2026-12-06 06:06:07.591188+00', '2026-12-06 06:06:07.591188+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 5, 7355, 7355, '2026-12-06 06:06:07.762767+00', '2026-12-06 06:06:07.762767+00', '2026-12-06 06:06:07.762767+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 7, 17696, 230048, '2026-12-06 06:06:07.73026+00', '2026-12-06 06:06:07.73026+00', '2026-12-06 06:06:07.73026+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 4, 9384, 75072, '2026-12-06 06:06:08.274534+00', '2026-12-06 06:06:08.274534+00', '2026-12-06 06:06:08.274534+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:08.424627+00', '2026-12-06 06:06:08.424627+00', '2026-12-06 06:06:08.424627+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 2032, 18288, '2026-12-06 06:06:08.498136+00', '2026-12-06 06:06:08.498136+00', '2026-12-06 06:06:08.498136+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 2, 3570, 60690, '2026-12-06 06:06:08.563554+00', '2026-12-06 06:06:08.563554+00', '2026-12-06 06:06:08.563554+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 5, 11410, 182560, '2026-12-06 06:06:08.666426+00', '2026-12-06 06:06:08.666426+00', '2026-12-06 06:06:08.666426+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 4, 3264, 9792, '2026-12-06 06:06:09.129906+00', '2026-12-06 06:06:09.129906+00', '2026-12-06 06:06:09.129906+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 2318, 2318, '2026-12-06 06:06:09.189769+00', '2026-12-06 06:06:09.189769+00', '2026-12-06 06:06:09.189769+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 4, 4164, 83280, '2026-12-06 06:06:09.327248+00', '2026-12-06 06:06:09.327248+00', '2026-12-06 06:06:09.327248+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:09.394572+00', '2026-12-06 06:06:09.394572+00', '2026-12-06 06:06:09.394572+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 3, 10302, 92718, '2026-12-06 06:06:09.479164+00', '2026-12-06 06:06:09.479164+00', '2026-12-06 06:06:09.479164+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 3, 3936, 0, '2026-12-06 06:06:09.996237+00', '2026-12-06 06:06:09.996237+00', '2026-12-06 06:06:09.996237+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 1984, 33728, '2026-12-06 06:06:10.240963+00', '2026-12-06 06:06:10.240963+00', '2026-12-06 06:06:10.240963+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:10.243833+00', '2026-12-06 06:06:10.243833+00', '2026-12-06 06:06:10.243833+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 8, 10856, 217120, '2026-12-06 06:06:10.292955+00', '2026-12-06 06:06:10.292955+00', '2026-12-06 06:06:10.292955+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 7, 15162, 181944, '2026-12-06 06:06:10.569993+00', '2026-12-06 06:06:10.569993+00', '2026-12-06 06:06:10.569993+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 0, 0, 0, '2026-12-06 06:06:11.06396+00', '2026-12-06 06:06:11.06396+00', '2026-12-06 06:06:11.06396+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 4, 13896, 180648, '2026-12-06 06:06:11.133992+00', '2026-12-06 06:06:11.133992+00', '2026-12-06 06:06:11.133992+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 9, 26667, 0, '2026-12-06 06:06:11.249079+00', '2026-12-06 06:06:11.249079+00', '2026-12-06 06:06:11.249079+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 2, 1956, 7824, '2026-12-06 06:06:11.304891+00', '2026-12-06 06:06:11.304891+00', '2026-12-06 06:06:11.304891+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 6, 6270, 100320, '2026-12-06 06:06:11.439232+00', '2026-12-06 06:06:11.439232+00', '2026-12-06 06:06:11.439232+00', 1, true, 0);

INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (1, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1865, "total_viewer_seconds": 20515}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.339668+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (2, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 11040, "total_viewer_seconds": 121440}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.68198+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (3, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.630176+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (4, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 3000, "total_viewer_seconds": 30000}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.677984+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (5, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 8094, "total_viewer_seconds": 129504}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.719448+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (6, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 5994, "total_viewer_seconds": 53946}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.306483+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (7, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 7186, "total_viewer_seconds": 43116}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.211437+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (8, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 11241, "total_viewer_seconds": 56205}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:03.187977+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (9, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 17759, "total_viewer_seconds": 195349}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.097328+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (10, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.085412+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (11, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.422092+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (12, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 28328, "total_viewer_seconds": 226624}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.487426+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (13, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 335, "total_viewer_seconds": 6365}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.505361+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (14, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 5022, "total_viewer_seconds": 30132}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.534287+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (15, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 16219, "total_viewer_seconds": 113533}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.810484+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (16, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 8244, "total_viewer_seconds": 107172}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.853938+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (17, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 18474, "total_viewer_seconds": 129318}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.892534+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (18, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 13588, "total_viewer_seconds": 13588}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:04.891019+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (19, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.184458+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (20, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9896, "total_viewer_seconds": 9896}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.183826+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (21, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 4444, "total_viewer_seconds": 44440}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.215079+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (22, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.235721+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (23, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5524, "total_viewer_seconds": 82860}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.518444+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (24, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 2916, "total_viewer_seconds": 14580}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.558368+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (25, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 14420, "total_viewer_seconds": 14420}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.582323+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (26, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 14763, "total_viewer_seconds": 250971}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.650271+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (27, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.857757+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (28, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 9984, "total_viewer_seconds": 199680}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.867975+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (29, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 3448, "total_viewer_seconds": 24136}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.895648+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (30, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 23742, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:05.958036+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (36, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.566501+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (37, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 2256, "total_viewer_seconds": 11280}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.646599+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (38, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 1239, "total_viewer_seconds": 4956}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.660604+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (39, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 4551, "total_viewer_seconds": 59163}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.877589+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (40, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 8290, "total_viewer_seconds": 74610}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.958615+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (46, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.387077+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (47, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.531503+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (48, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 26199, "total_viewer_seconds": 209592}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.591188+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (49, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 7355, "total_viewer_seconds": 7355}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.762767+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (50, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 17696, "total_viewer_seconds": 230048}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.73026+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (56, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9384, "total_viewer_seconds": 75072}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.274534+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (57, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.424627+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (58, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2032, "total_viewer_seconds": 18288}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.498136+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (59, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3570, "total_viewer_seconds": 60690}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.563554+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (60, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 11410, "total_viewer_seconds": 182560}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.666426+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (66, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 3264, "total_viewer_seconds": 9792}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.129906+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (67, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2318, "total_viewer_seconds": 2318}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.189769+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (68, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 4164, "total_viewer_seconds": 83280}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.327248+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (69, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.394572+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (70, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 10302, "total_viewer_seconds": 92718}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.479164+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (76, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 3936, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.996237+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (77, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1984, "total_viewer_seconds": 33728}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.240963+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (31, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 29817, "total_viewer_seconds": 506889}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.238372+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (32, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 16680, "total_viewer_seconds": 300240}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.237831+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (33, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 2280, "total_viewer_seconds": 4560}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.218404+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (34, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 18786, "total_viewer_seconds": 56358}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.275102+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (35, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 14168, "total_viewer_seconds": 56672}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:06.552243+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (41, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 20776, "total_viewer_seconds": 186984}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.073622+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (42, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1769, "total_viewer_seconds": 12383}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.057103+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (43, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 2274, "total_viewer_seconds": 20466}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.189312+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (44, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2055, "total_viewer_seconds": 14385}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.270442+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (45, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5936, "total_viewer_seconds": 83104}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.363477+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (51, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 7314, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.886565+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (52, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 25110, "total_viewer_seconds": 25110}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:07.958316+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (53, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.099578+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (54, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 23800, "total_viewer_seconds": 428400}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.188026+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (55, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 14592, "total_viewer_seconds": 248064}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.251891+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (61, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.732874+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (62, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3512, "total_viewer_seconds": 21072}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.808011+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (63, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 11997, "total_viewer_seconds": 191952}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.883996+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (64, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 9084, "total_viewer_seconds": 172596}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:08.994529+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (65, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 8865, "total_viewer_seconds": 141840}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.0466+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (71, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 1284, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.514599+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (72, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 10624, "total_viewer_seconds": 127488}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.680852+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (73, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 16016, "total_viewer_seconds": 144144}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.752429+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (74, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 7317, "total_viewer_seconds": 117072}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.790167+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (75, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:09.873176+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (81, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9192, "total_viewer_seconds": 128688}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.558461+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (78, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.243833+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (79, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 10856, "total_viewer_seconds": 217120}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.292955+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (80, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 15162, "total_viewer_seconds": 181944}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.569993+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (86, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:11.06396+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (87, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 13896, "total_viewer_seconds": 180648}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:11.133992+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (88, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 26667, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:11.249079+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (89, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 1956, "total_viewer_seconds": 7824}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:11.304891+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (90, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 6270, "total_viewer_seconds": 100320}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:11.439232+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (82, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 1888, "total_viewer_seconds": 24544}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.660044+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (83, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 6000, "total_viewer_seconds": 6000}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.627262+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (84, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 14968, "total_viewer_seconds": 104776}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.942238+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (85, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 3355, "total_viewer_seconds": 60390}, "success": true}', NULL, true, true, NULL, '2026-12-06 06:06:10.936392+00', 1);

INSERT INTO rtk.warehouse VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'UTC', 3, '2026-12-06 06:06:00.83075+00', '2026-12-06 06:06:00.83075+00');

INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.339668+00', '2026-12-06 06:06:03.339668+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.68198+00', '2026-12-06 06:06:03.68198+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.630176+00', '2026-12-06 06:06:03.630176+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.677984+00', '2026-12-06 06:06:03.677984+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.719448+00', '2026-12-06 06:06:03.719448+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.306483+00', '2026-12-06 06:06:03.306483+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.211437+00', '2026-12-06 06:06:03.211437+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 06:06:03.187977+00', '2026-12-06 06:06:03.187977+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.097328+00', '2026-12-06 06:06:04.097328+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.085412+00', '2026-12-06 06:06:04.085412+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.422092+00', '2026-12-06 06:06:04.422092+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.487426+00', '2026-12-06 06:06:04.487426+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.505361+00', '2026-12-06 06:06:04.505361+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.534287+00', '2026-12-06 06:06:04.534287+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.810484+00', '2026-12-06 06:06:04.810484+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.853938+00', '2026-12-06 06:06:04.853938+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.892534+00', '2026-12-06 06:06:04.892534+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 06:06:04.891019+00', '2026-12-06 06:06:04.891019+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.184458+00', '2026-12-06 06:06:05.184458+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.183826+00', '2026-12-06 06:06:05.183826+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.215079+00', '2026-12-06 06:06:05.215079+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.235721+00', '2026-12-06 06:06:05.235721+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.518444+00', '2026-12-06 06:06:05.518444+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.558368+00', '2026-12-06 06:06:05.558368+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.582323+00', '2026-12-06 06:06:05.582323+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.650271+00', '2026-12-06 06:06:05.650271+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.857757+00', '2026-12-06 06:06:05.857757+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.867975+00', '2026-12-06 06:06:05.867975+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.895648+00', '2026-12-06 06:06:05.895648+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 06:06:05.958036+00', '2026-12-06 06:06:05.958036+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.238372+00', '2026-12-06 06:06:06.238372+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.237831+00', '2026-12-06 06:06:06.237831+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.218404+00', '2026-12-06 06:06:06.218404+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.275102+00', '2026-12-06 06:06:06.275102+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.552243+00', '2026-12-06 06:06:06.552243+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.566501+00', '2026-12-06 06:06:06.566501+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.646599+00', '2026-12-06 06:06:06.646599+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.660604+00', '2026-12-06 06:06:06.660604+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.877589+00', '2026-12-06 06:06:06.877589+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 06:06:06.958615+00', '2026-12-06 06:06:06.958615+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.073622+00', '2026-12-06 06:06:07.073622+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.057103+00', '2026-12-06 06:06:07.057103+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.189312+00', '2026-12-06 06:06:07.189312+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.270442+00', '2026-12-06 06:06:07.270442+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.363477+00', '2026-12-06 06:06:07.363477+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.387077+00', '2026-12-06 06:06:07.387077+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.531503+00', '2026-12-06 06:06:07.531503+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.591188+00', '2026-12-06 06:06:07.591188+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.762767+00', '2026-12-06 06:06:07.762767+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.73026+00', '2026-12-06 06:06:07.73026+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.274534+00', '2026-12-06 06:06:08.274534+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.424627+00', '2026-12-06 06:06:08.424627+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.498136+00', '2026-12-06 06:06:08.498136+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.563554+00', '2026-12-06 06:06:08.563554+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.666426+00', '2026-12-06 06:06:08.666426+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.129906+00', '2026-12-06 06:06:09.129906+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.189769+00', '2026-12-06 06:06:09.189769+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.327248+00', '2026-12-06 06:06:09.327248+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.394572+00', '2026-12-06 06:06:09.394572+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.479164+00', '2026-12-06 06:06:09.479164+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.996237+00', '2026-12-06 06:06:09.996237+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.240963+00', '2026-12-06 06:06:10.240963+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.243833+00', '2026-12-06 06:06:10.243833+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.292955+00', '2026-12-06 06:06:10.292955+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.569993+00', '2026-12-06 06:06:10.569993+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'loaded', 1, 200, NULL, '2026-12-06 06:06:11.06396+00', '2026-12-06 06:06:11.06396+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'loaded', 1, 200, NULL, '2026-12-06 06:06:11.133992+00', '2026-12-06 06:06:11.133992+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'loaded', 1, 200, NULL, '2026-12-06 06:06:11.249079+00', '2026-12-06 06:06:11.249079+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'loaded', 1, 200, NULL, '2026-12-06 06:06:11.304891+00', '2026-12-06 06:06:11.304891+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'loaded', 1, 200, NULL, '2026-12-06 06:06:11.439232+00', '2026-12-06 06:06:11.439232+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.886565+00', '2026-12-06 06:06:07.886565+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 06:06:07.958316+00', '2026-12-06 06:06:07.958316+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.099578+00', '2026-12-06 06:06:08.099578+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.188026+00', '2026-12-06 06:06:08.188026+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.251891+00', '2026-12-06 06:06:08.251891+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.732874+00', '2026-12-06 06:06:08.732874+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.808011+00', '2026-12-06 06:06:08.808011+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.883996+00', '2026-12-06 06:06:08.883996+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'loaded', 1, 200, NULL, '2026-12-06 06:06:08.994529+00', '2026-12-06 06:06:08.994529+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.0466+00', '2026-12-06 06:06:09.0466+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.514599+00', '2026-12-06 06:06:09.514599+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.680852+00', '2026-12-06 06:06:09.680852+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.752429+00', '2026-12-06 06:06:09.752429+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.790167+00', '2026-12-06 06:06:09.790167+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'loaded', 1, 200, NULL, '2026-12-06 06:06:09.873176+00', '2026-12-06 06:06:09.873176+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.558461+00', '2026-12-06 06:06:10.558461+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.660044+00', '2026-12-06 06:06:10.660044+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.627262+00', '2026-12-06 06:06:10.627262+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.942238+00', '2026-12-06 06:06:10.942238+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'loaded', 1, 200, NULL, '2026-12-06 06:06:10.936392+00', '2026-12-06 06:06:10.936392+00', 1, 1, 'livestreams');

INSERT INTO rtk_batch.batch_job_execution VALUES (1, 1, 1, '2026-12-06 06:06:00.186679', '2026-12-06 06:06:00.570652', NULL, 'STARTED', 'UNKNOWN', '', '2026-12-06 06:06:00.570945');

INSERT INTO rtk_batch.batch_job_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAANYmF0Y2gudmVyc2lvbnQABTYuMC40eA==', NULL);

INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'selection', 'java.lang.String', 'OPEN_AND_MISSING', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'zone', 'java.lang.String', 'UTC', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'appList', 'java.lang.String', '5d24f638-6526-3abd-be56-d1e2b430162a,8d1ca363-2ec4-339e-a34e-b4ea0a086435,ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 'N');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'from', 'java.time.LocalDate', '2024-01-01', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'to', 'java.time.LocalDate', '2024-02-29', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'datasets', 'java.lang.String', 'livestreams', 'N');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'finalBefore', 'java.time.LocalDate', '2026-12-02', 'N');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'account', 'java.lang.String', '023e105f4ecef8ad9ca31a8372d0c353', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'apps', 'java.lang.String', '*', 'Y');

INSERT INTO rtk_batch.batch_job_instance VALUES (1, 0, 'backfill', '68929ac79282297a86afc0c366e87bf8');

INSERT INTO rtk_batch.batch_step_execution VALUES (1, 4, 'prepareRun', 1, '2026-12-06 06:06:00.612518', '2026-12-06 06:06:00.623862', '2026-12-06 06:06:01.138533', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 06:06:01.195556');
INSERT INTO rtk_batch.batch_step_execution VALUES (2, 1, 'loadWindows', 1, '2026-12-06 06:06:01.294724', '2026-12-06 06:06:01.302513', NULL, 'STARTED', 0, 0, 0, 0, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 06:06:01.303082');
INSERT INTO rtk_batch.batch_step_execution VALUES (5, 0, 'loadAppWindows:app-ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 1, '2026-12-06 06:06:01.763946', NULL, NULL, 'STARTING', 0, 0, 0, 0, 0, 0, 0, 0, 'EXECUTING', '', NULL);
INSERT INTO rtk_batch.batch_step_execution VALUES (4, 10, 'loadAppWindows:app-8d1ca363-2ec4-339e-a34e-b4ea0a086435', 1, '2026-12-06 06:06:01.702396', '2026-12-06 06:06:01.835561', NULL, 'STARTED', 9, 45, 0, 45, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 06:06:11.0138');
INSERT INTO rtk_batch.batch_step_execution VALUES (3, 10, 'loadAppWindows:app-5d24f638-6526-3abd-be56-d1e2b430162a', 1, '2026-12-06 06:06:01.65972', '2026-12-06 06:06:01.828797', NULL, 'STARTED', 9, 45, 0, 45, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 06:06:11.4615');

INSERT INTO rtk_batch.batch_step_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ADtpby5ydGt3YXJlaG91c2Uuam9iLlJ1blN0ZXBzJCRMYW1iZGEkOTczLzB4MDAwMDdmZjBjODViMWUzOHQADWJhdGNoLnZlcnNpb250AAU2LjAuNHQADmJhdGNoLnN0ZXBUeXBldAA3b3JnLnNwcmluZ2ZyYW1ld29yay5iYXRjaC5jb3JlLnN0ZXAudGFza2xldC5UYXNrbGV0U3RlcHg=', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (2, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAlU2ltcGxlU3RlcEV4ZWN1dGlvblNwbGl0dGVyLkdSSURfU0laRXNyAA5qYXZhLmxhbmcuTG9uZzuL5JDMjyPfAgABSgAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAAAAAABnQADWJhdGNoLnZlcnNpb250AAU2LjAuNHQADmJhdGNoLnN0ZXBUeXBldAA2b3JnLnNwcmluZ2ZyYW1ld29yay5iYXRjaC5jb3JlLnBhcnRpdGlvbi5QYXJ0aXRpb25TdGVweA==', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (4, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACQ4ZDFjYTM2My0yZWM0LTMzOWUtYTM0ZS1iNGVhMGEwODY0MzV0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (5, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAFYXBwSWR0ACRhY2U4MjAxOC0wY2RiLTNhM2YtYWM5OS1hYzRkMmNjMGQzNmJ4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (3, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACQ1ZDI0ZjYzOC02NTI2LTNhYmQtYmU1Ni1kMWUyYjQzMDE2MmF0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);

INSERT INTO rtk_batch.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"rtk_batch","rtk"', NULL, 'postgres', '2026-12-06 06:05:45.943055', 0, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (1, '1', 'batch metadata', 'SQL', 'V1__batch_metadata.sql', 174266879, 'postgres', '2026-12-06 06:05:46.729552', 488, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (2, '2', 'livestream daily', 'SQL', 'V2__livestream_daily.sql', -1791886181, 'postgres', '2026-12-06 06:05:48.050675', 328, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (3, '3', 'analyst warehouse', 'SQL', 'V3__analyst_warehouse.sql', 1194058628, 'postgres', '2026-12-06 06:05:48.838526', 2313, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (4, '4', 'run summaries', 'SQL', 'V4__run_summaries.sql', 65152287, 'postgres', '2026-12-06 06:05:51.917061', 147, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (5, '5', 'ledger job instance', 'SQL', 'V5__ledger_job_instance.sql', -1881389153, 'postgres', '2026-12-06 06:05:52.47067', 73, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (6, '6', 'failed starts', 'SQL', 'V6__failed_starts.sql', -363319972, 'postgres', '2026-12-06 06:05:52.685755', 207, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (7, '7', 'usage and daywise', 'SQL', 'V7__usage_and_daywise.sql', 149305471, 'postgres', '2026-12-06 06:05:53.061138', 1383, true);

SELECT pg_catalog.setval('rtk.failed_start_failed_start_id_seq', 1, false);

SELECT pg_catalog.setval('rtk.livestream_fetch_fetch_id_seq', 90, true);

SELECT pg_catalog.setval('rtk.usage_fetch_fetch_id_seq', 1, false);

SELECT pg_catalog.setval('rtk_batch.batch_job_execution_seq', 1, true);

SELECT pg_catalog.setval('rtk_batch.batch_job_instance_seq', 1, true);

SELECT pg_catalog.setval('rtk_batch.batch_step_execution_seq', 5, true);

ALTER TABLE ONLY rtk.app
    ADD CONSTRAINT app_pk PRIMARY KEY (account_id, app_id);

ALTER TABLE ONLY rtk.failed_start
    ADD CONSTRAINT failed_start_pkey PRIMARY KEY (failed_start_id);

ALTER TABLE ONLY rtk.livestream_daily
    ADD CONSTRAINT livestream_daily_pk PRIMARY KEY (account_id, app_id, day);

ALTER TABLE ONLY rtk.livestream_daywise
    ADD CONSTRAINT livestream_daywise_pk PRIMARY KEY (account_id, app_id, day);

ALTER TABLE ONLY rtk.livestream_fetch
    ADD CONSTRAINT livestream_fetch_pkey PRIMARY KEY (fetch_id);

ALTER TABLE ONLY rtk.recording_daily
    ADD CONSTRAINT recording_daily_pk PRIMARY KEY (account_id, app_id, day);

ALTER TABLE ONLY rtk.session_daily
    ADD CONSTRAINT session_daily_pk PRIMARY KEY (account_id, app_id, day);

ALTER TABLE ONLY rtk.usage_fetch
    ADD CONSTRAINT usage_fetch_pkey PRIMARY KEY (fetch_id);

ALTER TABLE ONLY rtk.warehouse
    ADD CONSTRAINT warehouse_pkey PRIMARY KEY (account_id);

ALTER TABLE ONLY rtk.window_ledger
    ADD CONSTRAINT window_ledger_pk PRIMARY KEY (account_id, dataset, app_id, day);

ALTER TABLE ONLY rtk_batch.batch_job_execution_context
    ADD CONSTRAINT batch_job_execution_context_pkey PRIMARY KEY (job_execution_id);

ALTER TABLE ONLY rtk_batch.batch_job_execution
    ADD CONSTRAINT batch_job_execution_pkey PRIMARY KEY (job_execution_id);

ALTER TABLE ONLY rtk_batch.batch_job_instance
    ADD CONSTRAINT batch_job_instance_pkey PRIMARY KEY (job_instance_id);

ALTER TABLE ONLY rtk_batch.batch_step_execution_context
    ADD CONSTRAINT batch_step_execution_context_pkey PRIMARY KEY (step_execution_id);

ALTER TABLE ONLY rtk_batch.batch_step_execution
    ADD CONSTRAINT batch_step_execution_pkey PRIMARY KEY (step_execution_id);

ALTER TABLE ONLY rtk_batch.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);

ALTER TABLE ONLY rtk_batch.batch_job_instance
    ADD CONSTRAINT job_inst_un UNIQUE (job_name, job_key);

CREATE INDEX failed_start_account_ix ON rtk.failed_start USING btree (account_id, started_at DESC);

CREATE INDEX livestream_daily_job_execution_ix ON rtk.livestream_daily USING btree (job_execution_id);

CREATE INDEX livestream_daily_open_ix ON rtk.livestream_daily USING btree (account_id, day) WHERE (NOT is_final);

CREATE INDEX livestream_fetch_fetched_at_ix ON rtk.livestream_fetch USING btree (fetched_at);

CREATE INDEX livestream_fetch_window_ix ON rtk.livestream_fetch USING btree (account_id, app_id, day, fetched_at);

CREATE INDEX recording_daily_open_ix ON rtk.recording_daily USING btree (account_id, day) WHERE (NOT is_final);

CREATE INDEX session_daily_open_ix ON rtk.session_daily USING btree (account_id, day) WHERE (NOT is_final);

CREATE INDEX usage_fetch_app_ix ON rtk.usage_fetch USING btree (account_id, app_id, range_from, range_to);

CREATE INDEX usage_fetch_fetched_at_ix ON rtk.usage_fetch USING btree (fetched_at);

CREATE INDEX window_ledger_failed_ix ON rtk.window_ledger USING btree (account_id, dataset, app_id, day) WHERE (status = 'failed'::text);

CREATE INDEX window_ledger_job_instance_ix ON rtk.window_ledger USING btree (job_instance_id, account_id, dataset, app_id) WHERE (status = 'loaded'::text);

CREATE INDEX flyway_schema_history_s_idx ON rtk_batch.flyway_schema_history USING btree (success);

ALTER TABLE ONLY rtk_batch.batch_job_execution_context
    ADD CONSTRAINT job_exec_ctx_fk FOREIGN KEY (job_execution_id) REFERENCES rtk_batch.batch_job_execution(job_execution_id);

ALTER TABLE ONLY rtk_batch.batch_job_execution_params
    ADD CONSTRAINT job_exec_params_fk FOREIGN KEY (job_execution_id) REFERENCES rtk_batch.batch_job_execution(job_execution_id);

ALTER TABLE ONLY rtk_batch.batch_step_execution
    ADD CONSTRAINT job_exec_step_fk FOREIGN KEY (job_execution_id) REFERENCES rtk_batch.batch_job_execution(job_execution_id);

ALTER TABLE ONLY rtk_batch.batch_job_execution
    ADD CONSTRAINT job_inst_exec_fk FOREIGN KEY (job_instance_id) REFERENCES rtk_batch.batch_job_instance(job_instance_id);

ALTER TABLE ONLY rtk_batch.batch_step_execution_context
    ADD CONSTRAINT step_exec_ctx_fk FOREIGN KEY (step_execution_id) REFERENCES rtk_batch.batch_step_execution(step_execution_id);

