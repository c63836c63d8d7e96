package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.config.Dataset;

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
	 * Every window of the dataset's apps in the range that is not loaded (failed, never
	 * fetched, or left out of its answer), in app and day order.
	 */
	public List<Gap> gaps(String accountId, Dataset dataset, List<String> apps, LocalDate from, LocalDate to) {
		return this.jdbcClient.sql("""
				SELECT a.app_id, d.day::date AS day, coalesce(l.status, 'missing') AS state, l.last_error
				FROM unnest(?::text[]) AS a(app_id)
				CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				LEFT JOIN rtk.window_ledger l ON l.account_id = ? AND l.dataset = ? AND l.app_id = a.app_id
				    AND l.day = d.day::date
				WHERE l.status IS DISTINCT FROM 'loaded'
				ORDER BY a.app_id, d.day
				""").params(apps.toArray(String[]::new), from, to, accountId, dataset.id()).query(Gap.class).list();
	}

	/** A window that is missing (never fetched) or failed (its last fetch failed). */
	public record Gap(String appId, LocalDate day, String state, String lastError) {
	}

}
