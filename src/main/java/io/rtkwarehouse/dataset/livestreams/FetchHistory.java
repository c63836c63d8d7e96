package io.rtkwarehouse.dataset.livestreams;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.RawAnswers;
import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.warehouse.Columns;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rtk.livestream_fetch}: every answer of the API, appended as received. Nothing is
 * lost: the daily table can be rebuilt from it.
 */
@Repository
class FetchHistory {

	private static final String APPEND = """
			INSERT INTO rtk.livestream_fetch (account_id, app_id, day, zone, window_start, window_end, attempt,
			    http_status, body_json, body_text, loaded, was_final, error, fetched_at, job_execution_id)
			SELECT v.account_id, v.app_id, v.day, v.zone, v.window_start, v.window_end, v.attempt, v.http_status,
			    j.body, CASE WHEN j.body IS NULL THEN v.body END, v.loaded, v.was_final, v.error, v.fetched_at,
			    v.job_execution_id
			FROM (VALUES (?::text, ?::text, ?::date, ?::text, ?::timestamptz, ?::timestamptz, ?::integer, ?::integer,
			    ?::text, ?::boolean, ?::boolean, ?::text, ?::timestamptz, ?::bigint))
			    AS v(account_id, app_id, day, zone, window_start, window_end, attempt, http_status, body, loaded,
			        was_final, error, fetched_at, job_execution_id)
			CROSS JOIN LATERAL (SELECT rtk_batch.jsonb_or_null(v.body) AS body) j
			""";

	/**
	 * The loaded answers of a range in the order they came, window after window. The body
	 * is the JSON as stored, or the text when PostgreSQL's jsonb would not take it.
	 */
	private static final String LOADED_ANSWERS = """
			SELECT app_id, day, zone, window_start, window_end, coalesce(body_json::text, body_text) AS body,
			    was_final, fetched_at, job_execution_id
			FROM rtk.livestream_fetch
			WHERE loaded AND account_id = ? AND day BETWEEN ? AND ?
			ORDER BY app_id, day, fetched_at, fetch_id
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final TransactionTemplate transactions;

	private final DailyRows daily;

	FetchHistory(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, PlatformTransactionManager transactionManager,
			DailyRows daily) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.daily = daily;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	void append(String accountId, List<Fetched<LivestreamNumbers>> chunk, long jobExecutionId, LocalDate finalBefore) {
		List<RawAnswers.Row<LivestreamNumbers>> rows = RawAnswers.of(chunk);
		this.jdbcTemplate.batchUpdate(APPEND, rows, rows.size(), (ps, row) -> {
			DayWindow window = DayWindow.of(row.fetched().request().appId(), row.fetched().request().days().from(),
					row.fetched().request().zone());
			Answer answer = row.answer();
			Columns.window(ps, accountId, window.appId(), window.day(), window.zone().getId(), window.start(),
					window.end());
			ps.setInt(7, answer.attempt());
			ps.setObject(8, answer.httpStatus(), Types.INTEGER);
			ps.setString(9, RawAnswers.text(answer.body()));
			ps.setBoolean(10, row.loaded());
			ps.setBoolean(11, window.day().isBefore(finalBefore));
			ps.setString(12, row.error());
			ps.setTimestamp(13, Timestamp.from(answer.at()));
			ps.setLong(14, jobExecutionId);
		});
	}

	/**
	 * Rebuilds the account's daily rows in the range from the raw answers, reading each
	 * answer with {@code numbers}, the parser the loader used: the latest loaded answer
	 * of a window gives its numbers, the ones before it the first load, the last change
	 * and the changes after the window was final. One transaction: a failure changes
	 * nothing.
	 * @return the number of rows written
	 * @throws IllegalStateException when a stored answer no longer reads
	 */
	int rebuild(String accountId, LocalDate from, LocalDate to, LocalDate finalBefore) {
		Function<String, LivestreamNumbers> numbers = (body) -> {
			try {
				return Livestreams.read(body);
			}
			catch (InvalidBodyException ex) {
				throw new IllegalArgumentException(ex.getMessage());
			}
		};
		return this.transactions.execute((status) -> {
			RebuiltWindows windows = new RebuiltWindows(accountId, finalBefore, numbers, this.daily);
			Columns.stream(this.jdbcTemplate, LOADED_ANSWERS, 1000, windows::add, accountId, from, to);
			return windows.finish();
		});
	}

	/**
	 * Deletes the account's answers older than {@code retentionDays}, except the latest
	 * loaded answer of each window, which a rebuild needs.
	 * @return the number of answers deleted
	 */
	int prune(String accountId, int retentionDays) {
		return this.jdbcClient.sql("""
				DELETE FROM rtk.livestream_fetch f
				WHERE f.account_id = ? AND f.fetched_at < now() - make_interval(days => ?)
				  AND (NOT f.loaded OR EXISTS (
				      SELECT 1 FROM rtk.livestream_fetch newer
				      WHERE newer.account_id = f.account_id AND newer.app_id = f.app_id AND newer.day = f.day
				        AND newer.loaded AND (newer.fetched_at, newer.fetch_id) > (f.fetched_at, f.fetch_id)))
				""").params(accountId, retentionDays).update();
	}

}
