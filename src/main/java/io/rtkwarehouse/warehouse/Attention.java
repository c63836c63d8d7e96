package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What needs attention in an account: per dataset it loads, its failed and missing days
 * in a range (as {@code rtk.day_state} gives them, a day it does not expect counting as
 * missing, as {@code gaps} counts them), how far it is complete
 * ({@code rtk.completeness}) and the account's last run ({@code rtk.run_history}).
 */
@Repository
public class Attention {

	private final JdbcClient jdbcClient;

	Attention(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * The datasets the account loads (those {@code rtk.completeness} has, and the
	 * configured ones), in the configured order and then by name, each with its failed
	 * and missing days of the apps in the range.
	 */
	public List<DatasetState> of(String accountId, List<String> configured, List<String> apps, LocalDate from,
			LocalDate to) {
		return this.jdbcClient.sql("""
				WITH datasets AS (
				    SELECT c.dataset, c.ord FROM unnest(?::text[]) WITH ORDINALITY AS c(dataset, ord)
				    UNION ALL
				    SELECT dataset, NULL FROM rtk.completeness WHERE account_id = ?
				), wanted AS (
				    SELECT dataset, min(ord) AS ord FROM datasets GROUP BY dataset
				)
				SELECT w.dataset, g.days_failed, g.days_missing,
				       c.first_day, c.last_day, c.complete_through, c.last_loaded_at
				FROM wanted w
				CROSS JOIN LATERAL (
				    SELECT count(*) FILTER (WHERE s.state = 'failed') AS days_failed,
				           count(*) FILTER (WHERE s.state IS NULL OR s.state = 'missing') AS days_missing
				    FROM unnest(?::text[]) AS a(app_id)
				    CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				    LEFT JOIN rtk.day_state s ON s.account_id = ? AND s.dataset = w.dataset
				        AND s.app_id = a.app_id AND s.day = d.day::date
				) g
				LEFT JOIN rtk.completeness c ON c.account_id = ? AND c.dataset = w.dataset
				ORDER BY w.ord NULLS LAST, w.dataset
				""")
			.params(configured.toArray(String[]::new), accountId, apps.toArray(String[]::new), from, to, accountId,
					accountId)
			.query((rs, row) -> new DatasetState(rs.getString(1), rs.getLong(2), rs.getLong(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
					rs.getObject(6, LocalDate.class), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	/** The account's last run, a run that ended before its job included. */
	public Optional<LastRun> lastRun(String accountId) {
		return this.jdbcClient.sql("""
				SELECT kind, started_at, outcome, message FROM rtk.run_history
				WHERE account_id = ? ORDER BY started_at DESC NULLS LAST LIMIT 1
				""")
			.param(accountId)
			.query((rs, row) -> new LastRun(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4)))
			.optional();
	}

	/**
	 * One dataset of an account: failed and missing app-days in the range; from
	 * {@code rtk.completeness} (all its apps, its whole span, {@code null} when no run
	 * asked for it yet) the first and last day expected, the last day up to which every
	 * day is loaded and final, and when it last loaded.
	 */
	public record DatasetState(String dataset, long daysFailed, long daysMissing, LocalDate firstDay, LocalDate lastDay,
			LocalDate completeThrough, OffsetDateTime lastLoadedAt) {

		public boolean needsAttention() {
			return this.daysFailed > 0 || this.daysMissing > 0;
		}

	}

	/** A run as {@code rtk.run_history} has it: its kind, start and outcome. */
	public record LastRun(String kind, OffsetDateTime startedAt, String outcome, String message) {
	}

}
