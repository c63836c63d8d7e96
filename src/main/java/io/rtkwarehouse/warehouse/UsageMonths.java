package io.rtkwarehouse.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The usage dataset per app and month: sessions and session minutes
 * ({@code rtk.session_daily}), recordings and recording minutes
 * ({@code rtk.recording_daily}), over the days {@code rtk.day_state} counts as loaded.
 */
@Repository
public class UsageMonths {

	private static final String DATASET = "usage";

	private final JdbcClient jdbcClient;

	UsageMonths(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * Every month of the range for each app, in app and month order; empty when the
	 * account has never loaded the usage dataset. A month without a loaded day has
	 * {@code null} sums (nothing is known, which is not 0); so has a sum no loaded day
	 * gave. A failed day's kept numbers are left out, and so are the days before the app
	 * existed (its created day in the account's zone).
	 */
	public Optional<List<Month>> of(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		boolean present = this.jdbcClient
			.sql("SELECT EXISTS (SELECT 1 FROM rtk.window_ledger WHERE account_id = ? AND dataset = ?)")
			.params(accountId, DATASET)
			.query(Boolean.class)
			.single();
		if (!present) {
			return Optional.empty();
		}
		return Optional.of(this.jdbcClient
			.sql("""
					SELECT a.app_id, date_trunc('month', d.day)::date AS month,
					       count(*) FILTER (WHERE c.day IS NULL OR d.day::date >= c.day) AS days,
					       count(*) FILTER (WHERE s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open'))
					           AS days_loaded,
					       sum(sd.total_sessions)::bigint AS sessions, sum(sd.total_session_minutes) AS session_minutes,
					       sum(rd.total_recordings)::bigint AS recordings, sum(rd.total_recording_minutes) AS recording_minutes,
					       count(*) FILTER (WHERE d.day::date < c.day) AS days_before
					FROM unnest(?::text[]) AS a(app_id)
					CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
					-- The app's created day in the account's zone, as rtk.day_state starts it.
					LEFT JOIN LATERAL (
					    SELECT (p.created_at AT TIME ZONE coalesce(w.zone, 'UTC'))::date AS day
					    FROM rtk.app p LEFT JOIN rtk.warehouse w ON w.account_id = p.account_id
					    WHERE p.account_id = ? AND p.app_id = a.app_id
					) c ON true
					LEFT JOIN rtk.day_state s ON s.account_id = ? AND s.dataset = ? AND s.app_id = a.app_id
					    AND s.day = d.day::date AND (c.day IS NULL OR d.day::date >= c.day)
					LEFT JOIN rtk.session_daily sd ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')
					    AND sd.account_id = s.account_id AND sd.app_id = s.app_id AND sd.day = s.day
					LEFT JOIN rtk.recording_daily rd ON s.state IN ('loaded', 'zero', 'protected', 'retention-zero', 'open')
					    AND rd.account_id = s.account_id AND rd.app_id = s.app_id AND rd.day = s.day
					GROUP BY 1, 2 ORDER BY 1, 2
					""")
			.params(apps.toArray(String[]::new), from, to, accountId, accountId, DATASET)
			.query((rs, row) -> new Month(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4),
					(Long) rs.getObject(5, Long.class), rs.getBigDecimal(6), (Long) rs.getObject(7, Long.class),
					rs.getBigDecimal(8), rs.getInt(9)))
			.list());
	}

	/**
	 * One app's month: its days in the range from the app's created day on, how many are
	 * loaded, the sums over those ({@code null} when none is loaded or none gave the
	 * number), and its days in the range before the app existed (never asked for).
	 */
	public record Month(String appId, LocalDate month, int days, int daysLoaded, Long sessions,
			BigDecimal sessionMinutes, Long recordings, BigDecimal recordingMinutes, int daysBefore) {
	}

}
