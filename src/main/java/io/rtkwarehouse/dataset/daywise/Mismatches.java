package io.rtkwarehouse.dataset.daywise;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.rtkwarehouse.dataset.CrossCheck;
import io.rtkwarehouse.window.DayRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Compares the loaded livestream days with the daywise numbers, UTC day by UTC day
 * ({@code rtk.livestream_mismatch}): ingest and viewer seconds are compared, counts shown
 * (the daywise count counts sessions). A day where either side does not know a number is
 * unknown, not a difference.
 */
@Component
class Mismatches implements CrossCheck {

	private final JdbcClient jdbcClient;

	Mismatches(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	@Override
	public String refusal(String zone) {
		if (ZoneId.of(zone).normalized().equals(ZoneOffset.UTC)) {
			return null;
		}
		return "reconcile compares UTC days only. The daywise endpoint does not document the zone of its days,"
				+ " and the loaded rows are days of " + zone + ", whose hours are not the same as any UTC day's,"
				+ " so no day can be compared. Reconcile an account loaded with rtk.zone=UTC";
	}

	@Override
	public Result compare(String accountId, List<String> apps, DayRange range) {
		String[] ids = apps.toArray(String[]::new);
		List<String> differ = this.jdbcClient.sql("""
				SELECT app_id, day, loaded_ingest_seconds, daywise_ingest_seconds, loaded_viewer_seconds,
				    daywise_viewer_seconds, loaded_livestream_count, daywise_session_count
				FROM rtk.livestream_mismatch
				WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?
				ORDER BY app_id, day
				""")
			.params(accountId, ids, range.from(), range.to())
			.query((rs, row) -> "app " + rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + ": ingest seconds "
					+ rs.getObject(3) + " loaded, " + rs.getObject(4) + " daywise; viewer seconds " + rs.getObject(5)
					+ " loaded, " + rs.getObject(6) + " daywise (counts, not compared: " + rs.getObject(7)
					+ " livestreams, " + rs.getObject(8) + " sessions)")
			.list();
		List<String> unknown = this.jdbcClient.sql("""
				SELECT w.app_id, w.day,
				    concat_ws(', ', CASE WHEN d.total_ingest_seconds IS NULL THEN 'loaded ingest seconds' END,
				        CASE WHEN w.total_ingest_seconds IS NULL THEN 'daywise ingest seconds' END,
				        CASE WHEN d.total_viewer_seconds IS NULL THEN 'loaded viewer seconds' END,
				        CASE WHEN w.total_viewer_seconds IS NULL THEN 'daywise viewer seconds' END)
				FROM rtk.livestream_daywise w
				JOIN rtk.livestream_daily d ON d.account_id = w.account_id AND d.app_id = w.app_id AND d.day = w.day
				WHERE w.account_id = ? AND w.app_id = ANY (?) AND w.day BETWEEN ? AND ?
				  AND (d.total_ingest_seconds IS NULL OR w.total_ingest_seconds IS NULL
				       OR d.total_viewer_seconds IS NULL OR w.total_viewer_seconds IS NULL)
				ORDER BY w.app_id, w.day
				""")
			.params(accountId, ids, range.from(), range.to())
			.query((rs, row) -> "app " + rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + ": unknown "
					+ rs.getString(3))
			.list();
		Overlap overlap = this.jdbcClient.sql("""
				SELECT count(*) FILTER (WHERE d.day IS NOT NULL AND w.day IS NOT NULL) AS compared,
				       count(*) FILTER (WHERE w.day IS NULL) AS only_loaded,
				       count(*) FILTER (WHERE d.day IS NULL) AS only_daywise
				FROM (SELECT app_id, day FROM rtk.livestream_daily
				      WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?) d
				FULL JOIN (SELECT app_id, day FROM rtk.livestream_daywise
				      WHERE account_id = ? AND app_id = ANY (?) AND day BETWEEN ? AND ?) w
				    ON w.app_id = d.app_id AND w.day = d.day
				""")
			.params(accountId, ids, range.from(), range.to(), accountId, ids, range.from(), range.to())
			.query(Overlap.class)
			.single();
		String notCompared = (overlap.onlyLoaded() > 0 || overlap.onlyDaywise() > 0)
				? overlap.onlyLoaded() + " loaded day(s) the daywise answers left out, " + overlap.onlyDaywise()
						+ " daywise day(s) not loaded (gaps lists them)"
				: null;
		return new Result(overlap.compared() - unknown.size(), differ, unknown, notCompared);
	}

	private record Overlap(long compared, long onlyLoaded, long onlyDaywise) {
	}

}
