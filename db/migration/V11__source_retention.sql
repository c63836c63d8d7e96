-- Days past the source's retention (rtk.source-retention) that answered zeros: the ledger
-- says so, for status and the report.
ALTER TABLE rtk.window_ledger ADD COLUMN retention_note text;

COMMENT ON COLUMN rtk.window_ledger.retention_note IS 'Set when the last answer was zeros for a day past the source''s retention (rtk.source-retention). ''protected: ...'': numbers stored before were kept, the zeros were not written (the answer is in the raw history). ''zero past the source''s retention: ...'': nothing was stored before, so zero may mean no longer known rather than none. NULL otherwise.';
