-- Zero spans: the livestreams dataset may ask once for a run of whole days (up to a calendar
-- month of the account's zone). An answer of three zeros means every day of it is zero; such
-- days are loaded as zeros and the ledger says which span they were inferred from. A sample of
-- them is asked again one by one; when a sampled day disagrees, spans are turned off for the
-- account (rtk.span_check) and the inferred days are fetched again one by one.

ALTER TABLE rtk.window_ledger ADD COLUMN inferred_from daterange;
COMMENT ON COLUMN rtk.window_ledger.inferred_from IS 'The span of days whose one answer of zeros this day''s zeros were inferred from (livestreams only); NULL when the day was asked for on its own.';

ALTER TABLE rtk.livestream_fetch ADD COLUMN last_day date;
COMMENT ON COLUMN rtk.livestream_fetch.last_day IS 'The last day of the span this answer is for, when it covers more than one day (day is its first; window_start and window_end bound the whole span); NULL for an answer of one day. A loaded span answered zeros for every day of it.';
COMMENT ON COLUMN rtk.livestream_fetch.day IS 'The day the answer is for, or the first day of its span (see last_day).';

CREATE TABLE rtk.span_check (
    account_id        text        NOT NULL,
    dataset           text        NOT NULL,
    turned_off_at     timestamptz NOT NULL,
    app_id            text        NOT NULL,
    day               date        NOT NULL,
    span_first_day    date        NOT NULL,
    span_last_day     date        NOT NULL,
    day_answer        text        NOT NULL,
    job_execution_id  bigint      NOT NULL,
    CONSTRAINT span_check_pk PRIMARY KEY (account_id, dataset)
);
COMMENT ON TABLE rtk.span_check IS 'Accounts whose zero spans are turned off: a day sampled on its own disagreed with the zeros its span answered. Delete the row to turn spans on again for the account.';
COMMENT ON COLUMN rtk.span_check.account_id IS 'Cloudflare account id.';
COMMENT ON COLUMN rtk.span_check.dataset IS 'The dataset whose spans are off (livestreams).';
COMMENT ON COLUMN rtk.span_check.turned_off_at IS 'When the sampled day disagreed.';
COMMENT ON COLUMN rtk.span_check.app_id IS 'The app of the sampled day.';
COMMENT ON COLUMN rtk.span_check.day IS 'The sampled day, in the account''s zone.';
COMMENT ON COLUMN rtk.span_check.span_first_day IS 'The first day of the span that answered zeros.';
COMMENT ON COLUMN rtk.span_check.span_last_day IS 'The last day of that span.';
COMMENT ON COLUMN rtk.span_check.day_answer IS 'What the day answered on its own: count, ingest seconds, viewer seconds.';
COMMENT ON COLUMN rtk.span_check.job_execution_id IS 'Spring Batch job execution that found it.';

ALTER TABLE rtk.livestream_fetch ADD COLUMN final_before date;
COMMENT ON COLUMN rtk.livestream_fetch.final_before IS 'The first day that was not yet final when this answer came: days of its span before it were final (was_final says it for the first day). NULL for answers stored before spans existed.';
