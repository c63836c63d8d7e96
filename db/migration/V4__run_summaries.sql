-- The run summary counts the rows each job execution wrote (new, changed, unchanged).
CREATE INDEX livestream_daily_job_execution_ix ON rtk.livestream_daily (job_execution_id);
