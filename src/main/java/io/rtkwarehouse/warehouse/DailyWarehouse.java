package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.LivestreamNumbers;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes fetched windows into {@code rtk.livestream_daily}, {@code rtk.window_ledger} and
 * the raw history, and answers what the runs need to know about them.
 */
@Repository
public class DailyWarehouse {

	// last_changed_at moves only when a number actually changed; IS DISTINCT FROM treats
	// NULLs as
	// values, so a number that becomes unknown (or known) counts as a change.
	private static final String UPSERT_DAILY = """
			INSERT INTO rtk.livestream_daily AS d (account_id, app_id, day, zone, window_start, window_end,
			    livestream_count, total_ingest_seconds, total_viewer_seconds,
			    first_loaded_at, last_loaded_at, last_changed_at, job_execution_id, is_final, changes_after_final)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
			ON CONFLICT (account_id, app_id, day) DO UPDATE SET
			    zone = excluded.zone,
			    window_start = excluded.window_start,
			    window_end = excluded.window_end,
			    livestream_count = excluded.livestream_count,
			    total_ingest_seconds = excluded.total_ingest_seconds,
			    total_viewer_seconds = excluded.total_viewer_seconds,
			    last_loaded_at = excluded.last_loaded_at,
			    last_changed_at = CASE
			        WHEN (d.livestream_count, d.total_ingest_seconds, d.total_viewer_seconds)
			             IS DISTINCT FROM (excluded.livestream_count, excluded.total_ingest_seconds,
			                               excluded.total_viewer_seconds)
			        THEN excluded.last_changed_at ELSE d.last_changed_at END,
			    job_execution_id = excluded.job_execution_id,
			    is_final = excluded.is_final,
			    changes_after_final = d.changes_after_final + CASE
			        WHEN excluded.is_final AND (d.livestream_count, d.total_ingest_seconds, d.total_viewer_seconds)
			             IS DISTINCT FROM (excluded.livestream_count, excluded.total_ingest_seconds,
			                               excluded.total_viewer_seconds)
			        THEN 1 ELSE 0 END
			""";

