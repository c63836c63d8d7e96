-- The ledger records the job instance that last fetched a window, so that a restart can skip
-- what its instance already loaded without reading the Spring Batch metadata.
ALTER TABLE rtk.window_ledger ADD COLUMN job_instance_id bigint;

UPDATE rtk.window_ledger l
SET job_instance_id = e.job_instance_id
FROM rtk_batch.batch_job_execution e
WHERE e.job_execution_id = l.job_execution_id;

CREATE INDEX window_ledger_job_instance_ix ON rtk.window_ledger (job_instance_id, account_id, app_id)
    WHERE status = 'loaded';

COMMENT ON COLUMN rtk.window_ledger.job_instance_id IS 'Spring Batch job instance (one backfill command, or one nightly run) that last fetched this window; a restart of that instance skips the windows it loaded.';
