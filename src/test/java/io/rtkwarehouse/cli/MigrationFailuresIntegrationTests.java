package io.rtkwarehouse.cli;

import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that cannot run is reported as what it is, in one line naming the migration
 * and why, never as a database that went away; the state a killed first run of an earlier
 * version left is started over.
 */
class MigrationFailuresIntegrationTests extends CommandTests {

	private TestDatabase fresh;

	private JdbcClient freshJdbc;

	@BeforeEach
	void freshDatabase() {
		this.fresh = TestDatabase.fresh("rtk_migration_");
		this.freshJdbc = JdbcClient.create(this.fresh.dataSource());
	}

	@AfterEach
	void dropIt() {
		this.fresh.drop();
	}

	@Test
	void aMigrationThatFailsIsOneLineNamingItAndWhyAndExitsOne() {
		migrateUpTo("7");
		this.freshJdbc.sql("INSERT INTO rtk.warehouse (account_id, zone, lookback_days) VALUES ('x', 'UTC', 3)")
			.update();
		this.freshJdbc.sql("CREATE TABLE rtk_batch.run_lock (x int)").update();

		CliRuns.Result run = backfill();

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).hasLineCount(1)
			.startsWith("error: the warehouse schema could not be migrated: migration V9 (run lock, V9__run_lock.sql)"
					+ " failed at line ")
			.contains(": ERROR: relation \"run_lock\" already exists; nothing of it was applied. If an earlier"
					+ " rtk-warehouse was killed while it committed V9, its changes are in place without their record")
			.contains("INSERT INTO rtk_batch.flyway_schema_history")
			.doesNotContain("cannot be reached");
		assertThat(this.freshJdbc.sql("SELECT count(*) FROM rtk.warehouse").query(Long.class).single()).isOne();
	}

	@Test
	void schemasWithTablesButNoHistoryAreOneLineAndExitOne() {
		this.freshJdbc.sql("CREATE SCHEMA rtk; CREATE SCHEMA rtk_batch; CREATE TABLE rtk_batch.mine (x int)").update();

		CliRuns.Result run = backfill();

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).hasLineCount(1)
			.startsWith("error: the warehouse schema could not be migrated: Found non-empty schema(s) \"rtk_batch\""
					+ " but no schema history table")
			.doesNotContain("cannot be reached");
	}

	@Test
	void aMigrationEditedSinceItWasAppliedIsOneLineNamingItAndExitsTwo() {
		CliRuns.Result first = backfill();
		assertThat(first.exitCode()).as(first.all()).isZero();
		this.freshJdbc.sql("UPDATE rtk_batch.flyway_schema_history SET checksum = checksum + 1 WHERE version = '3'")
			.update();

		CliRuns.Result run = backfill();

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).hasLineCount(1)
			.startsWith("error: the warehouse schema does not match the migrations of this rtk-warehouse: V3"
					+ " (analyst warehouse): Migration checksum mismatch for migration version 3, Applied to database:")
			.endsWith("; nothing was written\n");
	}

	/**
	 * What a first run of an earlier version, killed while the server committed a
	 * migration, left: the migration's tables, and no record of it in Flyway's history.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "1", "3" })
	void aWarehouseAKilledFirstRunOfAnEarlierVersionLeftIsStartedOver(String unrecorded) {
		migrateUpTo(unrecorded);
		this.freshJdbc.sql("DELETE FROM rtk_batch.flyway_schema_history WHERE version = ?").param(unrecorded).update();

		CliRuns.Result run = backfill();

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(FirstMigrationKilledIntegrationTests.catalogue(this.freshJdbc))
			.isEqualTo(FirstMigrationKilledIntegrationTests.catalogue(this.jdbc));
		assertThat(FirstMigrationKilledIntegrationTests.migrations(this.freshJdbc))
			.isEqualTo(FirstMigrationKilledIntegrationTests.migrations(this.jdbc));
		assertThat(this.freshJdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(2 * this.apps.size());
	}

	@Test
	void aWarehouseWithDataIsNeverStartedOver() {
		migrateUpTo("3");
		this.freshJdbc.sql("INSERT INTO rtk.app (account_id, app_id, last_seen_at) VALUES ('x', 'y', now())").update();
		this.freshJdbc.sql("DELETE FROM rtk_batch.flyway_schema_history WHERE version = '3'").update();

		CliRuns.Result run = backfill();

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("migration V3 (analyst warehouse, V3__analyst_warehouse.sql) failed at line")
			.contains("already exists");
		assertThat(this.freshJdbc.sql("SELECT count(*) FROM rtk.app").query(Long.class).single()).isOne();
	}

	private void migrateUpTo(String version) {
		Flyway.configure()
			.dataSource(this.fresh.dataSource())
			.locations("classpath:db/migration")
			.defaultSchema("rtk_batch")
			.schemas("rtk_batch", "rtk")
			.target(version)
			.load()
			.migrate();
	}

	private CliRuns.Result backfill() {
		List<String> args = new ArrayList<>(List.of("backfill", "--from=2024-01-01", "--to=2024-01-02"));
		TestEnvironment.properties()
			.forEach((name, value) -> args
				.add("--" + name + "=" + (name.equals("spring.datasource.url") ? this.fresh.jdbcUrl() : value)));
		return CliRuns.run(args.toArray(String[]::new));
	}

}
