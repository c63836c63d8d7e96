package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.FetchResult.Answer;
import io.rtkwarehouse.source.LivestreamNumbers;
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
public class FetchHistory {

	private static final String APPEND = """
			INSERT INTO rtk.livestream_fetch (account_id, app_id, day, zone, window_start, window_end, attempt,
			    http_status, body_json, body_text, loaded, was_final, error, fetched_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
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

	void append(String accountId, List<? extends FetchResult> results, long jobExecutionId, LocalDate finalBefore) {
		List<Row> rows = new ArrayList<>();
		for (FetchResult result : results) {
			for (Answer answer : result.answers()) {
				boolean decisive = answer.attempt() == result.attempts();
				rows.add(new Row(result.window(), answer, decisive && result.loaded()));
			}
		}
		this.jdbcTemplate.batchUpdate(APPEND, rows, rows.size(), (ps, row) -> {
			DayWindow window = row.window();
			Answer answer = row.answer();
			Columns.window(ps, accountId, window.appId(), window.day(), window.zone().getId(), window.start(),
					window.end());
			ps.setInt(7, answer.attempt());
			ps.setObject(8, answer.httpStatus(), Types.INTEGER);
			ps.setString(9, answer.json() ? answer.body() : null);
			ps.setString(10, answer.json() ? null : answer.body());
			ps.setBoolean(11, row.loaded());
			ps.setBoolean(12, window.day().isBefore(finalBefore));
			ps.setString(13, row.loaded() ? null : answer.error());
			ps.setTimestamp(14, Timestamp.from(answer.at()));
			ps.setLong(15, jobExecutionId);
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
	public int rebuild(String accountId, LocalDate from, LocalDate to, LocalDate finalBefore,
			Function<String, LivestreamNumbers> numbers) {
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
	public int prune(String accountId, int retentionDays) {
		return this.jdbcClient.sql("""
				DELETE FROM rtk.livestream_fetch f
				WHERE f.account_id = ? AND f.fetched_at < now() - make_interval(days => ?)
				  AND (NOT f.loaded OR EXISTS (
				      SELECT 1 FROM rtk.livestream_fetch newer
				      WHERE newer.account_id = f.account_id AND newer.app_id = f.app_id AND newer.day = f.day
				        AND newer.loaded AND (newer.fetched_at, newer.fetch_id) > (f.fetched_at, f.fetch_id)))
				""").params(accountId, retentionDays).update();
	}

	private record Row(DayWindow window, Answer answer, boolean loaded) {
	}

}
