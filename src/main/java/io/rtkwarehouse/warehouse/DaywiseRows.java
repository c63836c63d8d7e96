package io.rtkwarehouse.warehouse;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.source.LivestreamNumbers;
import io.rtkwarehouse.window.DaySpan;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code rtk.livestream_daywise}, what the livestream daywise endpoint said, and
 * {@code rtk.livestream_mismatch}, where it differs from the loaded rows.
 */
@Repository
public class DaywiseRows {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	private final TransactionTemplate transactions;

	DaywiseRows(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient, PlatformTransactionManager transactionManager) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Replaces what is kept of the span's days with what the answer gave: a day it left
	 * out is no longer there.
	 */
	public void replace(String accountId, DaySpan span, Map<LocalDate, LivestreamNumbers> days, Instant fetchedAt) {
		List<Map.Entry<LocalDate, LivestreamNumbers>> rows = List.copyOf(days.entrySet());
		this.transactions.executeWithoutResult((status) -> {
			this.jdbcClient
				.sql("DELETE FROM rtk.livestream_daywise WHERE account_id = ? AND app_id = ? AND day BETWEEN ? AND ?")
				.params(accountId, span.appId(), span.days().from(), span.days().to())
				.update();
			this.jdbcTemplate.batchUpdate("""
					INSERT INTO rtk.livestream_daywise (account_id, app_id, day, livestream_session_count,
					    total_ingest_seconds, total_viewer_seconds, fetched_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)
					""", rows, rows.size(), (ps, row) -> {
				ps.setString(1, accountId);
				ps.setString(2, span.appId());
				ps.setObject(3, row.getKey());
				ps.setObject(4, row.getValue().livestreamCount(), Types.BIGINT);
				ps.setObject(5, row.getValue().totalIngestSeconds(), Types.BIGINT);
				ps.setObject(6, row.getValue().totalViewerSeconds(), Types.BIGINT);
				ps.setTimestamp(7, Timestamp.from(fetchedAt));
			});
		});
	}

	/** The days of the apps in the range where the two differ, in app and day order. */
	public List<Mismatch> mismatches(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				SELECT app_id, day, loaded_ingest_seconds, daywise_ingest_seconds, loaded_viewer_seconds,
				    daywise_viewer_seconds, loaded_livestream_count, daywise_session_count
				FROM rtk.livestream_mismatch
				WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?
				ORDER BY app_id, day
				""").params(accountId, apps.toArray(String[]::new), from, to).query(Mismatch.class).list();
	}

	/**
	 * How many days of the apps in the range both have (compared), and how many only the
	 * loaded rows or only the daywise answers have (not compared).
	 */
	public Overlap overlap(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				SELECT count(*) FILTER (WHERE d.day IS NOT NULL AND w.day IS NOT NULL) AS compared,
				       count(*) FILTER (WHERE w.day IS NULL) AS only_loaded,
				       count(*) FILTER (WHERE d.day IS NULL) AS only_daywise
				FROM (SELECT app_id, day FROM rtk.livestream_daily
				      WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?) d
				FULL JOIN (SELECT app_id, day FROM rtk.livestream_daywise
				      WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?) w
				    ON w.app_id = d.app_id AND w.day = d.day
				""")
			.params(accountId, apps.toArray(String[]::new), from, to, accountId, apps.toArray(String[]::new), from, to)
			.query(Overlap.class)
			.single();
	}

	/** A day where the loaded seconds and the daywise seconds differ. */
	public record Mismatch(String appId, LocalDate day, Long loadedIngestSeconds, Long daywiseIngestSeconds,
			Long loadedViewerSeconds, Long daywiseViewerSeconds, Long loadedLivestreamCount, Long daywiseSessionCount) {
	}

	/**
	 * Days both have, days only the loaded rows have, days only the daywise answers have.
	 */
	public record Overlap(long compared, long onlyLoaded, long onlyDaywise) {
	}

}
