package io.rtkwarehouse.dataset.livestreams;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.warehouse.Written;
import io.rtkwarehouse.warehouse.Columns;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code rtk.livestream_daily}: one row per account, app and day with its numbers. */
@Repository
class DailyRows {

	// last_changed_at moves only when a number actually changed; IS DISTINCT FROM treats
	// NULLs as values, so a number that becomes unknown (or known) counts as a change.
	private static final String UPSERT = """
			INSERT INTO rtk.livestream_daily AS d (account_id, app_id, day, zone, window_start, window_end,
			    livestream_count, total_ingest_seconds, total_viewer_seconds,
			    first_loaded_at, last_loaded_at, last_changed_at, job_execution_id, is_final, changes_after_final)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

	private static final String REPLACE = """
			INSERT INTO rtk.livestream_daily AS d (account_id, app_id, day, zone, window_start, window_end,
			    livestream_count, total_ingest_seconds, total_viewer_seconds,
			    first_loaded_at, last_loaded_at, last_changed_at, job_execution_id, is_final, changes_after_final)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (account_id, app_id, day) DO UPDATE SET
			    zone = excluded.zone, window_start = excluded.window_start, window_end = excluded.window_end,
			    livestream_count = excluded.livestream_count, total_ingest_seconds = excluded.total_ingest_seconds,
			    total_viewer_seconds = excluded.total_viewer_seconds, first_loaded_at = excluded.first_loaded_at,
			    last_loaded_at = excluded.last_loaded_at, last_changed_at = excluded.last_changed_at,
			    job_execution_id = excluded.job_execution_id, is_final = excluded.is_final,
			    changes_after_final = excluded.changes_after_final
			""";

	/** A row with a number that is there and not zero: a day with activity. */
	private static final String ACTIVE = "(coalesce(livestream_count, 0) <> 0 OR coalesce(total_ingest_seconds, 0) <> 0"
			+ " OR coalesce(total_viewer_seconds, 0) <> 0)";

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	DailyRows(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Upserts the numbers of the loaded days, in order. Timestamps are those of the
	 * answers, so that a rebuild from the history gives the same rows.
	 */
	void upsert(String accountId, List<Loaded> loaded, long jobExecutionId, LocalDate finalBefore) {
		List<Rebuilt> rows = loaded.stream().map((day) -> {
			DayWindow window = DayWindow.of(day.appId(), day.day(), day.zone());
			return new Rebuilt(accountId, window.appId(), window.day(), window.zone().getId(), window.start(),
					window.end(), day.numbers(), day.at(), day.at(), day.at(), jobExecutionId,
					window.day().isBefore(finalBefore), 0);
		}).toList();
		this.jdbcTemplate.batchUpdate(UPSERT, rows, rows.size(), DailyRows::set);
	}

	/** The loaded days of zeros before {@code horizon}; none when it is null. */
	List<Loaded> zerosBefore(List<Loaded> loaded, LocalDate horizon) {
		if (horizon == null) {
			return List.of();
		}
		return loaded.stream().filter((day) -> day.day().isBefore(horizon) && !day.numbers().anyNumber()).toList();
	}

	/**
	 * Those of these days of zeros whose stored row holds numbers: past the source's
	 * retention such zeros mean "no longer known", and must not overwrite what was loaded
	 * while it was known. One query per app.
	 */
	List<Loaded> erasing(String accountId, List<Loaded> zeros) {
		List<Loaded> erasing = new ArrayList<>();
		Map<String, List<Loaded>> byApp = new LinkedHashMap<>();
		zeros.forEach((day) -> byApp.computeIfAbsent(day.appId(), (app) -> new ArrayList<>()).add(day));
		byApp.forEach((app, days) -> {
			Set<LocalDate> stored = new TreeSet<>(this.jdbcClient.sql("""
					SELECT day FROM rtk.livestream_daily
					WHERE account_id = ? AND app_id = ? AND day = ANY (CAST(? AS date[]))
					  AND %s
					""".formatted(ACTIVE))
				.params(accountId, app,
						"{" + String.join(",", days.stream().map((day) -> day.day().toString()).toList()) + "}")
				.query(LocalDate.class)
				.list());
			days.stream().filter((day) -> stored.contains(day.day())).forEach(erasing::add);
		});
		return erasing;
	}

	/** Days of the app in the range whose stored row holds a number that is not zero. */
	Set<LocalDate> withNumbers(String accountId, String appId, LocalDate from, LocalDate to) {
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT day FROM rtk.livestream_daily
				WHERE account_id = ? AND app_id = ? AND day BETWEEN ? AND ?
				  AND %s
				""".formatted(ACTIVE)).params(accountId, appId, from, to).query(LocalDate.class).list());
	}

	/**
	 * Whether the app was active on at least half of its loaded days in the range, with
	 * at least a week of them: asking such an app's days in spans would cost more than it
	 * saves.
	 */
	boolean busy(String accountId, String appId, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				SELECT count(*) >= 7 AND 2 * count(*) FILTER (WHERE %s) >= count(*)
				FROM rtk.livestream_daily WHERE account_id = ? AND app_id = ? AND day BETWEEN ? AND ?
				""".formatted(ACTIVE)).params(accountId, appId, from, to).query(Boolean.class).single();
	}

	/** Writes rebuilt rows as they are: every column comes from the raw answers. */
	void replace(List<Rebuilt> rows) {
		this.jdbcTemplate.batchUpdate(REPLACE, rows, rows.size(), DailyRows::set);
	}

	private static void set(PreparedStatement ps, Rebuilt row) throws SQLException {
		Columns.window(ps, row.accountId(), row.appId(), row.day(), row.zone(), row.windowStart(), row.windowEnd());
		ps.setObject(7, row.numbers().livestreamCount(), Types.BIGINT);
		ps.setObject(8, row.numbers().totalIngestSeconds(), Types.BIGINT);
		ps.setObject(9, row.numbers().totalViewerSeconds(), Types.BIGINT);
		ps.setTimestamp(10, Timestamp.from(row.firstLoadedAt()));
		ps.setTimestamp(11, Timestamp.from(row.lastLoadedAt()));
		ps.setTimestamp(12, Timestamp.from(row.lastChangedAt()));
		ps.setLong(13, row.jobExecutionId());
		ps.setBoolean(14, row.isFinal());
		ps.setInt(15, row.changesAfterFinal());
	}

	/** Marks the account's rows whose day is before {@code finalBefore} final. */
	int markFinal(String accountId, LocalDate finalBefore) {
		return this.jdbcClient.sql("""
				UPDATE rtk.livestream_daily SET is_final = true
				WHERE account_id = ? AND NOT is_final AND day < ?
				""").params(accountId, finalBefore).update();
	}

	/** Days of the app in the range that are loaded and final: a backfill skips them. */
	Set<LocalDate> finalLoadedDays(String accountId, String appId, LocalDate from, LocalDate to) {
		return new TreeSet<>(this.jdbcClient.sql("""
				SELECT d.day FROM rtk.livestream_daily d
				JOIN rtk.window_ledger l ON l.account_id = d.account_id AND l.app_id = d.app_id AND l.day = d.day
				WHERE d.account_id = ? AND d.app_id = ? AND d.day BETWEEN ? AND ? AND d.is_final
				    AND l.dataset = 'livestreams' AND l.status = 'loaded'
				""").params(accountId, appId, from, to).query(LocalDate.class).list());
	}

	/**
	 * The rows one job execution wrote: how many, how many were new, how many changed a
	 * number.
	 */
	Written writtenBy(long jobExecutionId) {
		return this.jdbcClient
			.sql("""
					SELECT count(*) AS loaded,
					       count(*) FILTER (WHERE first_loaded_at = last_loaded_at) AS created,
					       count(*) FILTER (WHERE last_changed_at = last_loaded_at AND first_loaded_at <> last_loaded_at) AS changed
					FROM rtk.livestream_daily WHERE job_execution_id = ?
					""")
			.param(jobExecutionId)
			.query(Written.class)
			.single();
	}

	/**
	 * How many of the loaded days of the app (or of every app of the account, when
	 * {@code appId} is null) had activity: {loaded, active}.
	 */
	long[] activity(String accountId, String appId) {
		return this.jdbcClient.sql("""
				SELECT count(*), count(*) FILTER (WHERE %s)
				FROM rtk.livestream_daily WHERE account_id = ? AND (CAST(? AS text) IS NULL OR app_id = ?)
				""".formatted(ACTIVE))
			.params(accountId, appId, appId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}

	/** The numbers of a day as one answer gave them, and when it came. */
	record Loaded(String appId, LocalDate day, ZoneId zone, LivestreamNumbers numbers, Instant at) {
	}

	/** A daily row as a rebuild makes it from the raw answers. */
	record Rebuilt(String accountId, String appId, LocalDate day, String zone, Instant windowStart, Instant windowEnd,
			LivestreamNumbers numbers, Instant firstLoadedAt, Instant lastLoadedAt, Instant lastChangedAt,
			long jobExecutionId, boolean isFinal, int changesAfterFinal) {
	}

}
