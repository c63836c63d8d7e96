package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.FetchResult.Answer;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

	// The latest loaded answer of each window gives its numbers; the answers before it
	// give the
	// first load, the last change and the changes after the window was final.
	private static final String REBUILD = """
			WITH loaded AS (
			    SELECT f.*,
			           (f.body_json -> 'data' ->> 'count')::bigint AS livestream_count,
			           (f.body_json -> 'data' ->> 'total_ingest_seconds')::bigint AS total_ingest_seconds,
			           (f.body_json -> 'data' ->> 'total_viewer_seconds')::bigint AS total_viewer_seconds
			    FROM rtk.livestream_fetch f
			    WHERE f.loaded AND f.account_id = ? AND f.day BETWEEN ? AND ?
			), changes AS (
			    SELECT l.*,
			           row_number() OVER w = 1
			               OR (l.livestream_count, l.total_ingest_seconds, l.total_viewer_seconds)
			                  IS DISTINCT FROM (lag(l.livestream_count) OVER w, lag(l.total_ingest_seconds) OVER w,
			                                    lag(l.total_viewer_seconds) OVER w) AS changed,
			           row_number() OVER w > 1 AND (l.livestream_count, l.total_ingest_seconds, l.total_viewer_seconds)
			                  IS DISTINCT FROM (lag(l.livestream_count) OVER w, lag(l.total_ingest_seconds) OVER w,
			                                    lag(l.total_viewer_seconds) OVER w) AS changed_later
			    FROM loaded l
			    WINDOW w AS (PARTITION BY l.app_id, l.day ORDER BY l.fetched_at, l.fetch_id)
			), windows AS (
			    SELECT app_id, day,
			           min(fetched_at) AS first_loaded_at,
			           max(fetched_at) FILTER (WHERE changed) AS last_changed_at,
			           count(*) FILTER (WHERE was_final AND changed_later)::integer AS changes_after_final
			    FROM changes
			    GROUP BY app_id, day
			)
			INSERT INTO rtk.livestream_daily AS d (account_id, app_id, day, zone, window_start, window_end,
			    livestream_count, total_ingest_seconds, total_viewer_seconds, first_loaded_at, last_loaded_at,
			    last_changed_at, job_execution_id, is_final, changes_after_final)
			SELECT DISTINCT ON (c.app_id, c.day)
			       c.account_id, c.app_id, c.day, c.zone, c.window_start, c.window_end,
			       c.livestream_count, c.total_ingest_seconds, c.total_viewer_seconds,
			       w.first_loaded_at, c.fetched_at, w.last_changed_at, c.job_execution_id, c.day < ?,
			       w.changes_after_final
			FROM changes c
			JOIN windows w ON w.app_id = c.app_id AND w.day = c.day
			ORDER BY c.app_id, c.day, c.fetched_at DESC, c.fetch_id DESC
			ON CONFLICT (account_id, app_id, day) DO UPDATE SET
			    zone = excluded.zone, window_start = excluded.window_start, window_end = excluded.window_end,
			    livestream_count = excluded.livestream_count, total_ingest_seconds = excluded.total_ingest_seconds,
			    total_viewer_seconds = excluded.total_viewer_seconds, first_loaded_at = excluded.first_loaded_at,
			    last_loaded_at = excluded.last_loaded_at, last_changed_at = excluded.last_changed_at,
			    job_execution_id = excluded.job_execution_id, is_final = excluded.is_final,
			    changes_after_final = excluded.changes_after_final
			""";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	FetchHistory(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
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
			ps.setString(1, accountId);
			ps.setString(2, window.appId());
			ps.setObject(3, window.day());
			ps.setString(4, window.zone().getId());
			ps.setTimestamp(5, Timestamp.from(window.start()));
			ps.setTimestamp(6, Timestamp.from(window.end()));
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
	 * Rebuilds the account's daily rows in the range from the raw answers.
	 * @return the number of rows written
	 */
	public int rebuild(String accountId, LocalDate from, LocalDate to, LocalDate finalBefore) {
		return this.jdbcClient.sql(REBUILD).params(accountId, from, to, finalBefore).update();
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
