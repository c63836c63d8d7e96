package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which windows are loaded, failed or missing: zero is not missing, and a day before the
 * app existed (before its created day in the account's zone) is neither.
 */
@Repository
public class Coverage {

	/**
	 * The state of a day before the app's created day: never asked for, neither loaded
	 * nor missing.
	 */
	public static final String BEFORE_CREATED = "before-created";

	/**
	 * Each app's created day ({@code rtk.app.created_at} as a day in the account's zone,
	 * UTC when it has none), as {@code rtk.day_state} starts the app; one parameter, the
	 * account.
	 */
	private static final String CREATED_DAYS = """
			SELECT p.app_id, (p.created_at AT TIME ZONE coalesce(w.zone, 'UTC'))::date AS day,
			       coalesce(w.zone, 'UTC') AS zone, p.name, (p.created_at AT TIME ZONE 'UTC')::date AS utc_day
			FROM rtk.app p LEFT JOIN rtk.warehouse w ON w.account_id = p.account_id
			WHERE p.account_id = ? AND p.created_at IS NOT NULL""";

	private final JdbcClient jdbcClient;

	Coverage(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Every window of the dataset's apps in the range that is failed or missing (never
	 * fetched, or left out of its answer), in app and day order. The state is the one
	 * {@code rtk.day_state} gives; a day it does not expect (never asked for) is missing,
	 * unless it is before the app's created day: such a day is never asked for, and is
	 * not a gap. For a dataset of UTC or undocumented dates the created day is the
	 * earlier of the zone's and UTC's, as the loader asks.
	 */
	public List<Gap> gaps(String accountId, String dataset, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				-- The account's days, read once: joined day by day, the view may be computed again
				-- for every day.
				WITH s AS MATERIALIZED (
				    SELECT app_id, day, state, last_error FROM rtk.day_state
				    WHERE account_id = ? AND dataset = ? AND day BETWEEN ? AND ?
				), c AS (
				    SELECT app_id, CASE WHEN ? = 'livestreams' THEN day ELSE least(day, utc_day) END AS day
				    FROM (%s) created
				)
				SELECT a.app_id, d.day::date AS day, coalesce(s.state, 'missing') AS state, s.last_error
				FROM unnest(?::text[]) AS a(app_id)
				CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				LEFT JOIN s ON s.app_id = a.app_id AND s.day = d.day::date
				LEFT JOIN c ON c.app_id = a.app_id
				WHERE coalesce(s.state, 'missing') IN ('failed', 'missing') AND (c.day IS NULL OR d.day::date >= c.day)
				ORDER BY a.app_id, d.day
				""".formatted(CREATED_DAYS))
			.params(accountId, dataset, from, to, dataset, accountId, apps.toArray(String[]::new), from, to)
			.query(Gap.class)
			.list();
	}

	/**
	 * Every livestream window of the apps in the range, in app and day order, with its
	 * state as {@code rtk.day_state} gives it: {@code failed} (its last fetch failed),
	 * {@code missing} (never fetched, or a day it does not expect),
	 * {@link #BEFORE_CREATED} (before the app's created day: never asked for, whatever an
	 * earlier run left of it), and when loaded {@code open} (not final: a nightly run may
	 * still change it), {@code zero} (final, every number 0) or {@code loaded}; past the
	 * source's retention, {@code protected} (an answer of zeros kept out, the numbers
	 * stored before stay) or {@code retention-zero} (zeros never known otherwise).
	 */
	public List<Day> days(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				-- The account's days, read once: joined day by day, the view may be computed again
				-- for every day.
				WITH s AS MATERIALIZED (
				    SELECT app_id, day, state, last_error FROM rtk.day_state
				    WHERE account_id = ? AND dataset = ? AND day BETWEEN ? AND ?
				), c AS (%s)
				SELECT a.app_id, d.day::date AS day,
				       CASE WHEN d.day::date < c.day THEN '%s' ELSE coalesce(s.state, 'missing') END AS state,
				       coalesce(r.is_final, false) AND (c.day IS NULL OR d.day::date >= c.day) AS final,
				       s.last_error, r.livestream_count AS livestreams, r.total_viewer_seconds AS viewer_seconds
				FROM unnest(?::text[]) AS a(app_id)
				CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				LEFT JOIN s ON s.app_id = a.app_id AND s.day = d.day::date
				LEFT JOIN c ON c.app_id = a.app_id
				LEFT JOIN rtk.livestream_daily r ON r.account_id = ? AND r.app_id = a.app_id AND r.day = d.day::date
				    AND (c.day IS NULL OR d.day::date >= c.day)
				ORDER BY a.app_id, d.day
				""".formatted(CREATED_DAYS, BEFORE_CREATED))
			.params(accountId, "livestreams", from, to, accountId, apps.toArray(String[]::new), from, to, accountId)
			.query((rs, row) -> new Day(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getBoolean(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7)))
			.list();
	}

	/**
	 * The apps of the account the apps endpoint listed with a creation time, among
	 * {@code apps}: each with its created day in the account's zone, the first day asked
	 * for it, in app order.
	 */
	public List<Created> created(String accountId, List<String> apps) {
		return this.jdbcClient.sql("""
				WITH c AS (%s)
				SELECT c.app_id, c.name, c.day, c.zone, c.utc_day FROM c
				WHERE c.app_id = ANY (?::text[])
				ORDER BY c.app_id
				""".formatted(CREATED_DAYS)).params(accountId, apps.toArray(String[]::new)).query(Created.class).list();
	}

	/**
	 * An app's created day in {@code zone} (the account's): the days before it are never
	 * asked for; for a dataset of UTC or undocumented dates, the earlier of it and
	 * {@code utcDay} ({@link #firstDay}).
	 */
	public record Created(String appId, String name, LocalDate day, String zone, LocalDate utcDay) {

		/**
		 * The first day a dataset asks for: {@link #day}, or for one whose days are not
		 * the zone's the earlier of it and the UTC day, as the loader plans.
		 */
		public LocalDate firstDay(boolean zoneDays) {
			return (zoneDays || !this.utcDay.isBefore(this.day)) ? this.day : this.utcDay;
		}

		/** How many days of the range are before the app existed. */
		public long daysBefore(LocalDate from, LocalDate to) {
			LocalDate end = this.day.isAfter(to) ? to.plusDays(1) : this.day;
			return Math.max(0, end.toEpochDay() - from.toEpochDay());
		}

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
