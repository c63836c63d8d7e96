package io.rtkwarehouse.warehouse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code rtk.app}: the apps that the apps endpoint listed, with their names. */
@Repository
public class Apps {

	private final JdbcTemplate jdbcTemplate;

	private final JdbcClient jdbcClient;

	Apps(JdbcTemplate jdbcTemplate, JdbcClient jdbcClient) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbcClient = jdbcClient;
	}

	/** Records the apps that the apps endpoint listed. */
	public void save(String accountId, List<App> apps) {
		this.jdbcTemplate.batchUpdate("""
				INSERT INTO rtk.app (account_id, app_id, name, created_at, last_seen_at)
				VALUES (?, ?, ?, ?::timestamptz, now())
				ON CONFLICT (account_id, app_id) DO UPDATE SET name = excluded.name,
				    created_at = excluded.created_at, last_seen_at = excluded.last_seen_at
				""", apps, 500, (ps, app) -> {
			ps.setString(1, accountId);
			ps.setString(2, app.id());
			ps.setString(3, app.name());
			ps.setString(4, app.createdAt());
		});
	}

	/** An app as the apps endpoint listed it; {@code createdAt} as it came, or null. */
	public record App(String id, String name, String createdAt) {
	}

	/**
	 * The apps the listing last gave for the account, {@code createdAt} in ISO 8601 UTC.
	 */
	public List<App> listed(String accountId) {
		return this.jdbcClient.sql("""
				SELECT app_id, name, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
				FROM rtk.app WHERE account_id = ? ORDER BY app_id
				""")
			.param(accountId)
			.query((rs, row) -> new App(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * The day the listing says the app was created, as a calendar day in {@code zone};
	 * empty for an app the listing never gave (one named with {@code --apps}) or gave
	 * without a creation time.
	 */
	public Optional<LocalDate> createdDay(String accountId, String appId, ZoneId zone) {
		return this.jdbcClient.sql("""
				SELECT (created_at AT TIME ZONE ?)::date FROM rtk.app
				WHERE account_id = ? AND app_id = ? AND created_at IS NOT NULL
				""").params(zone.getId(), accountId, appId).query(LocalDate.class).optional();
	}

	/** Apps the warehouse knows for the account: listed by the API, or tried by a run. */
	public List<String> known(String accountId) {
		return this.jdbcClient.sql("""
				SELECT app_id FROM rtk.app WHERE account_id = ?
				UNION SELECT DISTINCT app_id FROM rtk.window_ledger WHERE account_id = ?
				ORDER BY 1
				""").params(accountId, accountId).query(String.class).list();
	}

	/**
	 * The names the apps endpoint gave the account's apps, by app id; apps without one
	 * are left out.
	 */
	public Map<String, String> names(String accountId) {
		Map<String, String> names = new HashMap<>();
		this.jdbcClient.sql("SELECT app_id, name FROM rtk.app WHERE account_id = ? AND name IS NOT NULL AND name <> ''")
			.param(accountId)
			.query((RowCallbackHandler) (rs) -> names.put(rs.getString(1), rs.getString(2)));
		return names;
	}

}
