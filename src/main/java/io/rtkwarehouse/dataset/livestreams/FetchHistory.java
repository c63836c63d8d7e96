package io.rtkwarehouse.dataset.livestreams;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.rtkwarehouse.dataset.RawAnswers;
import io.rtkwarehouse.source.Answer;
import io.rtkwarehouse.source.InvalidBodyException;
import io.rtkwarehouse.source.Outcome;
import io.rtkwarehouse.warehouse.Columns;
import io.rtkwarehouse.window.DayRange;

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
			    http_status, body_json, body_text, loaded, was_final, error, fetched_at, job_execution_id, last_day,
			    final_before)
			SELECT v.account_id, v.app_id, v.day, v.zone, v.window_start, v.window_end, v.attempt, v.http_status,
			    j.body, CASE WHEN j.body IS NULL THEN v.body END, v.loaded, v.was_final, v.error, v.fetched_at,
			    v.job_execution_id, v.last_day, v.final_before
			FROM (VALUES (?::text, ?::text, ?::date, ?::text, ?::timestamptz, ?::timestamptz, ?::integer, ?::integer,
			    ?::text, ?::boolean, ?::boolean, ?::text, ?::timestamptz, ?::bigint, ?::date, ?::date))
			    AS v(account_id, app_id, day, zone, window_start, window_end, attempt, http_status, body, loaded,
			        was_final, error, fetched_at, job_execution_id, last_day, final_before)
			CROSS JOIN LATERAL (SELECT rtk_batch.jsonb_or_null(v.body) AS body) j
			""";

	/**
	 * The loaded answers of a range in the order they came, day after day: a loaded span
	 * (zeros) counts for each of its days. The body is the JSON as stored, or the text
	 * when PostgreSQL's jsonb would not take it. A span has at most 31 days, which bounds
	 * the search for spans that reach into the range.
	 */
	private static final String LOADED_ANSWERS = """
			SELECT f.app_id, d.day::date AS day, f.zone, coalesce(f.body_json::text, f.body_text) AS body,
			    coalesce(d.day::date < f.final_before, f.was_final) AS was_final, f.fetched_at, f.job_execution_id
			FROM rtk.livestream_fetch f
			CROSS JOIN LATERAL generate_series(f.day, coalesce(f.last_day, f.day), interval '1 day') AS d(day)
			WHERE f.loaded AND f.account_id = ? AND f.day BETWEEN ?::date - 31 AND ?
			  AND d.day::date BETWEEN ? AND ?
			ORDER BY f.app_id, d.day, f.fetched_at, f.fetch_id
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

	/**
	 * Appends every answer of these requests, in order: a span's answer covers its days
	 * ({@code day} its first, {@code last_day} its last); it is loaded only when its
	 * zeros were.
	 */
	void append(String accountId, List<Asked> asked, long jobExecutionId, LocalDate finalBefore) {
		List<Row> rows = new ArrayList<>();
		for (Asked each : asked) {
			Outcome<?> outcome = each.outcome();
			for (Answer answer : outcome.answers()) {
				boolean decisive = answer.attempt() == outcome.attempts();
				boolean loaded = decisive && outcome.loaded() && each.loaded();
				String error = loaded ? null : (answer.error() != null) ? answer.error() : each.note();
				rows.add(new Row(each, answer, loaded, error));
			}
		}
		this.jdbcTemplate.batchUpdate(APPEND, rows, rows.size(), (ps, row) -> {
			DayRange days = row.asked().days();
			ZoneId zone = row.asked().zone();
			Answer answer = row.answer();
			Columns.window(ps, accountId, row.asked().appId(), days.from(), zone.getId(),
					days.from().atStartOfDay(zone).toInstant(), days.to().plusDays(1).atStartOfDay(zone).toInstant());
			ps.setInt(7, answer.attempt());
			ps.setObject(8, answer.httpStatus(), Types.INTEGER);
			ps.setString(9, RawAnswers.text(answer.body()));
			ps.setBoolean(10, row.loaded());
			ps.setBoolean(11, days.from().isBefore(finalBefore));
			ps.setString(12, row.error());
			ps.setTimestamp(13, Timestamp.from(answer.at()));
			ps.setLong(14, jobExecutionId);
			ps.setObject(15, (days.days() > 1) ? days.to() : null, Types.DATE);
			ps.setObject(16, finalBefore, Types.DATE);
		});
	}

	/**
	 * One request asked for an app: its days, its outcome, whether its numbers were
	 * loaded, and why not when an answer came but was not loaded.
	 */
	record Asked(String appId, ZoneId zone, DayRange days, Outcome<?> outcome, boolean loaded, String note) {
	}

	private record Row(Asked asked, Answer answer, boolean loaded, String error) {
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
			Columns.stream(this.jdbcTemplate, LOADED_ANSWERS, 1000, windows::add, accountId, from, to, from, to);
			return windows.finish();
		});
	}

	/**
	 * Deletes the account's answers older than {@code retentionDays}, except the latest
	 * loaded answer of each day (a span's answer stays while it is the latest of any of
	 * its days), which a rebuild needs.
	 * @return the number of answers deleted
	 */
	int prune(String accountId, int retentionDays) {
		return this.jdbcClient.sql("""
				DELETE FROM rtk.livestream_fetch f
				WHERE f.account_id = ? AND f.fetched_at < now() - make_interval(days => ?)
				  AND (NOT f.loaded OR NOT EXISTS (
				      SELECT 1 FROM generate_series(f.day, coalesce(f.last_day, f.day), interval '1 day') AS d(day)
				      WHERE NOT EXISTS (
				          SELECT 1 FROM rtk.livestream_fetch newer
				          WHERE newer.account_id = f.account_id AND newer.app_id = f.app_id
				            AND newer.day BETWEEN d.day::date - 31 AND d.day::date
				            AND coalesce(newer.last_day, newer.day) >= d.day::date
				            AND newer.loaded AND (newer.fetched_at, newer.fetch_id) > (f.fetched_at, f.fetch_id))))
				""").params(accountId, retentionDays).update();
	}

}
