package io.rtkwarehouse.warehouse;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code rtk.warehouse}: per account, the zone its days are loaded in and the lookback of
 * its last run.
 */
@Repository
public class Accounts {

	private final JdbcClient jdbcClient;

	Accounts(JdbcClient jdbcClient) {
		this.jdbcClient = jdbcClient;
	}

	/** The zone the account's days are in, if any run wrote them. */
	public Optional<String> zoneOf(String accountId) {
		return this.jdbcClient.sql("SELECT zone FROM rtk.warehouse WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional();
	}

	/** Every account the warehouse knows: it has a zone, apps or windows. */
	public List<String> all() {
		return this.jdbcClient.sql("""
				SELECT account_id FROM rtk.warehouse
				UNION SELECT account_id FROM rtk.app
				UNION SELECT DISTINCT account_id FROM rtk.window_ledger
				ORDER BY 1
				""").query(String.class).list();
	}

	/** Records the account's zone (on its first run) and lookback (on every run). */
	public void remember(String accountId, String zone, int lookbackDays) {
		this.jdbcClient.sql("""
				INSERT INTO rtk.warehouse (account_id, zone, lookback_days) VALUES (?, ?, ?)
				ON CONFLICT (account_id) DO UPDATE SET lookback_days = excluded.lookback_days, updated_at = now()
				""").params(accountId, zone, lookbackDays).update();
	}

}
