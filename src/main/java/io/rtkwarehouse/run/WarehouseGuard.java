package io.rtkwarehouse.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.InvalidConfigurationException;
import io.rtkwarehouse.config.PropertyNames;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.SchemaHistory;
import io.rtkwarehouse.window.DayRange;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What every command does before it touches anything: check, migrate, check the zone.
 * Flyway is asked for only when a command migrates: the commands that only read have none
 * in their context and check the schema from its history table ({@link SchemaHistory}).
 */
@Component
public class WarehouseGuard {

	private final ObjectProvider<Flyway> flyway;

	private final SchemaHistory history;

	private final Accounts accounts;

	private final Clock clock;

	private final PropertyNames propertyNames;

	private final ConfiguredAccounts configured;

	private final Datasets datasets;

	WarehouseGuard(ObjectProvider<Flyway> flyway, SchemaHistory history, Accounts accounts, Clock clock,
			PropertyNames propertyNames, ConfiguredAccounts configured, Datasets datasets) {
		this.history = history;
		this.propertyNames = propertyNames;
		this.configured = configured;
		this.datasets = datasets;
		this.flyway = flyway;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Refuses a bad configuration before anything is written.
	 * @param needsApi whether the command talks to the API (and so works on one account)
	 * @param needsAccount whether the command works on one account
	 */
	public void checkConfiguration(boolean needsApi, boolean needsAccount) {
		List<String> problems = new ArrayList<>(this.propertyNames.problems());
		problems.addAll(this.configured.problems(needsApi, needsAccount));
		problems.addAll(this.datasets.problems(this.configured.defaults().datasets()));
		if (!problems.isEmpty()) {
			throw new InvalidConfigurationException(problems);
		}
	}

	/**
	 * Brings the schema up to date, each migration committed with its record; refuses a
	 * schema that a newer version of rtk-warehouse migrated, and says which migration
	 * failed and why ({@link MigrationFailedException}). One caller at a time: accounts
	 * of different tokens run side by side, and the one Flyway of the process is not safe
	 * for two threads (its classpath scan fills plain HashMaps, so two first scans at
	 * once end in a NullPointerException in Flyway's {@code ResourceNameCache}).
	 */
	synchronized void migrate() {
		Flyway flyway = this.flyway.getObject();
		MigrationInfoService info = flyway.info();
		refuseNewerSchema(info);
		new SchemaMigration(flyway).migrate(info);
	}

	private static void refuseNewerSchema(MigrationInfoService info) {
		MigrationInfo[] applied = info.applied();
		MigrationInfo[] known = info.all();
		String newest = null;
		for (MigrationInfo migration : applied) {
			if (migration.getState() == MigrationState.FUTURE_SUCCESS
					|| migration.getState() == MigrationState.FUTURE_FAILED) {
				newest = migration.getVersion().toString();
			}
		}
		if (newest != null) {
			String latest = "none";
			for (MigrationInfo migration : known) {
				if (migration.getState() != MigrationState.FUTURE_SUCCESS
						&& migration.getState() != MigrationState.FUTURE_FAILED && migration.getVersion() != null) {
					latest = migration.getVersion().toString();
				}
			}
			throw newerSchema(newest, latest);
		}
	}

	private static InvalidConfigurationException newerSchema(String newest, String latest) {
		return new InvalidConfigurationException(
				"the warehouse schema is at version " + newest + ", newer than this rtk-warehouse knows (" + latest
						+ "): run the version that migrated it," + " or a newer one; nothing was written");
	}

	/** Whether the schema is up to date, without changing it. */
	boolean schemaCurrent() {
		return schemaProblem() == null;
	}

	/**
	 * Why a command that only reads cannot read the warehouse, or {@code null} when it
	 * can. Such commands never create or migrate the schema.
	 */
	public String schemaProblem() {
		MigrationVersion current = this.history.current().orElse(null);
		List<MigrationVersion> packaged = this.history.packaged();
		MigrationVersion latest = packaged.isEmpty() ? null : packaged.get(packaged.size() - 1);
		if (current != null && (latest == null || current.compareTo(latest) > 0)) {
			throw newerSchema(current.toString(), (latest != null) ? latest.toString() : "none");
		}
		if (current == null) {
			return "Nothing loaded yet: the warehouse schema is not in this database. The first backfill or nightly"
					+ " run creates it.";
		}
		if (current.equals(latest)) {
			return null;
		}
		return "The warehouse schema is at version " + current + " and this version of rtk-warehouse reads version "
				+ latest + ": the next backfill or nightly run migrates it.";
	}

	/**
	 * The zone of the account's run, refused when its days were loaded in another zone:
	 * those are other windows.
	 */
	ZoneId zone(RtkProperties account) {
		ZoneId zone = account.zoneId();
		String id = account.accountId();
		this.accounts.zoneOf(id).filter((loaded) -> !loaded.equals(zone.getId())).ifPresent((loaded) -> {
			throw new InvalidConfigurationException("the days of account " + id + " are loaded in " + loaded
					+ ", and rtk.zone is " + zone + ": days in another zone are other windows. Keep rtk.zone=" + loaded
					+ ", or start this account over in " + zone
					+ ": DELETE FROM rtk.livestream_daily WHERE account_id = '" + id
					+ "'; DELETE FROM rtk.window_ledger WHERE account_id = '" + id
					+ "'; DELETE FROM rtk.warehouse WHERE account_id = '" + id + "'; then run backfill again"
					+ " (rtk.livestream_fetch keeps the old answers as history)");
		});
		return zone;
	}

	/** The zone an account's days were loaded in, if any run wrote them. */
	java.util.Optional<String> loadedZone(String accountId) {
		return this.accounts.zoneOf(accountId);
	}

	LocalDate today(ZoneId zone) {
		return LocalDate.now(this.clock.withZone(zone));
	}

	/**
	 * Days before the returned one are final: their windows ended more than the account's
	 * lookback ago.
	 */
	LocalDate finalBefore(ZoneId zone, RtkProperties account) {
		return DayRange.nightly(today(zone), account.lookbackDays()).from();
	}

	public ConfiguredAccounts configured() {
		return this.configured;
	}

}
