package io.rtkwarehouse.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions and session minutes per month from the usage dataset's
 * {@code rtk.session_daily}, where that table exists.
 */
@Repository
public class UsageMonths {

	private final JdbcClient jdbcClient;

	UsageMonths(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/**
	 * The apps' months in the range, oldest first; empty when the account has never
	 * loaded the usage dataset.
	 */
	public Optional<List<Month>> of(String accountId, List<String> apps, LocalDate from, LocalDate to) {
		boolean present = this.jdbcClient
			.sql("SELECT EXISTS (SELECT 1 FROM rtk.window_ledger WHERE account_id = ? AND dataset = ?)")
			.params(accountId, "usage")
			.query(Boolean.class)
			.single();
		if (!present) {
			return Optional.empty();
		}
		return Optional.of(this.jdbcClient.sql("""
				SELECT date_trunc('month', day)::date AS month, coalesce(sum(total_sessions), 0) AS sessions,
				       coalesce(sum(total_session_minutes), 0) AS session_minutes
				FROM rtk.session_daily
				WHERE account_id = ? AND app_id = ANY(?::text[]) AND day BETWEEN ? AND ?
				GROUP BY 1 ORDER BY 1
				""").params(accountId, apps.toArray(String[]::new), from, to).query(Month.class).list());
	}

	/** One month's sums over the apps. */
	public record Month(LocalDate month, long sessions, BigDecimal sessionMinutes) {
	}

}
