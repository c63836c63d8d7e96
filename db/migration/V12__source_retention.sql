-- A day past the source's retention (rtk.source-retention) that answers zeros keeps the
-- numbers already stored; the ledger says so, for status and the report.
ALTER TABLE rtk.window_ledger ADD COLUMN kept_reason text;

COMMENT ON COLUMN rtk.window_ledger.kept_reason IS 'Why the last answer, though loaded, did not replace the stored numbers: zeros for a day past the source''s retention (rtk.source-retention) never overwrite numbers already stored. NULL when the last answer was written. The answer itself is kept in the raw history.';
