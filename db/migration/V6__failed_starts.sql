-- Runs that ended before their job started (the API unreachable, the token refused, the apps
-- listing failed, the lock held by another run): the Spring Batch metadata has no trace of them.
CREATE TABLE rtk.failed_start (
    failed_start_id  bigserial   PRIMARY KEY,
    account_id       text        NOT NULL,
    kind             text        NOT NULL,
    range_from       date        NOT NULL,
    range_to         date        NOT NULL,
    started_at       timestamptz NOT NULL,
    ended_at         timestamptz NOT NULL,
    outcome          text        NOT NULL,
    reason           text        NOT NULL,
    CONSTRAINT failed_start_outcome_ck CHECK (outcome IN ('failed', 'locked'))
);

CREATE INDEX failed_start_account_ix ON rtk.failed_start (account_id, started_at DESC);

COMMENT ON TABLE rtk.failed_start IS 'Runs that ended before their Spring Batch job started: nothing was loaded; status shows them beside the job executions.';
COMMENT ON COLUMN rtk.failed_start.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.failed_start.kind IS 'backfill or nightly.';
COMMENT ON COLUMN rtk.failed_start.range_from IS 'First day the run was to load.';
COMMENT ON COLUMN rtk.failed_start.range_to IS 'Last day the run was to load, inclusive.';
COMMENT ON COLUMN rtk.failed_start.started_at IS 'When the run started.';
COMMENT ON COLUMN rtk.failed_start.ended_at IS 'When it gave up.';
COMMENT ON COLUMN rtk.failed_start.outcome IS 'failed (exit 1) or locked (another run held the account''s lock, exit 3).';
COMMENT ON COLUMN rtk.failed_start.reason IS 'Why, as the run printed it.';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rtk_reader') THEN
        GRANT SELECT ON rtk.failed_start TO rtk_reader;
    END IF;
END
$$;
