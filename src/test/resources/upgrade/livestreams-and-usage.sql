-- A warehouse of rtk-warehouse 47deda4 (Flyway V1..V7), for UpgradeIntegrationTests.
-- A backfill of both datasets (--rtk.datasets=livestreams,usage), 3 apps x 60 days, killed
-- with SIGKILL after every livestream day and part of the usage windows (up to 31 days
-- each) were committed.
--
-- How it was produced, with commit 47deda4 of rtk-warehouse on 2026-12-06 (every day of the
-- range was final then, and is at any later date):
--
--   git checkout 47deda4 && ./mvnw -q package -DskipTests
--   java -jar target/rtk-warehouse.jar simulator --port=0 --apps=3 --latency-ms=300 &
--       # prints "simulator listening on http://127.0.0.1:<port>/client/v4"
--   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE rtk_upgrade_usage"
--   CLOUDFLARE_API_TOKEN=test-token CLOUDFLARE_ACCOUNT_ID=023e105f4ecef8ad9ca31a8372d0c353 \
--   java -jar target/rtk-warehouse.jar backfill --from=2024-01-01 --to=2024-02-29 \
--       --rtk.chunk-size=1 --rtk.datasets=livestreams,usage \
--       --rtk.base-url=http://127.0.0.1:<port>/client/v4 --rtk.rate.requests-per-second=50 \
--       --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/rtk_upgrade_usage \
--       --spring.datasource.username=postgres &
--   # every 50 ms: psql -d rtk_upgrade_usage -tAc "SELECT count(*) FROM rtk.window_ledger
--   #     WHERE dataset = 'usage' AND status = 'loaded'"; at 31 or more: kill -9 <backfill pid>
--   pg_dump -h 127.0.0.1 -U postgres --no-owner --no-privileges --inserts -n rtk -n rtk_batch rtk_upgrade_usage \
--       | sed -e '/^\\/d' -e '/^--/d' | cat -s       # and this comment on top
--
-- The sed drops psql's \restrict and \unrestrict, which JDBC cannot execute, and pg_dump's
-- comment lines. (--no-privileges leaves out the grants to rtk_reader.) The account, token and
-- apps (app-1..app-3 of the simulator) are the simulator's defaults, as in the integration
-- tests; its numbers are a function of the app id and the window or date alone, which the test
-- checks by comparing with a clean run against the simulator of its own version.
--
-- State at the kill:
--   every livestream day committed (loadWindows COMPLETED); usage: app-1 and app-3 had their
--   first window (2024-01-01..2024-01-31) committed, app-2 none (its step execution STARTING);
--   the job execution, loadUsageWindows and the two app steps were STARTED.

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

INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', 'app-1', '2024-01-01 00:00:00+00', '2026-12-06 05:42:53.128294+00');
INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', 'app-2', '2024-01-02 00:00:00+00', '2026-12-06 05:42:53.128294+00');
INSERT INTO rtk.app VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 'app-3', '2024-01-03 00:00:00+00', '2026-12-06 05:42:53.128294+00');

INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 9, 5994, 53946, '2026-12-06 05:42:55.144404+00', '2026-12-06 05:42:55.144404+00', '2026-12-06 05:42:55.144404+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 1865, 20515, '2026-12-06 05:42:55.168242+00', '2026-12-06 05:42:55.168242+00', '2026-12-06 05:42:55.168242+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 8, 11040, 121440, '2026-12-06 05:42:55.550541+00', '2026-12-06 05:42:55.550541+00', '2026-12-06 05:42:55.550541+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 2, 7186, 43116, '2026-12-06 05:42:55.961396+00', '2026-12-06 05:42:55.961396+00', '2026-12-06 05:42:55.961396+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:56.515866+00', '2026-12-06 05:42:56.515866+00', '2026-12-06 05:42:56.515866+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 9, 11241, 56205, '2026-12-06 05:42:56.584978+00', '2026-12-06 05:42:56.584978+00', '2026-12-06 05:42:56.584978+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 7, 17759, 195349, '2026-12-06 05:42:56.911224+00', '2026-12-06 05:42:56.911224+00', '2026-12-06 05:42:56.911224+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 4, 3000, 30000, '2026-12-06 05:42:56.915561+00', '2026-12-06 05:42:56.915561+00', '2026-12-06 05:42:56.915561+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 6, 8094, 129504, '2026-12-06 05:42:57.31003+00', '2026-12-06 05:42:57.31003+00', '2026-12-06 05:42:57.31003+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:57.311553+00', '2026-12-06 05:42:57.311553+00', '2026-12-06 05:42:57.311553+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:57.658635+00', '2026-12-06 05:42:57.658635+00', '2026-12-06 05:42:57.658635+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 9, 8244, 107172, '2026-12-06 05:42:57.729921+00', '2026-12-06 05:42:57.729921+00', '2026-12-06 05:42:57.729921+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 8, 28328, 226624, '2026-12-06 05:42:58.033843+00', '2026-12-06 05:42:58.033843+00', '2026-12-06 05:42:58.033843+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 6, 18474, 129318, '2026-12-06 05:42:58.079066+00', '2026-12-06 05:42:58.079066+00', '2026-12-06 05:42:58.079066+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 335, 6365, '2026-12-06 05:42:58.347798+00', '2026-12-06 05:42:58.347798+00', '2026-12-06 05:42:58.347798+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 4, 13588, 13588, '2026-12-06 05:42:58.42819+00', '2026-12-06 05:42:58.42819+00', '2026-12-06 05:42:58.42819+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 9, 5022, 30132, '2026-12-06 05:42:58.677043+00', '2026-12-06 05:42:58.677043+00', '2026-12-06 05:42:58.677043+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:58.792844+00', '2026-12-06 05:42:58.792844+00', '2026-12-06 05:42:58.792844+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 7, 16219, 113533, '2026-12-06 05:42:59.029864+00', '2026-12-06 05:42:59.029864+00', '2026-12-06 05:42:59.029864+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 4, 9896, 9896, '2026-12-06 05:42:59.168379+00', '2026-12-06 05:42:59.168379+00', '2026-12-06 05:42:59.168379+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 2, 4444, 44440, '2026-12-06 05:42:59.355778+00', '2026-12-06 05:42:59.355778+00', '2026-12-06 05:42:59.355778+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 7, 14763, 250971, '2026-12-06 05:42:59.547433+00', '2026-12-06 05:42:59.547433+00', '2026-12-06 05:42:59.547433+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:59.684192+00', '2026-12-06 05:42:59.684192+00', '2026-12-06 05:42:59.684192+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 0, 0, 0, '2026-12-06 05:42:59.984623+00', '2026-12-06 05:42:59.984623+00', '2026-12-06 05:42:59.984623+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 2, 5524, 82860, '2026-12-06 05:43:00.04382+00', '2026-12-06 05:43:00.04382+00', '2026-12-06 05:43:00.04382+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 8, 9984, 199680, '2026-12-06 05:43:00.314665+00', '2026-12-06 05:43:00.314665+00', '2026-12-06 05:43:00.314665+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 6, 2916, 14580, '2026-12-06 05:43:00.374119+00', '2026-12-06 05:43:00.374119+00', '2026-12-06 05:43:00.374119+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 3448, 24136, '2026-12-06 05:43:00.671835+00', '2026-12-06 05:43:00.671835+00', '2026-12-06 05:43:00.671835+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 5, 14420, 14420, '2026-12-06 05:43:00.720056+00', '2026-12-06 05:43:00.720056+00', '2026-12-06 05:43:00.720056+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 9, 23742, 0, '2026-12-06 05:43:01.019449+00', '2026-12-06 05:43:01.019449+00', '2026-12-06 05:43:01.019449+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 9, 29817, 506889, '2026-12-06 05:43:01.191565+00', '2026-12-06 05:43:01.191565+00', '2026-12-06 05:43:01.191565+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:01.337006+00', '2026-12-06 05:43:01.337006+00', '2026-12-06 05:43:01.337006+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 5, 16680, 300240, '2026-12-06 05:43:01.51478+00', '2026-12-06 05:43:01.51478+00', '2026-12-06 05:43:01.51478+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 2, 2256, 11280, '2026-12-06 05:43:01.667181+00', '2026-12-06 05:43:01.667181+00', '2026-12-06 05:43:01.667181+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 3, 2280, 4560, '2026-12-06 05:43:02.007345+00', '2026-12-06 05:43:02.007345+00', '2026-12-06 05:43:02.007345+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 3, 1239, 4956, '2026-12-06 05:43:02.270887+00', '2026-12-06 05:43:02.270887+00', '2026-12-06 05:43:02.270887+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 6, 18786, 56358, '2026-12-06 05:43:02.382287+00', '2026-12-06 05:43:02.382287+00', '2026-12-06 05:43:02.382287+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 3, 4551, 59163, '2026-12-06 05:43:02.688746+00', '2026-12-06 05:43:02.688746+00', '2026-12-06 05:43:02.688746+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 7, 14168, 56672, '2026-12-06 05:43:02.948997+00', '2026-12-06 05:43:02.948997+00', '2026-12-06 05:43:02.948997+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 5, 8290, 74610, '2026-12-06 05:43:03.011176+00', '2026-12-06 05:43:03.011176+00', '2026-12-06 05:43:03.011176+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 7, 20776, 186984, '2026-12-06 05:43:03.312594+00', '2026-12-06 05:43:03.312594+00', '2026-12-06 05:43:03.312594+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:03.649209+00', '2026-12-06 05:43:03.649209+00', '2026-12-06 05:43:03.649209+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:04.168401+00', '2026-12-06 05:43:04.168401+00', '2026-12-06 05:43:04.168401+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 1769, 12383, '2026-12-06 05:43:04.169029+00', '2026-12-06 05:43:04.169029+00', '2026-12-06 05:43:04.169029+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 3, 2274, 20466, '2026-12-06 05:43:04.504308+00', '2026-12-06 05:43:04.504308+00', '2026-12-06 05:43:04.504308+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 2055, 14385, '2026-12-06 05:43:04.822682+00', '2026-12-06 05:43:04.822682+00', '2026-12-06 05:43:04.822682+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 2, 5936, 83104, '2026-12-06 05:43:05.146593+00', '2026-12-06 05:43:05.146593+00', '2026-12-06 05:43:05.146593+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 3, 7314, 0, '2026-12-06 05:43:05.467633+00', '2026-12-06 05:43:05.467633+00', '2026-12-06 05:43:05.467633+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 9, 25110, 25110, '2026-12-06 05:43:05.793457+00', '2026-12-06 05:43:05.793457+00', '2026-12-06 05:43:05.793457+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:06.108202+00', '2026-12-06 05:43:06.108202+00', '2026-12-06 05:43:06.108202+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 8, 23800, 428400, '2026-12-06 05:43:06.423651+00', '2026-12-06 05:43:06.423651+00', '2026-12-06 05:43:06.423651+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 6, 14592, 248064, '2026-12-06 05:43:06.737395+00', '2026-12-06 05:43:06.737395+00', '2026-12-06 05:43:06.737395+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:07.088202+00', '2026-12-06 05:43:07.088202+00', '2026-12-06 05:43:07.088202+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 2, 3512, 21072, '2026-12-06 05:43:07.458583+00', '2026-12-06 05:43:07.458583+00', '2026-12-06 05:43:07.458583+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 9, 11997, 191952, '2026-12-06 05:43:07.828365+00', '2026-12-06 05:43:07.828365+00', '2026-12-06 05:43:07.828365+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 3, 9084, 172596, '2026-12-06 05:43:08.203926+00', '2026-12-06 05:43:08.203926+00', '2026-12-06 05:43:08.203926+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 3, 8865, 141840, '2026-12-06 05:43:08.545775+00', '2026-12-06 05:43:08.545775+00', '2026-12-06 05:43:08.545775+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 4, 1284, 0, '2026-12-06 05:43:08.855741+00', '2026-12-06 05:43:08.855741+00', '2026-12-06 05:43:08.855741+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 8, 10624, 127488, '2026-12-06 05:43:09.169515+00', '2026-12-06 05:43:09.169515+00', '2026-12-06 05:43:09.169515+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 8, 16016, 144144, '2026-12-06 05:43:09.528303+00', '2026-12-06 05:43:09.528303+00', '2026-12-06 05:43:09.528303+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 9, 7317, 117072, '2026-12-06 05:43:09.978022+00', '2026-12-06 05:43:09.978022+00', '2026-12-06 05:43:09.978022+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:10.617555+00', '2026-12-06 05:43:10.617555+00', '2026-12-06 05:43:10.617555+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 4, 9192, 128688, '2026-12-06 05:43:10.939352+00', '2026-12-06 05:43:10.939352+00', '2026-12-06 05:43:10.939352+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 4, 1888, 24544, '2026-12-06 05:43:11.270749+00', '2026-12-06 05:43:11.270749+00', '2026-12-06 05:43:11.270749+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 8, 6000, 6000, '2026-12-06 05:43:11.595692+00', '2026-12-06 05:43:11.595692+00', '2026-12-06 05:43:11.595692+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 8, 14968, 104776, '2026-12-06 05:43:11.930764+00', '2026-12-06 05:43:11.930764+00', '2026-12-06 05:43:11.930764+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 3355, 60390, '2026-12-06 05:43:12.258068+00', '2026-12-06 05:43:12.258068+00', '2026-12-06 05:43:12.258068+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:12.569605+00', '2026-12-06 05:43:12.569605+00', '2026-12-06 05:43:12.569605+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 7, 19754, 197540, '2026-12-06 05:43:12.950946+00', '2026-12-06 05:43:12.950946+00', '2026-12-06 05:43:12.950946+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 6, 9240, 120120, '2026-12-06 05:43:13.441072+00', '2026-12-06 05:43:13.441072+00', '2026-12-06 05:43:13.441072+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 9, 30888, 277992, '2026-12-06 05:43:13.752488+00', '2026-12-06 05:43:13.752488+00', '2026-12-06 05:43:13.752488+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 4, 11636, 69816, '2026-12-06 05:43:14.067165+00', '2026-12-06 05:43:14.067165+00', '2026-12-06 05:43:14.067165+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 5, 11035, 66210, '2026-12-06 05:43:14.399142+00', '2026-12-06 05:43:14.399142+00', '2026-12-06 05:43:14.399142+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 9, 26199, 209592, '2026-12-06 05:43:04.484035+00', '2026-12-06 05:43:04.484035+00', '2026-12-06 05:43:04.484035+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 5, 7355, 7355, '2026-12-06 05:43:04.8138+00', '2026-12-06 05:43:04.8138+00', '2026-12-06 05:43:04.8138+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 7, 17696, 230048, '2026-12-06 05:43:05.126976+00', '2026-12-06 05:43:05.126976+00', '2026-12-06 05:43:05.126976+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 4, 9384, 75072, '2026-12-06 05:43:05.449645+00', '2026-12-06 05:43:05.449645+00', '2026-12-06 05:43:05.449645+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:05.762468+00', '2026-12-06 05:43:05.762468+00', '2026-12-06 05:43:05.762468+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 2032, 18288, '2026-12-06 05:43:06.078129+00', '2026-12-06 05:43:06.078129+00', '2026-12-06 05:43:06.078129+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 2, 3570, 60690, '2026-12-06 05:43:06.397044+00', '2026-12-06 05:43:06.397044+00', '2026-12-06 05:43:06.397044+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 5, 11410, 182560, '2026-12-06 05:43:06.738257+00', '2026-12-06 05:43:06.738257+00', '2026-12-06 05:43:06.738257+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 4, 3264, 9792, '2026-12-06 05:43:07.087614+00', '2026-12-06 05:43:07.087614+00', '2026-12-06 05:43:07.087614+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 2318, 2318, '2026-12-06 05:43:07.450025+00', '2026-12-06 05:43:07.450025+00', '2026-12-06 05:43:07.450025+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 4, 4164, 83280, '2026-12-06 05:43:07.814044+00', '2026-12-06 05:43:07.814044+00', '2026-12-06 05:43:07.814044+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:08.166514+00', '2026-12-06 05:43:08.166514+00', '2026-12-06 05:43:08.166514+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 3, 10302, 92718, '2026-12-06 05:43:08.506024+00', '2026-12-06 05:43:08.506024+00', '2026-12-06 05:43:08.506024+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 3, 3936, 0, '2026-12-06 05:43:09.017162+00', '2026-12-06 05:43:09.017162+00', '2026-12-06 05:43:09.017162+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 1984, 33728, '2026-12-06 05:43:09.349911+00', '2026-12-06 05:43:09.349911+00', '2026-12-06 05:43:09.349911+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:09.711858+00', '2026-12-06 05:43:09.711858+00', '2026-12-06 05:43:09.711858+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 8, 10856, 217120, '2026-12-06 05:43:10.032909+00', '2026-12-06 05:43:10.032909+00', '2026-12-06 05:43:10.032909+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 7, 15162, 181944, '2026-12-06 05:43:10.343378+00', '2026-12-06 05:43:10.343378+00', '2026-12-06 05:43:10.343378+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:10.678672+00', '2026-12-06 05:43:10.678672+00', '2026-12-06 05:43:10.678672+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 4, 13896, 180648, '2026-12-06 05:43:11.123389+00', '2026-12-06 05:43:11.123389+00', '2026-12-06 05:43:11.123389+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 9, 26667, 0, '2026-12-06 05:43:11.48879+00', '2026-12-06 05:43:11.48879+00', '2026-12-06 05:43:11.48879+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 2, 1956, 7824, '2026-12-06 05:43:11.825831+00', '2026-12-06 05:43:11.825831+00', '2026-12-06 05:43:11.825831+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 6, 6270, 100320, '2026-12-06 05:43:12.157058+00', '2026-12-06 05:43:12.157058+00', '2026-12-06 05:43:12.157058+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 1, 2444, 29328, '2026-12-06 05:43:12.471907+00', '2026-12-06 05:43:12.471907+00', '2026-12-06 05:43:12.471907+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 2, 4178, 58492, '2026-12-06 05:43:12.806864+00', '2026-12-06 05:43:12.806864+00', '2026-12-06 05:43:12.806864+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 7, 11844, 165816, '2026-12-06 05:43:13.334759+00', '2026-12-06 05:43:13.334759+00', '2026-12-06 05:43:13.334759+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 9, 25758, 180306, '2026-12-06 05:43:13.71714+00', '2026-12-06 05:43:13.71714+00', '2026-12-06 05:43:13.71714+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 1, 2338, 2338, '2026-12-06 05:43:14.056668+00', '2026-12-06 05:43:14.056668+00', '2026-12-06 05:43:14.056668+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 7, 23954, 143724, '2026-12-06 05:43:14.391403+00', '2026-12-06 05:43:14.391403+00', '2026-12-06 05:43:14.391403+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:14.919173+00', '2026-12-06 05:43:14.919173+00', '2026-12-06 05:43:14.919173+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 7, 12544, 213248, '2026-12-06 05:43:14.9206+00', '2026-12-06 05:43:14.9206+00', '2026-12-06 05:43:14.9206+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 3, 1938, 17442, '2026-12-06 05:43:15.426043+00', '2026-12-06 05:43:15.426043+00', '2026-12-06 05:43:15.426043+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 2, 5768, 23072, '2026-12-06 05:43:15.44679+00', '2026-12-06 05:43:15.44679+00', '2026-12-06 05:43:15.44679+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 9, 14958, 239328, '2026-12-06 05:43:15.757809+00', '2026-12-06 05:43:15.757809+00', '2026-12-06 05:43:15.757809+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 9, 10629, 138177, '2026-12-06 05:43:15.845961+00', '2026-12-06 05:43:15.845961+00', '2026-12-06 05:43:15.845961+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 2, 4800, 9600, '2026-12-06 05:43:16.136345+00', '2026-12-06 05:43:16.136345+00', '2026-12-06 05:43:16.136345+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 8, 3496, 10488, '2026-12-06 05:43:16.200497+00', '2026-12-06 05:43:16.200497+00', '2026-12-06 05:43:16.200497+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 4, 4440, 4440, '2026-12-06 05:43:16.672315+00', '2026-12-06 05:43:16.672315+00', '2026-12-06 05:43:16.672315+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 7, 10017, 120204, '2026-12-06 05:43:16.672816+00', '2026-12-06 05:43:16.672816+00', '2026-12-06 05:43:16.672816+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 7, 16177, 16177, '2026-12-06 05:43:16.995214+00', '2026-12-06 05:43:16.995214+00', '2026-12-06 05:43:16.995214+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 1, 601, 1803, '2026-12-06 05:43:17.057376+00', '2026-12-06 05:43:17.057376+00', '2026-12-06 05:43:17.057376+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 5, 2835, 0, '2026-12-06 05:43:17.358355+00', '2026-12-06 05:43:17.358355+00', '2026-12-06 05:43:17.358355+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 7, 10668, 53340, '2026-12-06 05:43:17.377389+00', '2026-12-06 05:43:17.377389+00', '2026-12-06 05:43:17.377389+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 1, 340, 0, '2026-12-06 05:43:17.722869+00', '2026-12-06 05:43:17.722869+00', '2026-12-06 05:43:17.722869+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 5, 10735, 118085, '2026-12-06 05:43:18.06577+00', '2026-12-06 05:43:18.06577+00', '2026-12-06 05:43:18.06577+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 3, 3150, 3150, '2026-12-06 05:43:18.454281+00', '2026-12-06 05:43:18.454281+00', '2026-12-06 05:43:18.454281+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 7, 8141, 122115, '2026-12-06 05:43:18.842114+00', '2026-12-06 05:43:18.842114+00', '2026-12-06 05:43:18.842114+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 8, 3624, 39864, '2026-12-06 05:43:19.311139+00', '2026-12-06 05:43:19.311139+00', '2026-12-06 05:43:19.311139+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 7, 24199, 290388, '2026-12-06 05:43:19.656187+00', '2026-12-06 05:43:19.656187+00', '2026-12-06 05:43:19.656187+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 6, 1998, 29970, '2026-12-06 05:43:20.005878+00', '2026-12-06 05:43:20.005878+00', '2026-12-06 05:43:20.005878+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 9, 32022, 448308, '2026-12-06 05:43:20.326793+00', '2026-12-06 05:43:20.326793+00', '2026-12-06 05:43:20.326793+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 6, 17982, 143856, '2026-12-06 05:43:20.643512+00', '2026-12-06 05:43:20.643512+00', '2026-12-06 05:43:20.643512+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 2, 3864, 69552, '2026-12-06 05:43:20.994681+00', '2026-12-06 05:43:20.994681+00', '2026-12-06 05:43:20.994681+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 5, 14515, 275785, '2026-12-06 05:43:21.308261+00', '2026-12-06 05:43:21.308261+00', '2026-12-06 05:43:21.308261+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 9, 26109, 496071, '2026-12-06 05:43:21.711118+00', '2026-12-06 05:43:21.711118+00', '2026-12-06 05:43:21.711118+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:22.077929+00', '2026-12-06 05:43:22.077929+00', '2026-12-06 05:43:22.077929+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 3, 10488, 104880, '2026-12-06 05:43:22.56637+00', '2026-12-06 05:43:22.56637+00', '2026-12-06 05:43:22.56637+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 6, 15252, 61008, '2026-12-06 05:43:22.923395+00', '2026-12-06 05:43:22.923395+00', '2026-12-06 05:43:22.923395+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 9, 23229, 464580, '2026-12-06 05:43:23.30621+00', '2026-12-06 05:43:23.30621+00', '2026-12-06 05:43:23.30621+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 5, 3155, 9465, '2026-12-06 05:43:23.726171+00', '2026-12-06 05:43:23.726171+00', '2026-12-06 05:43:23.726171+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 2, 6582, 32910, '2026-12-06 05:43:24.036684+00', '2026-12-06 05:43:24.036684+00', '2026-12-06 05:43:24.036684+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 9, 20700, 393300, '2026-12-06 05:43:24.372897+00', '2026-12-06 05:43:24.372897+00', '2026-12-06 05:43:24.372897+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 6, 13704, 109632, '2026-12-06 05:43:24.707796+00', '2026-12-06 05:43:24.707796+00', '2026-12-06 05:43:24.707796+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 6, 9882, 88938, '2026-12-06 05:43:25.024653+00', '2026-12-06 05:43:25.024653+00', '2026-12-06 05:43:25.024653+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 7, 3759, 41349, '2026-12-06 05:43:25.376559+00', '2026-12-06 05:43:25.376559+00', '2026-12-06 05:43:25.376559+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 3, 5055, 65715, '2026-12-06 05:43:25.750462+00', '2026-12-06 05:43:25.750462+00', '2026-12-06 05:43:25.750462+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 6, 10800, 54000, '2026-12-06 05:43:26.267388+00', '2026-12-06 05:43:26.267388+00', '2026-12-06 05:43:26.267388+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:26.60262+00', '2026-12-06 05:43:26.60262+00', '2026-12-06 05:43:26.60262+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 2, 3216, 0, '2026-12-06 05:43:26.914364+00', '2026-12-06 05:43:26.914364+00', '2026-12-06 05:43:26.914364+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 7, 21378, 235158, '2026-12-06 05:43:27.270848+00', '2026-12-06 05:43:27.270848+00', '2026-12-06 05:43:27.270848+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 8, 11272, 11272, '2026-12-06 05:43:27.604925+00', '2026-12-06 05:43:27.604925+00', '2026-12-06 05:43:27.604925+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 9, 2997, 2997, '2026-12-06 05:43:27.95189+00', '2026-12-06 05:43:27.95189+00', '2026-12-06 05:43:27.95189+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 1516, 22740, '2026-12-06 05:43:28.463794+00', '2026-12-06 05:43:28.463794+00', '2026-12-06 05:43:28.463794+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 1909, 0, '2026-12-06 05:43:28.910686+00', '2026-12-06 05:43:28.910686+00', '2026-12-06 05:43:28.910686+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 5, 16290, 97740, '2026-12-06 05:43:29.226305+00', '2026-12-06 05:43:29.226305+00', '2026-12-06 05:43:29.226305+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 3, 8697, 121758, '2026-12-06 05:43:29.551411+00', '2026-12-06 05:43:29.551411+00', '2026-12-06 05:43:29.551411+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 5, 7260, 65340, '2026-12-06 05:43:29.874708+00', '2026-12-06 05:43:29.874708+00', '2026-12-06 05:43:29.874708+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 2, 5868, 29340, '2026-12-06 05:43:30.201937+00', '2026-12-06 05:43:30.201937+00', '2026-12-06 05:43:30.201937+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:30.51643+00', '2026-12-06 05:43:30.51643+00', '2026-12-06 05:43:30.51643+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 5, 7280, 80080, '2026-12-06 05:43:30.834948+00', '2026-12-06 05:43:30.834948+00', '2026-12-06 05:43:30.834948+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:31.206605+00', '2026-12-06 05:43:31.206605+00', '2026-12-06 05:43:31.206605+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 2, 7034, 98476, '2026-12-06 05:43:31.519249+00', '2026-12-06 05:43:31.519249+00', '2026-12-06 05:43:31.519249+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 5, 17085, 290445, '2026-12-06 05:43:31.837973+00', '2026-12-06 05:43:31.837973+00', '2026-12-06 05:43:31.837973+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 2, 4144, 70448, '2026-12-06 05:43:32.177579+00', '2026-12-06 05:43:32.177579+00', '2026-12-06 05:43:32.177579+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 8, 8360, 16720, '2026-12-06 05:43:32.487414+00', '2026-12-06 05:43:32.487414+00', '2026-12-06 05:43:32.487414+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 6, 5550, 72150, '2026-12-06 05:43:32.85846+00', '2026-12-06 05:43:32.85846+00', '2026-12-06 05:43:32.85846+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 4, 9624, 182856, '2026-12-06 05:43:17.717458+00', '2026-12-06 05:43:17.717458+00', '2026-12-06 05:43:17.717458+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 7, 23940, 71820, '2026-12-06 05:43:18.041772+00', '2026-12-06 05:43:18.041772+00', '2026-12-06 05:43:18.041772+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 6, 14190, 241230, '2026-12-06 05:43:33.176691+00', '2026-12-06 05:43:33.176691+00', '2026-12-06 05:43:33.176691+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 2, 3232, 45248, '2026-12-06 05:43:33.61616+00', '2026-12-06 05:43:33.61616+00', '2026-12-06 05:43:33.61616+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 3068, 27612, '2026-12-06 05:43:33.95379+00', '2026-12-06 05:43:33.95379+00', '2026-12-06 05:43:33.95379+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 7, 20293, 121758, '2026-12-06 05:43:34.26542+00', '2026-12-06 05:43:34.26542+00', '2026-12-06 05:43:34.26542+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 3, 7911, 87021, '2026-12-06 05:43:34.652603+00', '2026-12-06 05:43:34.652603+00', '2026-12-06 05:43:34.652603+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 7, 11200, 44800, '2026-12-06 05:43:34.965107+00', '2026-12-06 05:43:34.965107+00', '2026-12-06 05:43:34.965107+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 6, 9216, 184320, '2026-12-06 05:43:35.317842+00', '2026-12-06 05:43:35.317842+00', '2026-12-06 05:43:35.317842+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 6, 16212, 32424, '2026-12-06 05:43:35.796477+00', '2026-12-06 05:43:35.796477+00', '2026-12-06 05:43:35.796477+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:36.201208+00', '2026-12-06 05:43:36.201208+00', '2026-12-06 05:43:36.201208+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 8, 13432, 241776, '2026-12-06 05:43:36.588383+00', '2026-12-06 05:43:36.588383+00', '2026-12-06 05:43:36.588383+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 2, 938, 6566, '2026-12-06 05:43:36.953233+00', '2026-12-06 05:43:36.953233+00', '2026-12-06 05:43:36.953233+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 3, 10680, 0, '2026-12-06 05:43:37.287761+00', '2026-12-06 05:43:37.287761+00', '2026-12-06 05:43:37.287761+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 5, 4300, 12900, '2026-12-06 05:43:37.754216+00', '2026-12-06 05:43:37.754216+00', '2026-12-06 05:43:37.754216+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:38.192619+00', '2026-12-06 05:43:38.192619+00', '2026-12-06 05:43:38.192619+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 7, 18018, 288288, '2026-12-06 05:43:38.503144+00', '2026-12-06 05:43:38.503144+00', '2026-12-06 05:43:38.503144+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 2, 6280, 87920, '2026-12-06 05:43:38.850346+00', '2026-12-06 05:43:38.850346+00', '2026-12-06 05:43:38.850346+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 0, 0, 0, '2026-12-06 05:43:39.191516+00', '2026-12-06 05:43:39.191516+00', '2026-12-06 05:43:39.191516+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 6, 3282, 42666, '2026-12-06 05:43:39.501298+00', '2026-12-06 05:43:39.501298+00', '2026-12-06 05:43:39.501298+00', 1, true, 0);
INSERT INTO rtk.livestream_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 2, 3652, 0, '2026-12-06 05:43:39.838781+00', '2026-12-06 05:43:39.838781+00', '2026-12-06 05:43:39.838781+00', 1, true, 0);

INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (1, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1865, "total_viewer_seconds": 20515}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:55.168242+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (2, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 5994, "total_viewer_seconds": 53946}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:55.144404+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (3, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 11040, "total_viewer_seconds": 121440}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:55.550541+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (4, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 7186, "total_viewer_seconds": 43116}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:55.961396+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (5, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:56.515866+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (6, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 11241, "total_viewer_seconds": 56205}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:56.584978+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (7, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 17759, "total_viewer_seconds": 195349}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:56.911224+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (8, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 3000, "total_viewer_seconds": 30000}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:56.915561+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (9, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 8094, "total_viewer_seconds": 129504}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:57.31003+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (10, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:57.311553+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (11, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:57.658635+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (12, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 8244, "total_viewer_seconds": 107172}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:57.729921+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (13, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 28328, "total_viewer_seconds": 226624}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.033843+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (14, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 18474, "total_viewer_seconds": 129318}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.079066+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (15, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 335, "total_viewer_seconds": 6365}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.347798+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (16, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 13588, "total_viewer_seconds": 13588}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.42819+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (17, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 5022, "total_viewer_seconds": 30132}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.677043+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (18, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:58.792844+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (19, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 16219, "total_viewer_seconds": 113533}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.029864+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (20, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9896, "total_viewer_seconds": 9896}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.168379+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (21, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 4444, "total_viewer_seconds": 44440}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.355778+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (22, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 14763, "total_viewer_seconds": 250971}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.547433+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (23, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.684192+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (24, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:42:59.984623+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (25, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5524, "total_viewer_seconds": 82860}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:00.04382+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (26, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 9984, "total_viewer_seconds": 199680}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:00.314665+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (27, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 2916, "total_viewer_seconds": 14580}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:00.374119+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (29, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 14420, "total_viewer_seconds": 14420}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:00.720056+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (31, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 29817, "total_viewer_seconds": 506889}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:01.191565+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (33, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 16680, "total_viewer_seconds": 300240}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:01.51478+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (35, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 2280, "total_viewer_seconds": 4560}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:02.007345+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (37, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 18786, "total_viewer_seconds": 56358}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:02.382287+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (39, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 14168, "total_viewer_seconds": 56672}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:02.948997+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (41, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 20776, "total_viewer_seconds": 186984}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:03.312594+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (44, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1769, "total_viewer_seconds": 12383}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.169029+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (46, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 2274, "total_viewer_seconds": 20466}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.504308+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (48, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2055, "total_viewer_seconds": 14385}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.822682+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (50, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5936, "total_viewer_seconds": 83104}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.146593+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (52, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 7314, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.467633+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (54, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 25110, "total_viewer_seconds": 25110}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.793457+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (56, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.108202+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (58, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 23800, "total_viewer_seconds": 428400}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.423651+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (59, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 14592, "total_viewer_seconds": 248064}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.737395+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (62, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.088202+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (63, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3512, "total_viewer_seconds": 21072}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.458583+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (66, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 11997, "total_viewer_seconds": 191952}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.828365+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (68, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 9084, "total_viewer_seconds": 172596}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:08.203926+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (70, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 8865, "total_viewer_seconds": 141840}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:08.545775+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (71, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 1284, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:08.855741+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (73, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 10624, "total_viewer_seconds": 127488}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.169515+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (75, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 16016, "total_viewer_seconds": 144144}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.528303+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (78, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 7317, "total_viewer_seconds": 117072}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.978022+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (28, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 3448, "total_viewer_seconds": 24136}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:00.671835+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (30, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 23742, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:01.019449+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (32, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:01.337006+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (34, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 2256, "total_viewer_seconds": 11280}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:01.667181+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (36, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 1239, "total_viewer_seconds": 4956}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:02.270887+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (38, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 4551, "total_viewer_seconds": 59163}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:02.688746+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (40, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 8290, "total_viewer_seconds": 74610}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:03.011176+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (42, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:03.649209+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (43, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.168401+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (45, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 26199, "total_viewer_seconds": 209592}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.484035+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (47, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 7355, "total_viewer_seconds": 7355}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:04.8138+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (49, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 17696, "total_viewer_seconds": 230048}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.126976+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (51, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9384, "total_viewer_seconds": 75072}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.449645+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (53, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:05.762468+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (55, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2032, "total_viewer_seconds": 18288}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.078129+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (57, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3570, "total_viewer_seconds": 60690}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.397044+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (60, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 11410, "total_viewer_seconds": 182560}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:06.738257+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (61, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 3264, "total_viewer_seconds": 9792}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.087614+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (64, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2318, "total_viewer_seconds": 2318}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.450025+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (65, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 4164, "total_viewer_seconds": 83280}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:07.814044+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (67, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:08.166514+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (69, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 10302, "total_viewer_seconds": 92718}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:08.506024+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (72, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 3936, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.017162+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (74, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1984, "total_viewer_seconds": 33728}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.349911+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (76, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:09.711858+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (77, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 10856, "total_viewer_seconds": 217120}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:10.032909+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (79, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 15162, "total_viewer_seconds": 181944}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:10.343378+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (81, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:10.678672+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (83, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 13896, "total_viewer_seconds": 180648}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.123389+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (85, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 26667, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.48879+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (87, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 1956, "total_viewer_seconds": 7824}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.825831+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (89, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 6270, "total_viewer_seconds": 100320}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.157058+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (91, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2444, "total_viewer_seconds": 29328}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.471907+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (93, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 4178, "total_viewer_seconds": 58492}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.806864+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (95, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 11844, "total_viewer_seconds": 165816}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:13.334759+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (97, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 25758, "total_viewer_seconds": 180306}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:13.71714+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (99, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 2338, "total_viewer_seconds": 2338}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.056668+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (101, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 23954, "total_viewer_seconds": 143724}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.391403+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (80, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:10.617555+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (82, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9192, "total_viewer_seconds": 128688}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:10.939352+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (84, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 1888, "total_viewer_seconds": 24544}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.270749+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (86, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 6000, "total_viewer_seconds": 6000}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.595692+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (88, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 14968, "total_viewer_seconds": 104776}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:11.930764+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (90, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 3355, "total_viewer_seconds": 60390}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.258068+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (92, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.569605+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (94, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 19754, "total_viewer_seconds": 197540}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:12.950946+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (96, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 9240, "total_viewer_seconds": 120120}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:13.441072+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (98, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 30888, "total_viewer_seconds": 277992}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:13.752488+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (100, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 11636, "total_viewer_seconds": 69816}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.067165+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (102, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 11035, "total_viewer_seconds": 66210}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.399142+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (103, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 12544, "total_viewer_seconds": 213248}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.9206+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (104, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:14.919173+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (105, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 1938, "total_viewer_seconds": 17442}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:15.426043+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (106, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5768, "total_viewer_seconds": 23072}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:15.44679+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (107, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 14958, "total_viewer_seconds": 239328}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:15.757809+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (108, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 10629, "total_viewer_seconds": 138177}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:15.845961+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (109, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 4800, "total_viewer_seconds": 9600}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:16.136345+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (110, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 3496, "total_viewer_seconds": 10488}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:16.200497+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (111, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 10017, "total_viewer_seconds": 120204}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:16.672816+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (112, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 4440, "total_viewer_seconds": 4440}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:16.672315+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (113, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 16177, "total_viewer_seconds": 16177}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:16.995214+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (114, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 601, "total_viewer_seconds": 1803}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:17.057376+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (115, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 2835, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:17.358355+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (116, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 10668, "total_viewer_seconds": 53340}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:17.377389+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (117, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 340, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:17.722869+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (120, '023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 10735, "total_viewer_seconds": 118085}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:18.06577+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (121, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 'UTC', '2024-01-01 00:00:00+00', '2024-01-02 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 3150, "total_viewer_seconds": 3150}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:18.454281+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (122, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 'UTC', '2024-01-02 00:00:00+00', '2024-01-03 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 8141, "total_viewer_seconds": 122115}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:18.842114+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (123, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 'UTC', '2024-01-03 00:00:00+00', '2024-01-04 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 3624, "total_viewer_seconds": 39864}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:19.311139+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (124, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 'UTC', '2024-01-04 00:00:00+00', '2024-01-05 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 24199, "total_viewer_seconds": 290388}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:19.656187+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (125, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 'UTC', '2024-01-05 00:00:00+00', '2024-01-06 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 1998, "total_viewer_seconds": 29970}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:20.005878+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (126, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 'UTC', '2024-01-06 00:00:00+00', '2024-01-07 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 32022, "total_viewer_seconds": 448308}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:20.326793+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (127, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 'UTC', '2024-01-07 00:00:00+00', '2024-01-08 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 17982, "total_viewer_seconds": 143856}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:20.643512+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (128, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 'UTC', '2024-01-08 00:00:00+00', '2024-01-09 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3864, "total_viewer_seconds": 69552}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:20.994681+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (129, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 'UTC', '2024-01-09 00:00:00+00', '2024-01-10 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 14515, "total_viewer_seconds": 275785}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:21.308261+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (130, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 'UTC', '2024-01-10 00:00:00+00', '2024-01-11 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 26109, "total_viewer_seconds": 496071}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:21.711118+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (131, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 'UTC', '2024-01-11 00:00:00+00', '2024-01-12 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:22.077929+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (132, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 'UTC', '2024-01-12 00:00:00+00', '2024-01-13 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 10488, "total_viewer_seconds": 104880}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:22.56637+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (133, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 'UTC', '2024-01-13 00:00:00+00', '2024-01-14 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 15252, "total_viewer_seconds": 61008}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:22.923395+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (134, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 'UTC', '2024-01-14 00:00:00+00', '2024-01-15 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 23229, "total_viewer_seconds": 464580}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:23.30621+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (135, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 'UTC', '2024-01-15 00:00:00+00', '2024-01-16 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 3155, "total_viewer_seconds": 9465}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:23.726171+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (136, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 'UTC', '2024-01-16 00:00:00+00', '2024-01-17 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 6582, "total_viewer_seconds": 32910}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:24.036684+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (137, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 'UTC', '2024-01-17 00:00:00+00', '2024-01-18 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 20700, "total_viewer_seconds": 393300}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:24.372897+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (138, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 'UTC', '2024-01-18 00:00:00+00', '2024-01-19 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 13704, "total_viewer_seconds": 109632}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:24.707796+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (139, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 'UTC', '2024-01-19 00:00:00+00', '2024-01-20 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 9882, "total_viewer_seconds": 88938}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:25.024653+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (140, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 'UTC', '2024-01-20 00:00:00+00', '2024-01-21 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 3759, "total_viewer_seconds": 41349}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:25.376559+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (141, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 'UTC', '2024-01-21 00:00:00+00', '2024-01-22 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 5055, "total_viewer_seconds": 65715}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:25.750462+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (142, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 'UTC', '2024-01-22 00:00:00+00', '2024-01-23 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 10800, "total_viewer_seconds": 54000}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:26.267388+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (143, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 'UTC', '2024-01-23 00:00:00+00', '2024-01-24 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:26.60262+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (144, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 'UTC', '2024-01-24 00:00:00+00', '2024-01-25 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3216, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:26.914364+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (118, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 1, 200, '{"data": {"count": 4, "total_ingest_seconds": 9624, "total_viewer_seconds": 182856}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:17.717458+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (119, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 23940, "total_viewer_seconds": 71820}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:18.041772+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (145, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 'UTC', '2024-01-25 00:00:00+00', '2024-01-26 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 21378, "total_viewer_seconds": 235158}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:27.270848+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (146, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 'UTC', '2024-01-26 00:00:00+00', '2024-01-27 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 11272, "total_viewer_seconds": 11272}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:27.604925+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (147, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 'UTC', '2024-01-27 00:00:00+00', '2024-01-28 00:00:00+00', 1, 200, '{"data": {"count": 9, "total_ingest_seconds": 2997, "total_viewer_seconds": 2997}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:27.95189+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (148, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 'UTC', '2024-01-28 00:00:00+00', '2024-01-29 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1516, "total_viewer_seconds": 22740}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:28.463794+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (149, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 'UTC', '2024-01-29 00:00:00+00', '2024-01-30 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 1909, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:28.910686+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (150, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 'UTC', '2024-01-30 00:00:00+00', '2024-01-31 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 16290, "total_viewer_seconds": 97740}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:29.226305+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (151, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 'UTC', '2024-01-31 00:00:00+00', '2024-02-01 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 8697, "total_viewer_seconds": 121758}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:29.551411+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (152, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-01', 'UTC', '2024-02-01 00:00:00+00', '2024-02-02 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 7260, "total_viewer_seconds": 65340}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:29.874708+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (153, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-02', 'UTC', '2024-02-02 00:00:00+00', '2024-02-03 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 5868, "total_viewer_seconds": 29340}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:30.201937+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (154, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-03', 'UTC', '2024-02-03 00:00:00+00', '2024-02-04 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:30.51643+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (155, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-04', 'UTC', '2024-02-04 00:00:00+00', '2024-02-05 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 7280, "total_viewer_seconds": 80080}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:30.834948+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (156, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-05', 'UTC', '2024-02-05 00:00:00+00', '2024-02-06 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:31.206605+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (157, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-06', 'UTC', '2024-02-06 00:00:00+00', '2024-02-07 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 7034, "total_viewer_seconds": 98476}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:31.519249+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (158, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-07', 'UTC', '2024-02-07 00:00:00+00', '2024-02-08 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 17085, "total_viewer_seconds": 290445}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:31.837973+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (159, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-08', 'UTC', '2024-02-08 00:00:00+00', '2024-02-09 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 4144, "total_viewer_seconds": 70448}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:32.177579+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (160, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-09', 'UTC', '2024-02-09 00:00:00+00', '2024-02-10 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 8360, "total_viewer_seconds": 16720}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:32.487414+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (161, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-10', 'UTC', '2024-02-10 00:00:00+00', '2024-02-11 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 5550, "total_viewer_seconds": 72150}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:32.85846+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (162, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-11', 'UTC', '2024-02-11 00:00:00+00', '2024-02-12 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 14190, "total_viewer_seconds": 241230}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:33.176691+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (163, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-12', 'UTC', '2024-02-12 00:00:00+00', '2024-02-13 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3232, "total_viewer_seconds": 45248}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:33.61616+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (164, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-13', 'UTC', '2024-02-13 00:00:00+00', '2024-02-14 00:00:00+00', 1, 200, '{"data": {"count": 1, "total_ingest_seconds": 3068, "total_viewer_seconds": 27612}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:33.95379+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (165, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-14', 'UTC', '2024-02-14 00:00:00+00', '2024-02-15 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 20293, "total_viewer_seconds": 121758}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:34.26542+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (166, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-15', 'UTC', '2024-02-15 00:00:00+00', '2024-02-16 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 7911, "total_viewer_seconds": 87021}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:34.652603+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (167, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-16', 'UTC', '2024-02-16 00:00:00+00', '2024-02-17 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 11200, "total_viewer_seconds": 44800}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:34.965107+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (168, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-17', 'UTC', '2024-02-17 00:00:00+00', '2024-02-18 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 9216, "total_viewer_seconds": 184320}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:35.317842+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (169, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-18', 'UTC', '2024-02-18 00:00:00+00', '2024-02-19 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 16212, "total_viewer_seconds": 32424}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:35.796477+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (170, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-19', 'UTC', '2024-02-19 00:00:00+00', '2024-02-20 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:36.201208+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (171, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-20', 'UTC', '2024-02-20 00:00:00+00', '2024-02-21 00:00:00+00', 1, 200, '{"data": {"count": 8, "total_ingest_seconds": 13432, "total_viewer_seconds": 241776}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:36.588383+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (172, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-21', 'UTC', '2024-02-21 00:00:00+00', '2024-02-22 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 938, "total_viewer_seconds": 6566}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:36.953233+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (173, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-22', 'UTC', '2024-02-22 00:00:00+00', '2024-02-23 00:00:00+00', 1, 200, '{"data": {"count": 3, "total_ingest_seconds": 10680, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:37.287761+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (174, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-23', 'UTC', '2024-02-23 00:00:00+00', '2024-02-24 00:00:00+00', 1, 200, '{"data": {"count": 5, "total_ingest_seconds": 4300, "total_viewer_seconds": 12900}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:37.754216+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (175, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-24', 'UTC', '2024-02-24 00:00:00+00', '2024-02-25 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:38.192619+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (176, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-25', 'UTC', '2024-02-25 00:00:00+00', '2024-02-26 00:00:00+00', 1, 200, '{"data": {"count": 7, "total_ingest_seconds": 18018, "total_viewer_seconds": 288288}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:38.503144+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (177, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-26', 'UTC', '2024-02-26 00:00:00+00', '2024-02-27 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 6280, "total_viewer_seconds": 87920}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:38.850346+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (178, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-27', 'UTC', '2024-02-27 00:00:00+00', '2024-02-28 00:00:00+00', 1, 200, '{"data": {"count": 0, "total_ingest_seconds": 0, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:39.191516+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (179, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-28', 'UTC', '2024-02-28 00:00:00+00', '2024-02-29 00:00:00+00', 1, 200, '{"data": {"count": 6, "total_ingest_seconds": 3282, "total_viewer_seconds": 42666}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:39.501298+00', 1);
INSERT INTO rtk.livestream_fetch OVERRIDING SYSTEM VALUE VALUES (180, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-29', 'UTC', '2024-02-29 00:00:00+00', '2024-03-01 00:00:00+00', 1, 200, '{"data": {"count": 2, "total_ingest_seconds": 3652, "total_viewer_seconds": 0}, "success": true}', NULL, true, true, NULL, '2026-12-06 05:43:39.838781+00', 1);

INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 1, 12.83, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 2, 41.72, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 2, 30.30, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 4, 77.44, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 3, 58.80, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 3, 34.80, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 1, 26.57, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 5, 55.25, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 5, 90.30, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 3, 54.03, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 1, 5.90, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 4, 94.56, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 4, 28.16, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 1, 26.78, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 5, 6.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 2, 26.62, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 5, 18.10, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 5, 92.50, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 1, 12.90, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 5, 115.45, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 2, 7.14, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 2, 53.28, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 3, 30.66, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 2, 11.44, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 3, 84.45, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 4, 18.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 5, 19.30, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 1, 0.98, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 2, 57.28, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 3, 50.07, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 2, 24.20, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 2, 39.28, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 1, 13.48, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 4, 101.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 3, 75.39, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 3, 27.75, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 3, 63.48, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 3, 20.82, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 1, 19.37, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 1, 16.72, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 5, 79.25, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 2, 42.34, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 5, 6.15, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 3, 23.97, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 2, 21.30, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 4, 62.20, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 5, 88.40, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.recording_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 5, 42.80, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);

INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 18, 915.66, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 3, 148.62, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 4, 64.64, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 6, 53.52, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 19, 733.78, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 9, 320.40, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 16, 201.60, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 8, 27.20, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 19, 936.51, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 3, 111.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 19, 137.94, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 16, 935.52, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 15, 615.90, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 15, 214.65, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 13, 25.74, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 7, 76.02, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 11, 245.52, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 3, 133.62, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 8, 203.20, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 14, 304.08, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 2, 70.02, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 19, 931.76, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 9, 173.07, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 15, 858.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 13, 337.35, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 8, 12.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 0, 0.00, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 4, 140.60, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 2, 87.02, true, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 20, 1216.60, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 15, 748.35, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 17, 395.93, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 6, 104.16, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 11, 281.49, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 0, 0.00, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 5, 30.15, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 2, 53.30, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 5, 267.50, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 7, 183.96, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 5, 46.80, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 20, 778.60, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 7, 318.85, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 4, 180.56, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 7, 144.41, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 19, 893.38, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 9, 152.28, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 9, 546.21, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 11, 21.89, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 13, 183.04, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 14, 732.48, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 5, 166.10, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 11, 277.20, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 9, 338.04, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 2, 26.90, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 3, 26.58, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 13, 511.16, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 5, 13.60, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 19, 276.83, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 7, 328.65, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);
INSERT INTO rtk.session_daily VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 7, 264.81, true, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 0, 1);

INSERT INTO rtk.usage_fetch OVERRIDING SYSTEM VALUE VALUES (1, '023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', '2024-01-31', 1, 200, '{"data": {"session_stats": {"day_stats": [{"day": "2024-01-01", "total_sessions": 0, "total_session_minutes": 0.00}, {"day": "2024-01-02", "total_sessions": 18, "total_session_minutes": 915.66}, {"day": "2024-01-03", "total_sessions": 3, "total_session_minutes": 148.62}, {"day": "2024-01-04", "total_sessions": 4, "total_session_minutes": 64.64}, {"day": "2024-01-05", "total_sessions": 6, "total_session_minutes": 53.52}, {"day": "2024-01-06", "total_sessions": 19, "total_session_minutes": 733.78}, {"day": "2024-01-07", "total_sessions": 9, "total_session_minutes": 320.40}, {"day": "2024-01-08", "total_sessions": 0, "total_session_minutes": 0.00}, {"day": "2024-01-09", "total_sessions": 16, "total_session_minutes": 201.60}, {"day": "2024-01-10", "total_sessions": 8, "total_session_minutes": 27.20}, {"day": "2024-01-11", "total_sessions": 19, "total_session_minutes": 936.51}, {"day": "2024-01-12", "total_sessions": 3, "total_session_minutes": 111.00}, {"day": "2024-01-13", "total_sessions": 19, "total_session_minutes": 137.94}, {"day": "2024-01-14", "total_sessions": 16, "total_session_minutes": 935.52}, {"day": "2024-01-15", "total_sessions": 15, "total_session_minutes": 615.90}, {"day": "2024-01-16", "total_sessions": 15, "total_session_minutes": 214.65}, {"day": "2024-01-17", "total_sessions": 13, "total_session_minutes": 25.74}, {"day": "2024-01-18", "total_sessions": 7, "total_session_minutes": 76.02}, {"day": "2024-01-19", "total_sessions": 11, "total_session_minutes": 245.52}, {"day": "2024-01-20", "total_sessions": 3, "total_session_minutes": 133.62}, {"day": "2024-01-21", "total_sessions": 8, "total_session_minutes": 203.20}, {"day": "2024-01-22", "total_sessions": 14, "total_session_minutes": 304.08}, {"day": "2024-01-23", "total_sessions": 2, "total_session_minutes": 70.02}, {"day": "2024-01-24", "total_sessions": 19, "total_session_minutes": 931.76}, {"day": "2024-01-25", "total_sessions": 9, "total_session_minutes": 173.07}, {"day": "2024-01-26", "total_sessions": 15, "total_session_minutes": 858.00}, {"day": "2024-01-27", "total_sessions": 13, "total_session_minutes": 337.35}, {"day": "2024-01-28", "total_sessions": 8, "total_session_minutes": 12.00}, {"day": "2024-01-29", "total_sessions": 0, "total_session_minutes": 0.00}, {"day": "2024-01-30", "total_sessions": 4, "total_session_minutes": 140.60}, {"day": "2024-01-31", "total_sessions": 2, "total_session_minutes": 87.02}], "sessions_count": 298, "sessions_minutes_consumed": 9014.94}, "recording_stats": {"day_stats": [{"day": "2024-01-01", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-02", "total_recordings": 1, "total_recording_minutes": 12.83}, {"day": "2024-01-03", "total_recordings": 2, "total_recording_minutes": 41.72}, {"day": "2024-01-04", "total_recordings": 2, "total_recording_minutes": 30.30}, {"day": "2024-01-05", "total_recordings": 4, "total_recording_minutes": 77.44}, {"day": "2024-01-06", "total_recordings": 3, "total_recording_minutes": 58.80}, {"day": "2024-01-07", "total_recordings": 3, "total_recording_minutes": 34.80}, {"day": "2024-01-08", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-09", "total_recordings": 1, "total_recording_minutes": 26.57}, {"day": "2024-01-10", "total_recordings": 5, "total_recording_minutes": 55.25}, {"day": "2024-01-11", "total_recordings": 5, "total_recording_minutes": 90.30}, {"day": "2024-01-12", "total_recordings": 3, "total_recording_minutes": 54.03}, {"day": "2024-01-13", "total_recordings": 1, "total_recording_minutes": 5.90}, {"day": "2024-01-14", "total_recordings": 4, "total_recording_minutes": 94.56}, {"day": "2024-01-15", "total_recordings": 4, "total_recording_minutes": 28.16}, {"day": "2024-01-16", "total_recordings": 1, "total_recording_minutes": 26.78}, {"day": "2024-01-17", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-18", "total_recordings": 5, "total_recording_minutes": 6.00}, {"day": "2024-01-19", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-20", "total_recordings": 2, "total_recording_minutes": 26.62}, {"day": "2024-01-21", "total_recordings": 5, "total_recording_minutes": 18.10}, {"day": "2024-01-22", "total_recordings": 5, "total_recording_minutes": 92.50}, {"day": "2024-01-23", "total_recordings": 1, "total_recording_minutes": 12.90}, {"day": "2024-01-24", "total_recordings": 5, "total_recording_minutes": 115.45}, {"day": "2024-01-25", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-26", "total_recordings": 2, "total_recording_minutes": 7.14}, {"day": "2024-01-27", "total_recordings": 2, "total_recording_minutes": 53.28}, {"day": "2024-01-28", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-29", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-30", "total_recordings": 3, "total_recording_minutes": 30.66}, {"day": "2024-01-31", "total_recordings": 2, "total_recording_minutes": 11.44}], "recording_count": 71, "recording_minutes_consumed": 1011.53}}, "success": true}', NULL, true, NULL, '2026-12-02', '2026-12-06 05:43:40.588273+00', 1);
INSERT INTO rtk.usage_fetch OVERRIDING SYSTEM VALUE VALUES (2, '023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', '2024-01-31', 1, 200, '{"data": {"session_stats": {"day_stats": [{"day": "2024-01-01", "total_sessions": 20, "total_session_minutes": 1216.60}, {"day": "2024-01-02", "total_sessions": 15, "total_session_minutes": 748.35}, {"day": "2024-01-03", "total_sessions": 17, "total_session_minutes": 395.93}, {"day": "2024-01-04", "total_sessions": 6, "total_session_minutes": 104.16}, {"day": "2024-01-05", "total_sessions": 11, "total_session_minutes": 281.49}, {"day": "2024-01-06", "total_sessions": 0, "total_session_minutes": 0.00}, {"day": "2024-01-07", "total_sessions": 5, "total_session_minutes": 30.15}, {"day": "2024-01-08", "total_sessions": 2, "total_session_minutes": 53.30}, {"day": "2024-01-09", "total_sessions": 5, "total_session_minutes": 267.50}, {"day": "2024-01-10", "total_sessions": 7, "total_session_minutes": 183.96}, {"day": "2024-01-11", "total_sessions": 5, "total_session_minutes": 46.80}, {"day": "2024-01-12", "total_sessions": 20, "total_session_minutes": 778.60}, {"day": "2024-01-13", "total_sessions": 7, "total_session_minutes": 318.85}, {"day": "2024-01-14", "total_sessions": 4, "total_session_minutes": 180.56}, {"day": "2024-01-15", "total_sessions": 7, "total_session_minutes": 144.41}, {"day": "2024-01-16", "total_sessions": 19, "total_session_minutes": 893.38}, {"day": "2024-01-17", "total_sessions": 9, "total_session_minutes": 152.28}, {"day": "2024-01-18", "total_sessions": 9, "total_session_minutes": 546.21}, {"day": "2024-01-19", "total_sessions": 11, "total_session_minutes": 21.89}, {"day": "2024-01-20", "total_sessions": 13, "total_session_minutes": 183.04}, {"day": "2024-01-21", "total_sessions": 14, "total_session_minutes": 732.48}, {"day": "2024-01-22", "total_sessions": 5, "total_session_minutes": 166.10}, {"day": "2024-01-23", "total_sessions": 11, "total_session_minutes": 277.20}, {"day": "2024-01-24", "total_sessions": 9, "total_session_minutes": 338.04}, {"day": "2024-01-25", "total_sessions": 2, "total_session_minutes": 26.90}, {"day": "2024-01-26", "total_sessions": 3, "total_session_minutes": 26.58}, {"day": "2024-01-27", "total_sessions": 13, "total_session_minutes": 511.16}, {"day": "2024-01-28", "total_sessions": 5, "total_session_minutes": 13.60}, {"day": "2024-01-29", "total_sessions": 19, "total_session_minutes": 276.83}, {"day": "2024-01-30", "total_sessions": 7, "total_session_minutes": 328.65}, {"day": "2024-01-31", "total_sessions": 7, "total_session_minutes": 264.81}], "sessions_count": 287, "sessions_minutes_consumed": 9509.81}, "recording_stats": {"day_stats": [{"day": "2024-01-01", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-02", "total_recordings": 3, "total_recording_minutes": 84.45}, {"day": "2024-01-03", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-04", "total_recordings": 4, "total_recording_minutes": 18.00}, {"day": "2024-01-05", "total_recordings": 5, "total_recording_minutes": 19.30}, {"day": "2024-01-06", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-07", "total_recordings": 1, "total_recording_minutes": 0.98}, {"day": "2024-01-08", "total_recordings": 2, "total_recording_minutes": 57.28}, {"day": "2024-01-09", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-10", "total_recordings": 3, "total_recording_minutes": 50.07}, {"day": "2024-01-11", "total_recordings": 2, "total_recording_minutes": 24.20}, {"day": "2024-01-12", "total_recordings": 2, "total_recording_minutes": 39.28}, {"day": "2024-01-13", "total_recordings": 1, "total_recording_minutes": 13.48}, {"day": "2024-01-14", "total_recordings": 4, "total_recording_minutes": 101.00}, {"day": "2024-01-15", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-16", "total_recordings": 3, "total_recording_minutes": 75.39}, {"day": "2024-01-17", "total_recordings": 3, "total_recording_minutes": 27.75}, {"day": "2024-01-18", "total_recordings": 3, "total_recording_minutes": 63.48}, {"day": "2024-01-19", "total_recordings": 3, "total_recording_minutes": 20.82}, {"day": "2024-01-20", "total_recordings": 1, "total_recording_minutes": 19.37}, {"day": "2024-01-21", "total_recordings": 1, "total_recording_minutes": 16.72}, {"day": "2024-01-22", "total_recordings": 5, "total_recording_minutes": 79.25}, {"day": "2024-01-23", "total_recordings": 2, "total_recording_minutes": 42.34}, {"day": "2024-01-24", "total_recordings": 5, "total_recording_minutes": 6.15}, {"day": "2024-01-25", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-26", "total_recordings": 3, "total_recording_minutes": 23.97}, {"day": "2024-01-27", "total_recordings": 0, "total_recording_minutes": 0.00}, {"day": "2024-01-28", "total_recordings": 2, "total_recording_minutes": 21.30}, {"day": "2024-01-29", "total_recordings": 4, "total_recording_minutes": 62.20}, {"day": "2024-01-30", "total_recordings": 5, "total_recording_minutes": 88.40}, {"day": "2024-01-31", "total_recordings": 5, "total_recording_minutes": 42.80}], "recording_count": 72, "recording_minutes_consumed": 997.98}}, "success": true}', NULL, true, NULL, '2026-12-02', '2026-12-06 05:43:40.562236+00', 1);

INSERT INTO rtk.warehouse VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'UTC', 3, '2026-12-06 05:42:53.128294+00', '2026-12-06 05:42:53.128294+00');

INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 05:42:55.168242+00', '2026-12-06 05:42:55.168242+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 05:42:55.144404+00', '2026-12-06 05:42:55.144404+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 05:42:55.550541+00', '2026-12-06 05:42:55.550541+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 05:42:55.961396+00', '2026-12-06 05:42:55.961396+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 05:42:56.515866+00', '2026-12-06 05:42:56.515866+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 05:42:56.584978+00', '2026-12-06 05:42:56.584978+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 05:42:56.911224+00', '2026-12-06 05:42:56.911224+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 05:42:56.915561+00', '2026-12-06 05:42:56.915561+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 05:42:57.31003+00', '2026-12-06 05:42:57.31003+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 05:42:57.311553+00', '2026-12-06 05:42:57.311553+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 05:42:57.658635+00', '2026-12-06 05:42:57.658635+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 05:42:57.729921+00', '2026-12-06 05:42:57.729921+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.033843+00', '2026-12-06 05:42:58.033843+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.079066+00', '2026-12-06 05:42:58.079066+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.347798+00', '2026-12-06 05:42:58.347798+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.42819+00', '2026-12-06 05:42:58.42819+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.677043+00', '2026-12-06 05:42:58.677043+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 05:42:58.792844+00', '2026-12-06 05:42:58.792844+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.029864+00', '2026-12-06 05:42:59.029864+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.168379+00', '2026-12-06 05:42:59.168379+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.355778+00', '2026-12-06 05:42:59.355778+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.547433+00', '2026-12-06 05:42:59.547433+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.684192+00', '2026-12-06 05:42:59.684192+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 05:42:59.984623+00', '2026-12-06 05:42:59.984623+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:00.04382+00', '2026-12-06 05:43:00.04382+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:00.314665+00', '2026-12-06 05:43:00.314665+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:00.374119+00', '2026-12-06 05:43:00.374119+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:00.671835+00', '2026-12-06 05:43:00.671835+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:00.720056+00', '2026-12-06 05:43:00.720056+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:01.019449+00', '2026-12-06 05:43:01.019449+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:01.191565+00', '2026-12-06 05:43:01.191565+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:01.337006+00', '2026-12-06 05:43:01.337006+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:01.51478+00', '2026-12-06 05:43:01.51478+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:01.667181+00', '2026-12-06 05:43:01.667181+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:02.007345+00', '2026-12-06 05:43:02.007345+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:02.270887+00', '2026-12-06 05:43:02.270887+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:02.382287+00', '2026-12-06 05:43:02.382287+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:02.688746+00', '2026-12-06 05:43:02.688746+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:02.948997+00', '2026-12-06 05:43:02.948997+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:03.011176+00', '2026-12-06 05:43:03.011176+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:03.312594+00', '2026-12-06 05:43:03.312594+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:03.649209+00', '2026-12-06 05:43:03.649209+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.168401+00', '2026-12-06 05:43:04.168401+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.169029+00', '2026-12-06 05:43:04.169029+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.484035+00', '2026-12-06 05:43:04.484035+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.504308+00', '2026-12-06 05:43:04.504308+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.822682+00', '2026-12-06 05:43:04.822682+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.146593+00', '2026-12-06 05:43:05.146593+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.467633+00', '2026-12-06 05:43:05.467633+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.793457+00', '2026-12-06 05:43:05.793457+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.108202+00', '2026-12-06 05:43:06.108202+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.423651+00', '2026-12-06 05:43:06.423651+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.737395+00', '2026-12-06 05:43:06.737395+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.088202+00', '2026-12-06 05:43:07.088202+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.458583+00', '2026-12-06 05:43:07.458583+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.828365+00', '2026-12-06 05:43:07.828365+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:08.203926+00', '2026-12-06 05:43:08.203926+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:08.545775+00', '2026-12-06 05:43:08.545775+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:08.855741+00', '2026-12-06 05:43:08.855741+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.169515+00', '2026-12-06 05:43:09.169515+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.528303+00', '2026-12-06 05:43:09.528303+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.978022+00', '2026-12-06 05:43:09.978022+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:10.617555+00', '2026-12-06 05:43:10.617555+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:10.939352+00', '2026-12-06 05:43:10.939352+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.270749+00', '2026-12-06 05:43:11.270749+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.595692+00', '2026-12-06 05:43:11.595692+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.930764+00', '2026-12-06 05:43:11.930764+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.258068+00', '2026-12-06 05:43:12.258068+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.569605+00', '2026-12-06 05:43:12.569605+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.950946+00', '2026-12-06 05:43:12.950946+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:13.441072+00', '2026-12-06 05:43:13.441072+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:13.752488+00', '2026-12-06 05:43:13.752488+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.067165+00', '2026-12-06 05:43:14.067165+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.399142+00', '2026-12-06 05:43:14.399142+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:04.8138+00', '2026-12-06 05:43:04.8138+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.126976+00', '2026-12-06 05:43:05.126976+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.449645+00', '2026-12-06 05:43:05.449645+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:05.762468+00', '2026-12-06 05:43:05.762468+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.078129+00', '2026-12-06 05:43:06.078129+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.397044+00', '2026-12-06 05:43:06.397044+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 05:43:06.738257+00', '2026-12-06 05:43:06.738257+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.087614+00', '2026-12-06 05:43:07.087614+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.450025+00', '2026-12-06 05:43:07.450025+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:07.814044+00', '2026-12-06 05:43:07.814044+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:08.166514+00', '2026-12-06 05:43:08.166514+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:08.506024+00', '2026-12-06 05:43:08.506024+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.017162+00', '2026-12-06 05:43:09.017162+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.349911+00', '2026-12-06 05:43:09.349911+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:09.711858+00', '2026-12-06 05:43:09.711858+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:10.032909+00', '2026-12-06 05:43:10.032909+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:10.343378+00', '2026-12-06 05:43:10.343378+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:10.678672+00', '2026-12-06 05:43:10.678672+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.123389+00', '2026-12-06 05:43:11.123389+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.48879+00', '2026-12-06 05:43:11.48879+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:11.825831+00', '2026-12-06 05:43:11.825831+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.157058+00', '2026-12-06 05:43:12.157058+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.471907+00', '2026-12-06 05:43:12.471907+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:12.806864+00', '2026-12-06 05:43:12.806864+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:13.334759+00', '2026-12-06 05:43:13.334759+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:13.71714+00', '2026-12-06 05:43:13.71714+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.056668+00', '2026-12-06 05:43:14.056668+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.391403+00', '2026-12-06 05:43:14.391403+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.9206+00', '2026-12-06 05:43:14.9206+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:14.919173+00', '2026-12-06 05:43:14.919173+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:15.426043+00', '2026-12-06 05:43:15.426043+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:15.44679+00', '2026-12-06 05:43:15.44679+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:15.757809+00', '2026-12-06 05:43:15.757809+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:15.845961+00', '2026-12-06 05:43:15.845961+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:16.136345+00', '2026-12-06 05:43:16.136345+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:16.200497+00', '2026-12-06 05:43:16.200497+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:16.672816+00', '2026-12-06 05:43:16.672816+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:16.672315+00', '2026-12-06 05:43:16.672315+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:16.995214+00', '2026-12-06 05:43:16.995214+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:17.057376+00', '2026-12-06 05:43:17.057376+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:17.358355+00', '2026-12-06 05:43:17.358355+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:17.377389+00', '2026-12-06 05:43:17.377389+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:17.722869+00', '2026-12-06 05:43:17.722869+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:17.717458+00', '2026-12-06 05:43:17.717458+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-02-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:18.041772+00', '2026-12-06 05:43:18.041772+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '8d1ca363-2ec4-339e-a34e-b4ea0a086435', '2024-02-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:18.06577+00', '2026-12-06 05:43:18.06577+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:18.454281+00', '2026-12-06 05:43:18.454281+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:18.842114+00', '2026-12-06 05:43:18.842114+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:19.311139+00', '2026-12-06 05:43:19.311139+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:19.656187+00', '2026-12-06 05:43:19.656187+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:20.005878+00', '2026-12-06 05:43:20.005878+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:20.326793+00', '2026-12-06 05:43:20.326793+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:20.643512+00', '2026-12-06 05:43:20.643512+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:20.994681+00', '2026-12-06 05:43:20.994681+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:21.308261+00', '2026-12-06 05:43:21.308261+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:21.711118+00', '2026-12-06 05:43:21.711118+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:22.077929+00', '2026-12-06 05:43:22.077929+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:22.56637+00', '2026-12-06 05:43:22.56637+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:22.923395+00', '2026-12-06 05:43:22.923395+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:23.30621+00', '2026-12-06 05:43:23.30621+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:23.726171+00', '2026-12-06 05:43:23.726171+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:24.036684+00', '2026-12-06 05:43:24.036684+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:24.372897+00', '2026-12-06 05:43:24.372897+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:24.707796+00', '2026-12-06 05:43:24.707796+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:25.024653+00', '2026-12-06 05:43:25.024653+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:25.376559+00', '2026-12-06 05:43:25.376559+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:25.750462+00', '2026-12-06 05:43:25.750462+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:26.267388+00', '2026-12-06 05:43:26.267388+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:26.60262+00', '2026-12-06 05:43:26.60262+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:26.914364+00', '2026-12-06 05:43:26.914364+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:27.270848+00', '2026-12-06 05:43:27.270848+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:27.604925+00', '2026-12-06 05:43:27.604925+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:27.95189+00', '2026-12-06 05:43:27.95189+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:28.463794+00', '2026-12-06 05:43:28.463794+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:28.910686+00', '2026-12-06 05:43:28.910686+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 05:43:29.226305+00', '2026-12-06 05:43:29.226305+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 05:43:29.551411+00', '2026-12-06 05:43:29.551411+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:29.874708+00', '2026-12-06 05:43:29.874708+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:30.201937+00', '2026-12-06 05:43:30.201937+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:30.51643+00', '2026-12-06 05:43:30.51643+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:30.834948+00', '2026-12-06 05:43:30.834948+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:31.206605+00', '2026-12-06 05:43:31.206605+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:31.519249+00', '2026-12-06 05:43:31.519249+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:31.837973+00', '2026-12-06 05:43:31.837973+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:32.177579+00', '2026-12-06 05:43:32.177579+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:32.487414+00', '2026-12-06 05:43:32.487414+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:32.85846+00', '2026-12-06 05:43:32.85846+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:33.176691+00', '2026-12-06 05:43:33.176691+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:33.61616+00', '2026-12-06 05:43:33.61616+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:33.95379+00', '2026-12-06 05:43:33.95379+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:34.26542+00', '2026-12-06 05:43:34.26542+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:34.652603+00', '2026-12-06 05:43:34.652603+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:34.965107+00', '2026-12-06 05:43:34.965107+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:35.317842+00', '2026-12-06 05:43:35.317842+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:35.796477+00', '2026-12-06 05:43:35.796477+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:36.201208+00', '2026-12-06 05:43:36.201208+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:36.588383+00', '2026-12-06 05:43:36.588383+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:36.953233+00', '2026-12-06 05:43:36.953233+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:37.287761+00', '2026-12-06 05:43:37.287761+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:37.754216+00', '2026-12-06 05:43:37.754216+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:38.192619+00', '2026-12-06 05:43:38.192619+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:38.503144+00', '2026-12-06 05:43:38.503144+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:38.850346+00', '2026-12-06 05:43:38.850346+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:39.191516+00', '2026-12-06 05:43:39.191516+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:39.501298+00', '2026-12-06 05:43:39.501298+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-02-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:39.838781+00', '2026-12-06 05:43:39.838781+00', 1, 1, 'livestreams');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', '5d24f638-6526-3abd-be56-d1e2b430162a', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.588273+00', '2026-12-06 05:43:40.588273+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-01', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-02', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-03', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-04', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-05', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-06', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-07', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-08', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-09', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-10', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-11', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-12', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-13', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-14', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-15', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-16', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-17', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-18', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-19', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-20', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-21', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-22', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-23', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-24', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-25', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-26', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-27', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-28', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-29', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-30', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');
INSERT INTO rtk.window_ledger VALUES ('023e105f4ecef8ad9ca31a8372d0c353', 'ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', '2024-01-31', 'loaded', 1, 200, NULL, '2026-12-06 05:43:40.562236+00', '2026-12-06 05:43:40.562236+00', 1, 1, 'usage');

INSERT INTO rtk_batch.batch_job_execution VALUES (1, 1, 1, '2026-12-06 05:42:52.641423', '2026-12-06 05:42:52.743786', NULL, 'STARTED', 'UNKNOWN', '', '2026-12-06 05:42:52.744041');

INSERT INTO rtk_batch.batch_job_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAANYmF0Y2gudmVyc2lvbnQABTYuMC40eA==', NULL);

INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'selection', 'java.lang.String', 'OPEN_AND_MISSING', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'zone', 'java.lang.String', 'UTC', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'appList', 'java.lang.String', '5d24f638-6526-3abd-be56-d1e2b430162a,8d1ca363-2ec4-339e-a34e-b4ea0a086435,ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 'N');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'from', 'java.time.LocalDate', '2024-01-01', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'to', 'java.time.LocalDate', '2024-02-29', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'datasets', 'java.lang.String', 'livestreams,usage', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'finalBefore', 'java.time.LocalDate', '2026-12-02', 'N');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'account', 'java.lang.String', '023e105f4ecef8ad9ca31a8372d0c353', 'Y');
INSERT INTO rtk_batch.batch_job_execution_params VALUES (1, 'apps', 'java.lang.String', '*', 'Y');

INSERT INTO rtk_batch.batch_job_instance VALUES (1, 0, 'backfill', '706e236ad98a221f8107fdd881bc533e');

INSERT INTO rtk_batch.batch_step_execution VALUES (2, 3, 'loadWindows', 1, '2026-12-06 05:42:53.376544', '2026-12-06 05:42:53.377993', '2026-12-06 05:43:39.949044', 'COMPLETED', 180, 180, 0, 180, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 05:43:39.986304');
INSERT INTO rtk_batch.batch_step_execution VALUES (1, 4, 'prepareRun', 1, '2026-12-06 05:42:52.911619', '2026-12-06 05:42:52.974291', '2026-12-06 05:42:53.280875', 'COMPLETED', 1, 0, 0, 0, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 05:42:53.355025');
INSERT INTO rtk_batch.batch_step_execution VALUES (6, 1, 'loadUsageWindows', 1, '2026-12-06 05:43:40.073081', '2026-12-06 05:43:40.074585', NULL, 'STARTED', 0, 0, 0, 0, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 05:43:40.074985');
INSERT INTO rtk_batch.batch_step_execution VALUES (8, 0, 'loadAppUsageWindows:usage-app-8d1ca363-2ec4-339e-a34e-b4ea0a086435', 1, '2026-12-06 05:43:40.113215', NULL, NULL, 'STARTING', 0, 0, 0, 0, 0, 0, 0, 0, 'EXECUTING', '', NULL);
INSERT INTO rtk_batch.batch_step_execution VALUES (7, 2, 'loadAppUsageWindows:usage-app-5d24f638-6526-3abd-be56-d1e2b430162a', 1, '2026-12-06 05:43:40.0835', '2026-12-06 05:43:40.160856', NULL, 'STARTED', 1, 1, 0, 1, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 05:43:40.677885');
INSERT INTO rtk_batch.batch_step_execution VALUES (9, 2, 'loadAppUsageWindows:usage-app-ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 1, '2026-12-06 05:43:40.128973', '2026-12-06 05:43:40.160099', NULL, 'STARTED', 1, 1, 0, 1, 0, 0, 0, 0, 'EXECUTING', '', '2026-12-06 05:43:40.689793');
INSERT INTO rtk_batch.batch_step_execution VALUES (4, 64, 'loadAppWindows:app-8d1ca363-2ec4-339e-a34e-b4ea0a086435', 1, '2026-12-06 05:42:54.039391', '2026-12-06 05:42:54.205383', '2026-12-06 05:43:18.092263', 'COMPLETED', 60, 60, 0, 60, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 05:43:18.119115');
INSERT INTO rtk_batch.batch_step_execution VALUES (3, 64, 'loadAppWindows:app-5d24f638-6526-3abd-be56-d1e2b430162a', 1, '2026-12-06 05:42:53.996249', '2026-12-06 05:42:54.20196', '2026-12-06 05:43:18.091918', 'COMPLETED', 60, 60, 0, 60, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 05:43:18.119408');
INSERT INTO rtk_batch.batch_step_execution VALUES (5, 64, 'loadAppWindows:app-ace82018-0cdb-3a3f-ac99-ac4d2cc0d36b', 1, '2026-12-06 05:42:54.189892', '2026-12-06 05:43:18.137062', '2026-12-06 05:43:39.870703', 'COMPLETED', 60, 60, 0, 60, 0, 0, 0, 0, 'COMPLETED', '', '2026-12-06 05:43:39.891552');

INSERT INTO rtk_batch.batch_step_execution_context VALUES (8, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABdAAFYXBwSWR0ACQ4ZDFjYTM2My0yZWM0LTMzOWUtYTM0ZS1iNGVhMGEwODY0MzV4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (1, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAARYmF0Y2gudGFza2xldFR5cGV0ADtpby5ydGt3YXJlaG91c2Uuam9iLlJ1blN0ZXBzJCRMYW1iZGEkOTczLzB4MDAwMDdmYTI0NDViMTliOHQADWJhdGNoLnZlcnNpb250AAU2LjAuNHQADmJhdGNoLnN0ZXBUeXBldAA3b3JnLnNwcmluZ2ZyYW1ld29yay5iYXRjaC5jb3JlLnN0ZXAudGFza2xldC5UYXNrbGV0U3RlcHg=', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (7, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACQ1ZDI0ZjYzOC02NTI2LTNhYmQtYmU1Ni1kMWUyYjQzMDE2MmF0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (9, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACRhY2U4MjAxOC0wY2RiLTNhM2YtYWM5OS1hYzRkMmNjMGQzNmJ0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (5, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACRhY2U4MjAxOC0wY2RiLTNhM2YtYWM5OS1hYzRkMmNjMGQzNmJ0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (4, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACQ4ZDFjYTM2My0yZWM0LTMzOWUtYTM0ZS1iNGVhMGEwODY0MzV0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (3, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAFYXBwSWR0ACQ1ZDI0ZjYzOC02NTI2LTNhYmQtYmU1Ni1kMWUyYjQzMDE2MmF0AA1iYXRjaC52ZXJzaW9udAAFNi4wLjR0AA5iYXRjaC5zdGVwVHlwZXQAOm9yZy5zcHJpbmdmcmFtZXdvcmsuYmF0Y2guY29yZS5zdGVwLml0ZW0uQ2h1bmtPcmllbnRlZFN0ZXB4', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (2, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAlU2ltcGxlU3RlcEV4ZWN1dGlvblNwbGl0dGVyLkdSSURfU0laRXNyAA5qYXZhLmxhbmcuTG9uZzuL5JDMjyPfAgABSgAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAAAAAABnQADWJhdGNoLnZlcnNpb250AAU2LjAuNHQADmJhdGNoLnN0ZXBUeXBldAA2b3JnLnNwcmluZ2ZyYW1ld29yay5iYXRjaC5jb3JlLnBhcnRpdGlvbi5QYXJ0aXRpb25TdGVweA==', NULL);
INSERT INTO rtk_batch.batch_step_execution_context VALUES (6, 'rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAADdAAlU2ltcGxlU3RlcEV4ZWN1dGlvblNwbGl0dGVyLkdSSURfU0laRXNyAA5qYXZhLmxhbmcuTG9uZzuL5JDMjyPfAgABSgAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAAAAAABnQADWJhdGNoLnZlcnNpb250AAU2LjAuNHQADmJhdGNoLnN0ZXBUeXBldAA2b3JnLnNwcmluZ2ZyYW1ld29yay5iYXRjaC5jb3JlLnBhcnRpdGlvbi5QYXJ0aXRpb25TdGVweA==', NULL);

INSERT INTO rtk_batch.flyway_schema_history VALUES (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"rtk_batch","rtk"', NULL, 'postgres', '2026-12-06 05:42:46.947383', 0, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (1, '1', 'batch metadata', 'SQL', 'V1__batch_metadata.sql', 174266879, 'postgres', '2026-12-06 05:42:47.119809', 110, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (2, '2', 'livestream daily', 'SQL', 'V2__livestream_daily.sql', -1791886181, 'postgres', '2026-12-06 05:42:47.323966', 77, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (3, '3', 'analyst warehouse', 'SQL', 'V3__analyst_warehouse.sql', 1194058628, 'postgres', '2026-12-06 05:42:47.444538', 433, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (4, '4', 'run summaries', 'SQL', 'V4__run_summaries.sql', 65152287, 'postgres', '2026-12-06 05:42:48.158534', 6, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (5, '5', 'ledger job instance', 'SQL', 'V5__ledger_job_instance.sql', -1881389153, 'postgres', '2026-12-06 05:42:48.184944', 14, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (6, '6', 'failed starts', 'SQL', 'V6__failed_starts.sql', -363319972, 'postgres', '2026-12-06 05:42:48.226658', 35, true);
INSERT INTO rtk_batch.flyway_schema_history VALUES (7, '7', 'usage and daywise', 'SQL', 'V7__usage_and_daywise.sql', 149305471, 'postgres', '2026-12-06 05:42:48.283889', 739, true);

SELECT pg_catalog.setval('rtk.failed_start_failed_start_id_seq', 1, false);

SELECT pg_catalog.setval('rtk.livestream_fetch_fetch_id_seq', 180, true);

SELECT pg_catalog.setval('rtk.usage_fetch_fetch_id_seq', 2, true);

SELECT pg_catalog.setval('rtk_batch.batch_job_execution_seq', 1, true);

SELECT pg_catalog.setval('rtk_batch.batch_job_instance_seq', 1, true);

SELECT pg_catalog.setval('rtk_batch.batch_step_execution_seq', 9, true);

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