	private static final String UPSERT_LEDGER = """
			INSERT INTO rtk.window_ledger AS l (account_id, app_id, day, status, attempts, http_status, last_error,
			    last_attempt_at, loaded_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, app_id, day) DO UPDATE SET
			    status = excluded.status,
			    attempts = excluded.attempts,
			    http_status = excluded.http_status,
			    last_error = excluded.last_error,
			    last_attempt_at = excluded.last_attempt_at,
			    loaded_at = coalesce(excluded.loaded_at, l.loaded_at),
			    job_execution_id = excluded.job_execution_id
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final FetchHistory history;

	DailyWarehouse(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, FetchHistory history) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
		this.history = history;
	}

	/**
	 * Writes one chunk of fetched windows: the numbers of every loaded window, the ledger
	 * row of every window and every answer to the raw history. Runs in the caller's (the
	 * chunk's) transaction. Timestamps are those of the answers, so that a rebuild from
	 * the history gives the same rows.
	 * @param finalBefore days before this one are final
	 */
	public void write(String accountId, List<? extends FetchResult> results, long jobExecutionId,
			LocalDate finalBefore) {
		List<? extends FetchResult> loaded = results.stream().filter(FetchResult::loaded).toList();
		this.jdbcTemplate.batchUpdate(UPSERT_DAILY, loaded, loaded.size(), (ps, result) -> {
			DayWindow window = result.window();
			LivestreamNumbers numbers = result.numbers();
			Timestamp fetchedAt = Timestamp.from(result.fetchedAt());
			ps.setString(1, accountId);
			ps.setString(2, window.appId());
			ps.setObject(3, window.day());
			ps.setString(4, window.zone().getId());
			ps.setTimestamp(5, Timestamp.from(window.start()));
			ps.setTimestamp(6, Timestamp.from(window.end()));
			ps.setObject(7, numbers.livestreamCount(), Types.BIGINT);
			ps.setObject(8, numbers.totalIngestSeconds(), Types.BIGINT);
			ps.setObject(9, numbers.totalViewerSeconds(), Types.BIGINT);
			ps.setTimestamp(10, fetchedAt);
			ps.setTimestamp(11, fetchedAt);
			ps.setTimestamp(12, fetchedAt);
			ps.setLong(13, jobExecutionId);
			ps.setBoolean(14, window.day().isBefore(finalBefore));
		});
		this.jdbcTemplate.batchUpdate(UPSERT_LEDGER, results, results.size(), (ps, result) -> {
			ps.setString(1, accountId);
			ps.setString(2, result.window().appId());
			ps.setObject(3, result.window().day());
			ps.setString(4, result.loaded() ? "loaded" : "failed");
			ps.setInt(5, result.attempts());
			ps.setObject(6, result.httpStatus(), Types.INTEGER);
			ps.setString(7, result.error());
			ps.setTimestamp(8, Timestamp.from(result.fetchedAt()));
			ps.setTimestamp(9, result.loaded() ? Timestamp.from(result.fetchedAt()) : null);
			ps.setLong(10, jobExecutionId);
		});
		this.history.append(accountId, results, jobExecutionId, finalBefore);
	}

	/** Marks the account's rows whose day is before {@code finalBefore} final. */
	public int markFinal(String accountId, LocalDate finalBefore) {
		return this.jdbcClient.sql("""
				UPDATE rtk.livestream_daily SET is_final = true
				WHERE account_id = ? AND NOT is_final AND day < ?
				""").params(accountId, finalBefore).update();
	}

	/**
	 * Days of the app that an execution of this job instance loaded: a restart skips
	 * them.
	 */
	public Set<LocalDate> daysLoadedByJobInstance(String accountId, String appId, long jobInstanceId) {
		return days("""
				SELECT l.day FROM rtk.window_ledger l
				JOIN rtk_batch.batch_job_execution e ON e.job_execution_id = l.job_execution_id
				WHERE l.account_id = ? AND l.app_id = ? AND l.status = 'loaded' AND e.job_instance_id = ?
				""", accountId, appId, jobInstanceId);
	}

	/** Days of the app in the range that are loaded and final: a backfill skips them. */
	public Set<LocalDate> finalLoadedDays(String accountId, String appId, LocalDate from, LocalDate to) {
		return days("""
				SELECT d.day FROM rtk.livestream_daily d
				JOIN rtk.window_ledger l ON l.account_id = d.account_id AND l.app_id = d.app_id AND l.day = d.day
				WHERE d.account_id = ? AND d.app_id = ? AND d.day BETWEEN ? AND ? AND d.is_final
				    AND l.status = 'loaded'
				""", accountId, appId, from, to);
	}

	/** Days of the app in the range whose last fetch loaded. */
	public Set<LocalDate> loadedDays(String accountId, String appId, LocalDate from, LocalDate to) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND app_id = ? AND day BETWEEN ? AND ? AND status = 'loaded'
				""", accountId, appId, from, to);
	}

	/** Days of the app whose last fetch failed, before {@code before}. */
	public Set<LocalDate> failedDaysBefore(String accountId, String appId, LocalDate before) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND app_id = ? AND status = 'failed' AND day < ?
				""", accountId, appId, before);
	}

	/** Windows that failed in one job execution, for the run's report. */
	public List<FailedWindow> failedIn(long jobExecutionId) {
		return this.jdbcClient.sql("""
				SELECT app_id, day, attempts, last_error FROM rtk.window_ledger
				WHERE job_execution_id = ? AND status = 'failed' ORDER BY app_id, day
				""").param(jobExecutionId).query(FailedWindow.class).list();
	}

	/** The zone the account's days are in, if any run wrote them. */
	public Optional<String> zoneOf(String accountId) {
		return this.jdbcClient.sql("SELECT zone FROM rtk.warehouse WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** Records the account's zone (on its first run) and lookback (on every run). */
	public void remember(String accountId, String zone, int lookbackDays) {
		this.jdbcClient.sql("""
				INSERT INTO rtk.warehouse (account_id, zone, lookback_days) VALUES (?, ?, ?)
				ON CONFLICT (account_id) DO UPDATE SET lookback_days = excluded.lookback_days, updated_at = now()
				""").params(accountId, zone, lookbackDays).update();
	}

	/** Records the apps that the apps endpoint listed. */
	public void saveApps(String accountId, List<AppInfo> apps) {
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO rtk.app (account_id, app_id, name, created_at, last_seen_at)
				VALUES (?, ?, ?, ?::timestamptz, now())
				ON CONFLICT (account_id, app_id) DO UPDATE SET name = excluded.name,
				    created_at = excluded.created_at, last_seen_at = excluded.last_seen_at
				""", apps, 500, (ps, app) -> {
			ps.setString(1, accountId);
			ps.setString(2, app.id());
			ps.setString(3, app.name());
			ps.setString(4, app.createdAt());
		});
	}

	/**
	 * The rows one job execution wrote: how many, how many were new, how many changed a
	 * number.
	 */
	public WrittenRows writtenBy(long jobExecutionId) {
		return this.jdbcClient
			.sql("""
					SELECT count(*) AS loaded,
					       count(*) FILTER (WHERE first_loaded_at = last_loaded_at) AS created,
					       count(*) FILTER (WHERE last_changed_at = last_loaded_at AND first_loaded_at <> last_loaded_at) AS changed
					FROM rtk.livestream_daily WHERE job_execution_id = ?
					""")
			.param(jobExecutionId)
			.query(WrittenRows.class)
			.single();
	}

	/** Every window whose last fetch failed, for the account. */
	public List<FailedWindow> failedNow(String accountId) {
		return this.jdbcClient.sql("""
				SELECT app_id, day, attempts, last_error FROM rtk.window_ledger
				WHERE account_id = ? AND status = 'failed' ORDER BY app_id, day
				""").param(accountId).query(FailedWindow.class).list();
	}

	private Set<LocalDate> days(String sql, Object... params) {
		return new TreeSet<>(this.jdbcClient.sql(sql).params(params).query(LocalDate.class).list());
	}

	/**
	 * Rows written by one job execution; those neither created nor changed were
	 * unchanged.
	 */
	public record WrittenRows(long loaded, long created, long changed) {

		public long unchanged() {
			return this.loaded - this.created - this.changed;
		}

	}

	/** A window whose last fetch failed. */
	public record FailedWindow(String appId, LocalDate day, int attempts, String lastError) {
	}

}
