package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.rtkwarehouse.window.DayRange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code rtk.window_ledger}: the state of every window a run tried, loaded or failed, and
 * the job instance and execution that last fetched it.
 */
@Repository
public class WindowLedger {

	private static final String UPSERT = """
			INSERT INTO rtk.window_ledger AS l (account_id, app_id, day, status, attempts, http_status, last_error,
			    last_attempt_at, loaded_at, job_execution_id, job_instance_id, dataset, inferred_from)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::daterange)
			ON CONFLICT (account_id, dataset, app_id, day) DO UPDATE SET
			    status = excluded.status,
			    attempts = excluded.attempts,
			    http_status = excluded.http_status,
			    last_error = excluded.last_error,
			    last_attempt_at = excluded.last_attempt_at,
			    loaded_at = coalesce(excluded.loaded_at, l.loaded_at),
			    job_execution_id = excluded.job_execution_id,
			    job_instance_id = excluded.job_instance_id,
			    inferred_from = excluded.inferred_from,
			    retention_note = NULL
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	WindowLedger(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Notes that the last answer of these days was zeros past the source's retention
	 * ({@code protected: ...} when the stored numbers were kept); after {@link #upsert}
	 * in the same transaction.
	 */
	public void retentionNote(String accountId, String dataset, List<Entry> entries, String note) {
		if (entries.isEmpty()) {
			return;
		}
		this.jdbcTemplate.batchUpdate("""
				UPDATE rtk.window_ledger SET retention_note = ?
				WHERE account_id = ? AND dataset = ? AND app_id = ? AND day = ?
				""", entries, entries.size(), (ps, entry) -> {
			ps.setString(1, note);
			ps.setString(2, accountId);
			ps.setString(3, dataset);
			ps.setString(4, entry.appId());
			ps.setObject(5, entry.day());
		});
	}

	/** How many days of the account keep numbers an answer of zeros would have erased. */
	public long keptDays(String accountId) {
		return this.jdbcClient
			.sql("SELECT count(*) FROM rtk.window_ledger WHERE account_id = ? AND retention_note LIKE 'protected%'")
			.params(accountId)
			.query(Long.class)
			.single();
	}

	/** Writes the state of each day of a dataset's windows. */
	public void upsert(String accountId, String dataset, List<Entry> entries, LoadRun run) {
		this.jdbcTemplate.batchUpdate(UPSERT, entries, entries.size(), (ps, entry) -> {
			ps.setString(1, accountId);
			ps.setString(2, entry.appId());
			ps.setObject(3, entry.day());
			ps.setString(4, entry.status());
			ps.setInt(5, entry.attempts());
			ps.setObject(6, entry.httpStatus(), Types.INTEGER);
			ps.setString(7, entry.error());
			ps.setTimestamp(8, Timestamp.from(entry.at()));
			ps.setTimestamp(9, entry.status().equals(Entry.LOADED) ? Timestamp.from(entry.at()) : null);
			ps.setLong(10, run.jobExecutionId());
			ps.setLong(11, run.jobInstanceId());
			ps.setString(12, dataset);
			ps.setString(13, (entry.inferredFrom() != null)
					? "[" + entry.inferredFrom().from() + "," + entry.inferredFrom().to() + "]" : null);
		});
	}

	/** Days of the app that this job instance loaded: a restart skips them. */
	public Set<LocalDate> daysLoadedByJobInstance(String accountId, String dataset, String appId, long jobInstanceId) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND app_id = ? AND status = 'loaded' AND job_instance_id = ?
				""", accountId, dataset, appId, jobInstanceId);
	}

	/** Days of the app in the range whose last fetch loaded. */
	public Set<LocalDate> loadedDays(String accountId, String dataset, String appId, LocalDate from, LocalDate to) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND app_id = ? AND day BETWEEN ? AND ? AND status = 'loaded'
				""", accountId, dataset, appId, from, to);
	}

	/** Days of the app whose last fetch failed, before {@code before}. */
	public Set<LocalDate> failedDaysBefore(String accountId, String dataset, String appId, LocalDate before) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND app_id = ? AND status = 'failed' AND day < ?
				""", accountId, dataset, appId, before);
	}

	/**
	 * Days of the app whose zeros were inferred from a span that can no longer be trusted
	 * (spans were turned off for the account): to be asked again one by one.
	 */
	public Set<LocalDate> daysToAskAgain(String accountId, String dataset, String appId) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND app_id = ? AND status = 'failed'
				  AND inferred_from IS NOT NULL
				""", accountId, dataset, appId);
	}

	/**
	 * Why the account's zero spans are off, when a sampled day turned them off
	 * ({@code rtk.span_check}).
	 */
	public Optional<SpansOff> spansOff(String accountId) {
		return this.jdbcClient.sql("""
				SELECT turned_off_at, app_id, day, span_first_day, span_last_day, day_answer, job_execution_id,
				    (SELECT count(*) FROM rtk.window_ledger l WHERE l.account_id = c.account_id
				        AND l.dataset = c.dataset AND l.status = 'failed' AND l.inferred_from IS NOT NULL) AS to_ask
				FROM rtk.span_check c WHERE account_id = ? AND dataset = 'livestreams'
				""").param(accountId).query(SpansOff.class).optional();
	}

	/**
	 * A sampled day that disagreed with the zeros of its span, which turned the account's
	 * spans off.
	 *
	 * @param toAsk days inferred from spans that are still to be asked again one by one
	 */
	public record SpansOff(Timestamp turnedOffAt, String appId, LocalDate day, LocalDate spanFirstDay,
			LocalDate spanLastDay, String dayAnswer, long jobExecutionId, long toAsk) {

		/** One sentence for the operator. */
		public String describe() {
			return "day " + this.day + " of app " + this.appId + " answered " + this.dayAnswer
					+ " on its own, but its span " + this.spanFirstDay + ".." + this.spanLastDay + " answered zeros ("
					+ this.turnedOffAt.toInstant() + "); " + this.toAsk
					+ " inferred day(s) still to be asked again one by one. Delete the account's row in"
					+ " rtk.span_check to turn spans on again";
		}

	}

	/** Windows that failed in one job execution, for the run's report. */
	public List<FailedWindow> failedIn(long jobExecutionId) {
		return this.jdbcClient.sql("""
				SELECT dataset, app_id, day, attempts, last_error FROM rtk.window_ledger
				WHERE job_execution_id = ? AND status = 'failed' ORDER BY dataset, app_id, day
				""").param(jobExecutionId).query(FailedWindow.class).list();
	}

	/**
	 * Every window whose last fetch failed, for the account, days before the app's
	 * created day included (the caller leaves them out). {@code rtk.day_state} calls a
	 * day failed when its ledger row is, so these are its failed days and the ones before
	 * the created day; read from the ledger's index of failed rows, not from the view,
	 * which computes every day of the account up to yesterday to find them (seconds for
	 * 100 apps over a year or more).
	 */
	public List<FailedWindow> failedNow(String accountId) {
		return this.jdbcClient.sql("""
				SELECT dataset, app_id, day, attempts, last_error FROM rtk.window_ledger
				WHERE account_id = ? AND status = 'failed' ORDER BY dataset, app_id, day
				""").param(accountId).query(FailedWindow.class).list();
	}

	/** How many days of the dataset one job execution left in each state. */
	public Map<String, Long> statesIn(long jobExecutionId, String dataset) {
		Map<String, Long> states = new TreeMap<>();
		this.jdbcClient.sql("""
				SELECT status, count(*) FROM rtk.window_ledger WHERE job_execution_id = ? AND dataset = ?
				GROUP BY status
				""").params(jobExecutionId, dataset).query((rs) -> {
			states.put(rs.getString(1), rs.getLong(2));
		});
		return states;
	}

	private Set<LocalDate> days(String sql, Object... params) {
		return new TreeSet<>(this.jdbcClient.sql(sql).params(params).query(LocalDate.class).list());
	}

	/**
	 * The state of one day of a dataset after a fetch.
	 *
	 * @param status {@link #LOADED}, {@link #FAILED} or {@link #MISSING} (the answer
	 * covered the day and left it out)
	 * @param inferredFrom the span whose one answer of zeros gave this day's zeros, or
	 * null when the day was asked for on its own
	 */
	public record Entry(String appId, LocalDate day, String status, int attempts, Integer httpStatus, String error,
			Instant at, DayRange inferredFrom) {

		public Entry(String appId, LocalDate day, String status, int attempts, Integer httpStatus, String error,
				Instant at) {
			this(appId, day, status, attempts, httpStatus, error, at, null);
		}

		public static final String LOADED = "loaded";

		public static final String FAILED = "failed";

		public static final String MISSING = "missing";

	}

	/** A window (one app and day of a dataset) whose last fetch failed. */
	public record FailedWindow(String dataset, String appId, LocalDate day, int attempts, String lastError) {

		/** The app and day, and the dataset in brackets when {@code named}. */
		public String where(boolean named) {
			return "app " + this.appId + (named ? " (" + this.dataset + ")" : "") + " day " + this.day;
		}

	}

}
