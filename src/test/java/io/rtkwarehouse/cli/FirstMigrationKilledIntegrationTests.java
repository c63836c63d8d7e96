package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.ChildJvm;
import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.TestEnvironment;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first run killed with SIGKILL at many moments of its first migration, each time in a
 * fresh database: the next run completes, and the warehouse is the one a run that was
 * never killed leaves.
 */
class FirstMigrationKilledIntegrationTests extends CommandTests {

	private static final DayRange RANGE = new DayRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3));

	private TestDatabase fresh;

	@BeforeEach
	void freshDatabase() {
		this.fresh = TestDatabase.fresh("rtk_kill_");
	}

	@AfterEach
	void dropIt() {
		this.fresh.drop();
	}

	enum Moment {

		/** CREATE SCHEMA has run, nothing is committed. */
		SCHEMAS_CREATED,

		/** Flyway's history table is created, in the transaction of the schemas. */
		HISTORY_TABLE_CREATED,

		/** Half of the first migration's statements have run. */
		HALFWAY_THROUGH_THE_FIRST_MIGRATION,

		/** Every statement of the first migration has run; its record waits. */
		FIRST_MIGRATION_RUN_ITS_RECORD_WAITING,

		/**
		 * The first migration has run and the server is committing it when the process
		 * dies (the state a kill during its COMMIT leaves).
		 */
		FIRST_MIGRATION_COMMITTING,

		/** The first migration is committed; the second has not begun. */
		BETWEEN_THE_FIRST_AND_THE_SECOND_MIGRATION,

		/** The server is committing the third migration when the process dies. */
		THIRD_MIGRATION_COMMITTING,

		/**
		 * The server is committing the migration of the run lock when the process dies.
		 */
		RUN_LOCK_MIGRATION_COMMITTING,

		/** As soon as the schema rtk_batch can be seen, wherever the migration is. */
		AS_SOON_AS_THE_SCHEMA_APPEARS

	}

	@ParameterizedTest
	@EnumSource(Moment.class)
	void aFirstRunKilledDuringItsMigrationLeavesAWarehouseTheNextRunCompletes(Moment moment) throws Exception {
		try (MigrationGate gate = new MigrationGate(this.fresh)) {
			switch (moment) {
				case SCHEMAS_CREATED -> gate.closeAfterCreating("rtk");
				case HISTORY_TABLE_CREATED -> gate.closeAfterCreating("rtk_batch.flyway_schema_history");
				case HALFWAY_THROUGH_THE_FIRST_MIGRATION -> gate.closeAfterCreating("rtk_batch.batch_step_execution");
				case FIRST_MIGRATION_COMMITTING -> gate.closeAtTheCommitOf("rtk_batch.batch_job_instance_seq");
				case THIRD_MIGRATION_COMMITTING -> gate.closeAtTheCommitOf("rtk.warehouse");
				case RUN_LOCK_MIGRATION_COMMITTING -> gate.closeAtTheCommitOf("rtk_batch.run_lock");
				case AS_SOON_AS_THE_SCHEMA_APPEARS -> {
				}
				default -> gate.closeAfterCreating("rtk_batch.batch_job_instance_seq");
			}
			ChildJvm child = ChildJvm.start(Map.of(), backfillIn(this.fresh));
			gate.watch(child);
			holdAt(moment, gate);

			child.killHard();
		}
		System.out.println("killed at " + moment + ": " + state(JdbcClient.create(this.fresh.dataSource())));

		CliRuns.Result next = CliRuns.run(backfillIn(this.fresh).toArray(String[]::new));

		assertThat(next.exitCode()).as(next.all()).isZero();
		JdbcClient jdbc = JdbcClient.create(this.fresh.dataSource());
		assertThat(rows(jdbc)).isEqualTo(expectedRows());
		assertThat(catalogue(jdbc)).isEqualTo(catalogue(this.jdbc));
		assertThat(migrations(jdbc)).isEqualTo(migrations(this.jdbc));
	}

	private void holdAt(Moment moment, MigrationGate gate) throws Exception {
		switch (moment) {
			case AS_SOON_AS_THE_SCHEMA_APPEARS -> gate.await("rtk_batch appears", () -> gate.schemaExists("rtk_batch"));
			case FIRST_MIGRATION_RUN_ITS_RECORD_WAITING, BETWEEN_THE_FIRST_AND_THE_SECOND_MIGRATION -> {
				gate.awaitAtGate();
				gate.holdHistory();
				gate.openGate();
				gate.awaitRecordHeld();
				if (moment == Moment.BETWEEN_THE_FIRST_AND_THE_SECOND_MIGRATION) {
					gate.letItRecordAndHoldBeforeTheNext();
				}
			}
			default -> gate.awaitAtGate();
		}
	}

	private static List<String> backfillIn(TestDatabase database) {
		List<String> args = new ArrayList<>(List.of("backfill", "--from=" + RANGE.from(), "--to=" + RANGE.to()));
		TestEnvironment.properties()
			.forEach((name, value) -> args
				.add("--" + name + "=" + (name.equals("spring.datasource.url") ? database.jdbcUrl() : value)));
		return args;
	}

	private List<Map<String, Object>> rows(JdbcClient jdbc) {
		return jdbc
			.sql("SELECT app_id, day, livestream_count, total_ingest_seconds, total_viewer_seconds"
					+ " FROM rtk.livestream_daily ORDER BY app_id, day")
			.query()
			.listOfRows();
	}

	private List<Map<String, Object>> expectedRows() {
		List<Map<String, Object>> expected = new ArrayList<>();
		for (String app : this.apps.stream().sorted().toList()) {
			for (DayWindow window : RANGE.windows(app, ZoneOffset.UTC)) {
				ApiSimulator.Numbers numbers = ApiSimulator.numbers(app, window.start().getEpochSecond(),
						window.end().getEpochSecond());
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("app_id", app);
				row.put("day", java.sql.Date.valueOf(window.day()));
				row.put("livestream_count", numbers.count());
				row.put("total_ingest_seconds", numbers.totalIngestSeconds());
				row.put("total_viewer_seconds", numbers.totalViewerSeconds());
				expected.add(row);
			}
		}
		return expected;
	}

	/** Every column, index and constraint of the warehouse's schemas. */
	static List<Map<String, Object>> catalogue(JdbcClient jdbc) {
		List<Map<String, Object>> catalogue = new ArrayList<>(jdbc.sql("""
				SELECT table_schema, table_name, column_name, data_type, is_nullable, column_default
				FROM information_schema.columns WHERE table_schema IN ('rtk', 'rtk_batch')
				ORDER BY table_schema, table_name, column_name
				""").query().listOfRows());
		catalogue.addAll(jdbc.sql("""
				SELECT schemaname, indexname, indexdef FROM pg_indexes WHERE schemaname IN ('rtk', 'rtk_batch')
				ORDER BY schemaname, indexname
				""").query().listOfRows());
		catalogue.addAll(jdbc.sql("""
				SELECT n.nspname, c.conname, pg_get_constraintdef(c.oid) AS definition
				FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
				WHERE n.nspname IN ('rtk', 'rtk_batch') ORDER BY n.nspname, c.conname
				""").query().listOfRows());
		return catalogue;
	}

	/** What a killed run left: Flyway's history and the first tables of V1 and V3. */
	private static String state(JdbcClient jdbc) {
		String tables = "batch_job_instance "
				+ jdbc.sql("SELECT to_regclass('rtk_batch.batch_job_instance') IS NOT NULL")
					.query(Boolean.class)
					.single()
				+ ", rtk.warehouse "
				+ jdbc.sql("SELECT to_regclass('rtk.warehouse') IS NOT NULL").query(Boolean.class).single();
		if (!jdbc.sql("SELECT to_regclass('rtk_batch.flyway_schema_history') IS NOT NULL")
			.query(Boolean.class)
			.single()) {
			return "no history table, " + tables;
		}
		return "history " + jdbc.sql("""
				SELECT coalesce(string_agg(coalesce(version, type), ',' ORDER BY installed_rank), '(empty)')
				FROM rtk_batch.flyway_schema_history
				""").query(String.class).single() + ", " + tables;
	}

	/** The migrations Flyway's history records (the schema marker aside). */
	static List<Map<String, Object>> migrations(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT version, description, type, script, checksum, success FROM rtk_batch.flyway_schema_history
				WHERE version IS NOT NULL ORDER BY installed_rank
				""").query().listOfRows();
	}

}
