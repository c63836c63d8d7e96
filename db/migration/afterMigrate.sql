-- Runs after every migration (a Flyway callback, not a versioned migration): the read-only
-- role gets what it may read whenever the schema changed, so a role created, or granted, after
-- the first migration sees every relation of this list. A relation added for readers is added
-- here; the raw answers (*_fetch) and everything in rtk_batch stay out.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        CREATE ROLE rtk_reader NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'rtk_reader was not created: the migrating user may not create roles. Create it as an admin (CREATE ROLE rtk_reader NOLOGIN); the next migration grants it what it may read.';
END
$$;

DO $$
DECLARE
    relation text;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        RETURN;
    END IF;
    GRANT USAGE ON SCHEMA rtk TO rtk_reader;
    FOREACH relation IN ARRAY ARRAY[
        'livestream_daily', 'session_daily', 'recording_daily', 'livestream_daywise',
        'app', 'warehouse', 'window_ledger', 'failed_start', 'span_check',
        'day_state', 'coverage', 'completeness', 'run_history',
        'livestream_daily_v', 'livestream_weekly', 'livestream_monthly', 'session_monthly', 'recording_monthly',
        'final_changes', 'livestream_mismatch']
    LOOP
        IF to_regclass('rtk.' || quote_ident(relation)) IS NOT NULL THEN
            EXECUTE format('GRANT SELECT ON rtk.%I TO rtk_reader', relation);
        END IF;
    END LOOP;
END
$$;
