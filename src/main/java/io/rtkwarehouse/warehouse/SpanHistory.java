package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.window.DayRange;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The raw history of a dataset whose requests cover runs of days
 * ({@code rtk.usage_fetch}, {@code rtk.livestream_daywise_fetch}): every answer appended
 * as received, the rows rebuilt from them, old answers pruned. A body goes to
 * {@code body_json} when jsonb takes it, else whole to {@code body_text}.
 */
@Repository
public class SpanHistory {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final DayRows rows;

	private final TransactionTemplate transactions;

	SpanHistory(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, DayRows rows,
			PlatformTransactionManager transactionManager) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
		this.rows = rows;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Appends answers to {@code table}; days before {@code finalBefore} were final. */
	public void append(String table, String accountId, List<SpanAnswer> answers, long jobExecutionId,
			LocalDate finalBefore) {
		String sql = """
				INSERT INTO %s (account_id, app_id, range_from, range_to, attempt, http_status, body_json, body_text,
				    loaded, error, final_before, fetched_at, job_execution_id)
				SELECT v.account_id, v.app_id, v.range_from, v.range_to, v.attempt, v.http_status, j.body,
				    CASE WHEN j.body IS NULL THEN v.body END, v.loaded, v.error, v.final_before, v.fetched_at,
				    v.job_execution_id
				FROM (VALUES (?::text, ?::text, ?::date, ?::date, ?::integer, ?::integer, ?::text, ?::boolean, ?::text,
				    ?::date, ?::timestamptz, ?::bigint))
				    AS v(account_id, app_id, range_from, range_to, attempt, http_status, body, loaded, error,
				        final_before, fetched_at, job_execution_id)
				CROSS JOIN LATERAL (SELECT rtk_batch.jsonb_or_null(v.body) AS body) j
				""".formatted(table);
		this.jdbcTemplate.batchUpdate(sql, answers, answers.size(), (ps, answer) -> {
			ps.setString(1, accountId);
			ps.setString(2, answer.span().appId());
			ps.setObject(3, answer.span().days().from());
			ps.setObject(4, answer.span().days().to());
			ps.setInt(5, answer.attempt());
			ps.setObject(6, answer.httpStatus(), Types.INTEGER);
			ps.setString(7, answer.body());
			ps.setBoolean(8, answer.loaded());
			ps.setString(9, answer.error());
			ps.setObject(10, finalBefore);
			ps.setTimestamp(11, Timestamp.from(answer.at()));
			ps.setLong(12, jobExecutionId);
		});
	}

	/**
	 * Rebuilds the account's rows of the range in {@code tables} from the loaded answers
	 * of {@code table}, read with {@code reader}, the loader's parser. One transaction: a
	 * failure changes nothing.
	 * @return the number of rows written
	 * @throws IllegalStateException when a stored answer no longer reads
	 */
	public int rebuild(String table, String accountId, DayRange range, LocalDate finalBefore, SpanReader reader) {
		String sql = """
				SELECT app_id, range_from, range_to, coalesce(body_json::text, body_text) AS body, final_before,
				    fetched_at, job_execution_id
				FROM %s
				WHERE loaded AND account_id = ? AND range_from <= ? AND range_to >= ?
				ORDER BY app_id, fetched_at, fetch_id
				""".formatted(table);
		return this.transactions.execute((status) -> {
			RebuiltSpans rebuilt = new RebuiltSpans(accountId, range, finalBefore, reader, this.rows);
			Columns.stream(this.jdbcTemplate, sql, 200, rebuilt::add, accountId, range.to(), range.from());
			return rebuilt.finish();
		});
	}

	/**
	 * Deletes the account's answers older than {@code retentionDays}, except those that
	 * are the latest loaded answer of one of their days, which a rebuild needs.
	 * @return the number of answers deleted
	 */
	public int prune(String table, String accountId, int retentionDays) {
		return this.jdbcClient.sql("""
				DELETE FROM %1$s f
				WHERE f.account_id = ? AND f.fetched_at < now() - make_interval(days => ?)
				  AND (NOT f.loaded OR NOT EXISTS (
				      SELECT 1 FROM generate_series(f.range_from, f.range_to, interval '1 day') AS d(day)
				      WHERE NOT EXISTS (
				          SELECT 1 FROM %1$s newer
				          WHERE newer.account_id = f.account_id AND newer.app_id = f.app_id AND newer.loaded
				            AND d.day::date BETWEEN newer.range_from AND newer.range_to
				            AND (newer.fetched_at, newer.fetch_id) > (f.fetched_at, f.fetch_id))))
				""".formatted(table)).params(accountId, retentionDays).update();
	}

	/**
	 * Reads a stored answer as the loader read it: the numbers of each day, per table.
	 */
	@FunctionalInterface
	public interface SpanReader {

		/**
		 * @throws IllegalArgumentException when the answer does not read
		 */
		Map<DayTable, Map<LocalDate, List<Object>>> read(String body, DayRange asked);

	}

}
