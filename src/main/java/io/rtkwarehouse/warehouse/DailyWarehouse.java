package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.LivestreamNumbers;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes fetched windows into {@code rtk.livestream_daily} and {@code rtk.window_ledger}, and
 * answers what the runs need to know about them.
 */
@Repository
public class DailyWarehouse {

	// last_changed_at moves only when a number actually changed; IS DISTINCT FROM treats NULLs as
	// values, so a number that becomes unknown (or known) counts as a change.
	private static final String UPSERT_DAILY = """
			INSERT INTO rtk.livestream_daily AS d (account_id, app_id, day, zone, window_start, window_end,
			    livestream_count, total_ingest_seconds, total_viewer_seconds,
			    first_loaded_at, last_loaded_at, last_changed_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now(), now(), ?)
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
			    job_execution_id = excluded.job_execution_id
			""";

	private static final String UPSERT_LEDGER = """
			INSERT INTO rtk.window_ledger AS l (account_id, app_id, day, status, attempts, http_status, last_error,
			    last_attempt_at, loaded_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END, ?)
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

	DailyWarehouse(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Writes one chunk of fetched windows: the numbers of every loaded window, and the ledger
	 * row of every window. Runs in the caller's (the chunk's) transaction.
	 */
	public void write(String accountId, List<? extends FetchResult> results, long jobExecutionId) {
		List<? extends FetchResult> loaded = results.stream().filter(FetchResult::loaded).toList();
		this.jdbcTemplate.batchUpdate(UPSERT_DAILY, loaded, loaded.size(), (ps, result) -> {
			DayWindow window = result.window();
			LivestreamNumbers numbers = result.numbers();
			ps.setString(1, accountId);
			ps.setString(2, window.appId());
			ps.setObject(3, window.day());
			ps.setString(4, window.zone().getId());
			ps.setTimestamp(5, Timestamp.from(window.start()));
			ps.setTimestamp(6, Timestamp.from(window.end()));
			ps.setObject(7, numbers.livestreamCount(), Types.BIGINT);
			ps.setObject(8, numbers.totalIngestSeconds(), Types.BIGINT);
			ps.setObject(9, numbers.totalViewerSeconds(), Types.BIGINT);
			ps.setLong(10, jobExecutionId);
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
			ps.setBoolean(9, result.loaded());
			ps.setLong(10, jobExecutionId);
		});
	}

	/** Days of the app that an execution of this job instance loaded: a restart skips them. */
	public Set<LocalDate> daysLoadedByJobInstance(String accountId, String appId, long jobInstanceId) {
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT l.day FROM rtk.window_ledger l
				JOIN rtk_batch.batch_job_execution e ON e.job_execution_id = l.job_execution_id
				WHERE l.account_id = ? AND l.app_id = ? AND l.status = 'loaded' AND e.job_instance_id = ?
				""").params(accountId, appId, jobInstanceId).query(LocalDate.class).list());
	}

	/** Days of the app whose last fetch failed, before {@code before}. */
	public Set<LocalDate> failedDaysBefore(String accountId, String appId, LocalDate before) {
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND app_id = ? AND status = 'failed' AND day < ?
				""").params(accountId, appId, before).query(LocalDate.class).list());
	}

	/** Windows that failed in one job execution, for the run's report. */
	public List<FailedWindow> failedIn(long jobExecutionId) {
		return this.jdbcClient.sql("""
				SELECT app_id, day, attempts, last_error FROM rtk.window_ledger
				WHERE job_execution_id = ? AND status = 'failed' ORDER BY app_id, day
				""").param(jobExecutionId).query(FailedWindow.class).list();
	}

	/** A window whose last fetch failed. */
	public record FailedWindow(String appId, LocalDate day, int attempts, String lastError) {
	}

}
