package io.rtkwarehouse.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.window.DayRange;
import org.flywaydb.core.Flyway;

import org.springframework.stereotype.Component;

/** What every command does before it touches anything: check, migrate, check the zone. */
@Component
public class WarehouseGuard {

	private final RtkProperties properties;

	private final Flyway flyway;

	private final Accounts accounts;

	private final Clock clock;

	WarehouseGuard(RtkProperties properties, Flyway flyway, Accounts accounts, Clock clock) {
		this.properties = properties;
		this.flyway = flyway;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Refuses a bad configuration before anything is written.
	 * @param needsApi whether the command talks to the API
	 */
	public void checkConfiguration(boolean needsApi) {
		List<String> problems = this.properties.problems(needsApi);
		if (!problems.isEmpty()) {
			throw new InvalidConfigurationException(problems);
		}
	}

	/** Brings the schema up to date ({@code migrate} is idempotent). */
	void migrate() {
		this.flyway.migrate();
	}

	/** Whether the schema is up to date, without changing it. */
	boolean schemaCurrent() {
		return this.flyway.info().current() != null && this.flyway.info().pending().length == 0;
	}

	/**
	 * The zone of this run, refused when the account's days were loaded in another zone:
	 * those are other windows.
	 */
	ZoneId zone() {
		ZoneId zone = this.properties.zoneId();
		String account = this.properties.accountId();
		this.accounts.zoneOf(account).filter((loaded) -> !loaded.equals(zone.getId())).ifPresent((loaded) -> {
			throw new InvalidConfigurationException("the days of account " + account + " are loaded in " + loaded
					+ ", and rtk.zone is " + zone + ": days in another zone are other windows. Keep rtk.zone=" + loaded
					+ ", or start this account over in " + zone
					+ ": DELETE FROM rtk.livestream_daily WHERE account_id = '" + account
					+ "'; DELETE FROM rtk.window_ledger WHERE account_id = '" + account
					+ "'; DELETE FROM rtk.warehouse WHERE account_id = '" + account + "'; then run backfill again"
					+ " (rtk.livestream_fetch keeps the old answers as history)");
		});
		return zone;
	}

	LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * Days before the returned one are final: their windows ended more than the lookback
	 * ago.
	 */
	LocalDate finalBefore(ZoneId zone) {
		return DayRange.nightly(today(zone), this.properties.lookbackDays()).from();
	}

	RtkProperties properties() {
		return this.properties;
	}

}
