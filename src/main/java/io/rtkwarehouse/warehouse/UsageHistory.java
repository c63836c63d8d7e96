package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import io.rtkwarehouse.source.FetchResult.Answer;
import io.rtkwarehouse.source.SpanResult;
import io.rtkwarehouse.source.UsageDays;
import io.rtkwarehouse.window.DayRange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rtk.usage_fetch}: every answer of the usage endpoint, appended as received; the
 * usage tables can be rebuilt from it ({@link RebuiltUsage}).
 */
@Repository
public class UsageHistory {

	private static final String APPEND = """
			INSERT INTO rtk.usage_fetch (account_id, app_id, range_from, range_to, attempt, http_status, body_json,
			    body_text, loaded, error, final_before, fetched_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
			""";

	private static final String LOADED_ANSWERS = """
			SELECT app_id, range_from, range_to, coalesce(body_json::text, body_text) AS body, final_before,
			    fetched_at, job_execution_id
			FROM rtk.usage_fetch
			WHERE loaded AND account_id = ? AND range_from <= ? AND range_to >= ?
			ORDER BY app_id, fetched_at, fetch_id
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final UsageRows rows;

	private final TransactionTemplate transactions;

	UsageHistory(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, UsageRows rows,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
		this.rows = rows;
	}

	void append(String accountId, List<? extends SpanResult<UsageDays>> results, long jobExecutionId,
			LocalDate finalBefore) {
		record Row(SpanResult<UsageDays> result, Answer answer) {
		}
		List<Row> answers = new ArrayList<>();
		for (SpanResult<UsageDays> result : results) {
			result.answers().forEach((answer) -> answers.add(new Row(result, answer)));
		}
		this.jdbcTemplate.batchUpdate(APPEND, answers, answers.size(), (ps, row) -> {
			Answer answer = row.answer();
			boolean loaded = row.result().loaded() && answer.attempt() == row.result().attempts();
			ps.setString(1, accountId);
			ps.setString(2, row.result().span().appId());
			ps.setObject(3, row.result().span().days().from());
			ps.setObject(4, row.result().span().days().to());
			ps.setInt(5, answer.attempt());
			ps.setObject(6, answer.httpStatus(), Types.INTEGER);
			ps.setString(7, answer.json() ? answer.body() : null);
			ps.setString(8, answer.json() ? null : answer.body());
			ps.setBoolean(9, loaded);
			ps.setString(10, loaded ? null : answer.error());
			ps.setObject(11, finalBefore);
			ps.setTimestamp(12, Timestamp.from(answer.at()));
			ps.setLong(13, jobExecutionId);
		});
	}

	/**
	 * Rebuilds the account's usage rows of the range from the loaded answers, read with
	 * {@code usage}, the loader's parser. One transaction: a failure changes nothing.
	 * @return the number of rows written
	 * @throws IllegalStateException when a stored answer no longer reads
	 */
	public int rebuild(String accountId, DayRange range, LocalDate finalBefore,
			BiFunction<String, DayRange, UsageDays> usage) {
		return this.transactions.execute((status) -> {
			RebuiltUsage rebuilt = new RebuiltUsage(accountId, range, finalBefore, usage, this.rows);
			Columns.stream(this.jdbcTemplate, LOADED_ANSWERS, 200, rebuilt::add, accountId, range.to(), range.from());
			return rebuilt.finish();
		});
	}

	/**
	 * Deletes the account's answers older than {@code retentionDays}, except those that
	 * are the latest loaded answer of one of their days, which a rebuild needs.
	 * @return the number of answers deleted
	 */
	public int prune(String accountId, int retentionDays) {
		return this.jdbcClient.sql("""
				DELETE FROM rtk.usage_fetch f
				WHERE f.account_id = ? AND f.fetched_at < now() - make_interval(days => ?)
				  AND (NOT f.loaded OR NOT EXISTS (
				      SELECT 1 FROM generate_series(f.range_from, f.range_to, interval '1 day') AS d(day)
				      WHERE NOT EXISTS (
				          SELECT 1 FROM rtk.usage_fetch newer
				          WHERE newer.account_id = f.account_id AND newer.app_id = f.app_id AND newer.loaded
				            AND d.day::date BETWEEN newer.range_from AND newer.range_to
				            AND (newer.fetched_at, newer.fetch_id) > (f.fetched_at, f.fetch_id))))
				""").params(accountId, retentionDays).update();
	}

}
