package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.source.FetchResult;

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
			    last_attempt_at, loaded_at, job_execution_id, job_instance_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, app_id, day) DO UPDATE SET
			    status = excluded.status,
			    attempts = excluded.attempts,
			    http_status = excluded.http_status,
			    last_error = excluded.last_error,
			    last_attempt_at = excluded.last_attempt_at,
			    loaded_at = coalesce(excluded.loaded_at, l.loaded_at),
			    job_execution_id = excluded.job_execution_id,
			    job_instance_id = excluded.job_instance_id
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	WindowLedger(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	void upsert(String accountId, List<? extends FetchResult> results, LoadRun run) {
		this.jdbcTemplate.batchUpdate(UPSERT, results, results.size(), (ps, result) -> {
			ps.setString(1, accountId);
			ps.setString(2, result.window().appId());
			ps.setObject(3, result.window().day());
			ps.setString(4, result.loaded() ? "loaded" : "failed");
			ps.setInt(5, result.attempts());
			ps.setObject(6, result.httpStatus(), Types.INTEGER);
			ps.setString(7, result.error());
			ps.setTimestamp(8, Timestamp.from(result.fetchedAt()));
			ps.setTimestamp(9, result.loaded() ? Timestamp.from(result.fetchedAt()) : null);
			ps.setLong(10, run.jobExecutionId());
			ps.setLong(11, run.jobInstanceId());
		});
	}

	/** Days of the app that this job instance loaded: a restart skips them. */
	public Set<LocalDate> daysLoadedByJobInstance(String accountId, String appId, long jobInstanceId) {
		return days("""
				SELECT day FROM rtk.window_ledger
				WHERE account_id = ? AND app_id = ? AND status = 'loaded' AND job_instance_id = ?
				""", accountId, appId, jobInstanceId);
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

	/** A window whose last fetch failed. */
	public record FailedWindow(String appId, LocalDate day, int attempts, String lastError) {
	}

}
