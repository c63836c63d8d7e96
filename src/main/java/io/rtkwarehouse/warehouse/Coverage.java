package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which windows are loaded, failed or missing: zero is not missing. */
@Repository
public class Coverage {

	private final JdbcClient jdbcClient;

	Coverage(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Every window of the dataset's apps in the range that is failed or missing (never
	 * fetched, or left out of its answer), in app and day order. The state is the one
	 * {@code rtk.day_state} gives; a day it does not expect (never asked for) is missing.
	 */
	public List<Gap> gaps(String accountId, String dataset, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				-- The account's days, read once: joined day by day, the view may be computed again
				-- for every day.
				WITH s AS MATERIALIZED (
				    SELECT app_id, day, state, last_error FROM rtk.day_state
				    WHERE account_id = ? AND dataset = ? AND day BETWEEN ? AND ?
				)
				SELECT a.app_id, d.day::date AS day, coalesce(s.state, 'missing') AS state, s.last_error
				FROM unnest(?::text[]) AS a(app_id)
				CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				LEFT JOIN s ON s.app_id = a.app_id AND s.day = d.day::date
				WHERE coalesce(s.state, 'missing') IN ('failed', 'missing')
				ORDER BY a.app_id, d.day
				""")
			.params(accountId, dataset, from, to, apps.toArray(String[]::new), from, to)
			.query(Gap.class)
			.list();
	}

	/**
	 * Every livestream window of the apps in the range, in app and day order, with its
	 * state as {@code rtk.day_state} gives it: {@code failed} (its last fetch failed),
	 * {@code missing} (never fetched, or a day it does not expect), and when loaded
	 * {@code open} (not final: a nightly run may still change it), {@code zero} (final,
	 * every number 0) or {@code loaded}; past the source's retention, {@code protected}
	 * (an answer of zeros kept out, the numbers stored before stay) or
	 * {@code retention-zero} (zeros never known otherwise).
	 */
	public List<Day> days(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				-- The account's days, read once: joined day by day, the view may be computed again
				-- for every day.
				WITH s AS MATERIALIZED (
				    SELECT app_id, day, state, last_error FROM rtk.day_state
				    WHERE account_id = ? AND dataset = ? AND day BETWEEN ? AND ?
				)
				SELECT a.app_id, d.day::date AS day, coalesce(s.state, 'missing') AS state,
				       coalesce(r.is_final, false) AS final, s.last_error,
				       r.livestream_count AS livestreams, r.total_viewer_seconds AS viewer_seconds
				FROM unnest(?::text[]) AS a(app_id)
				CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				LEFT JOIN s ON s.app_id = a.app_id AND s.day = d.day::date
				LEFT JOIN rtk.livestream_daily r ON r.account_id = ? AND r.app_id = a.app_id AND r.day = d.day::date
				ORDER BY a.app_id, d.day
				""")
			.params(accountId, "livestreams", from, to, apps.toArray(String[]::new), from, to, accountId)
			.query((rs, row) -> new Day(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7)))
			.list();
	}

	/**
	 * One window's state and numbers ({@code null} when not loaded or not given);
	 * {@code final} when its row is final.
	 */
	public record Day(String appId, LocalDate day, String state, boolean isFinal, String lastError, Long livestreams,
			Long viewerSeconds) {
	}

	/** A window that is missing (never fetched) or failed (its last fetch failed). */
	public record Gap(String appId, LocalDate day, String state, String lastError) {
	}

}
