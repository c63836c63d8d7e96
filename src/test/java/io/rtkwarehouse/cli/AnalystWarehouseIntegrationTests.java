package io.rtkwarehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class AnalystWarehouseIntegrationTests extends CommandTests {

	@Test
	void everyAnswerIsKeptAndTheDailyTableCanBeRebuiltFromIt() {
		String app = this.apps.get(0);
		this.scripted.failWindow(app, start(app, LocalDate.of(2025, 1, 3)), 2, 503, Bodies.errorsBody(1, "busy"));
		this.scripted.failWindow(app, start(app, LocalDate.of(2025, 1, 4)), 1, 200,
				"{\"success\":true,\"data\":{\"cou");
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10").exitCode()).isZero();
		this.scripted.setNumbers(app, start(app, LocalDate.of(2025, 1, 5)), new ApiSimulator.Numbers(42L, 7L, null));
		assertThat(CliRuns.run("backfill", "--from=2025-01-05", "--to=2025-01-06", "--refetch").exitCode()).isZero();
		List<Map<String, Object>> loaded = dailyRows();

		this.jdbc.sql("DELETE FROM rtk.livestream_daily").update();
		CliRuns.Result rebuild = CliRuns.run("rebuild", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(rebuild.exitCode()).as(rebuild.all()).isZero();
		assertThat(rebuild.out()).contains("20 row(s) of livestreams rebuilt from the raw answers");
		assertThat(dailyRows()).isEqualTo(loaded);
		assertThat(count("SELECT count(*) FROM rtk.livestream_fetch")).isEqualTo(20 + 2 + 1 + 4);
		assertThat(count("SELECT count(*) FROM rtk.livestream_fetch WHERE http_status = 503 AND NOT loaded"))
			.isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT body_text FROM rtk.livestream_fetch WHERE body_json IS NULL")
			.query(String.class)
			.single()).isEqualTo("{\"success\":true,\"data\":{\"cou");
		assertThat(count("SELECT changes_after_final FROM rtk.livestream_daily WHERE app_id = '" + app
				+ "' AND day = '2025-01-05'"))
			.isEqualTo(1);
	}

	@Test
	void retentionPrunesOldAnswersButKeepsWhatARebuildNeeds() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02").exitCode()).isZero();
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02", "--refetch").exitCode()).isZero();
		this.jdbc.sql("UPDATE rtk.livestream_fetch SET fetched_at = fetched_at - interval '100 days'").update();

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-03", "--to=2025-01-03",
				"--rtk.fetch-retention-days=30");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("pruned: 4");
		assertThat(count("SELECT count(*) FROM rtk.livestream_fetch")).isEqualTo(4 + 2);
	}

	@Test
	void finalWindowsAreSkippedByABackfillUnlessRefetched() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10").exitCode()).isZero();
		assertThat(count("SELECT count(*) FROM rtk.livestream_daily WHERE is_final")).isEqualTo(20);
		this.api.stats().reset();

		CliRuns.Result wider = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-12");

		assertThat(wider.exitCode()).as(wider.all()).isZero();
		// and the request for a day that cannot hold data, which every load asks first
		assertThat(windowRequests()).isEqualTo(4 + 1);

		String app = this.apps.get(1);
		this.scripted.setNumbers(app, start(app, LocalDate.of(2025, 1, 2)), new ApiSimulator.Numbers(1L, 2L, 3L));
		this.api.stats().reset();
		CliRuns.Result refetch = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-12", "--refetch");

		assertThat(refetch.exitCode()).as(refetch.all()).isZero();
		assertThat(windowRequests()).isEqualTo(24 + 1);
		assertThat(this.jdbc
			.sql("SELECT refetches_of_final_windows, changed_after_final FROM rtk.final_changes WHERE app_id = ?")
			.param(app)
			.query()
			.singleRow()).containsEntry("refetches_of_final_windows", 12L).containsEntry("changed_after_final", 1L);
	}

	@Test
	void coverageTellsLoadedFailedAndMissingApart() {
		String app = this.apps.get(0);
		this.scripted.failWindow(app, start(app, LocalDate.of(2025, 1, 2)), Integer.MAX_VALUE, 500,
				Bodies.errorsBody(9, "down"));
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03", "--apps=" + app);
		CliRuns.run("backfill", "--from=2025-01-05", "--to=2025-01-05", "--apps=" + app);

		Map<String, Long> states = new java.util.TreeMap<>();
		this.jdbc.sql("SELECT state, count(*) AS n FROM rtk.coverage WHERE day <= '2025-01-05' GROUP BY state")
			.query((rs, n) -> states.put(rs.getString("state"), rs.getLong("n")))
			.list();

		// Only the app asked for has days, from the first day asked for up to yesterday:
		// the days no run tried after the last one are missing too.
		assertThat(states).isEqualTo(Map.of("failed", 1L, "loaded", 3L, "missing", 1L));
		assertThat(count("SELECT count(DISTINCT app_id) FROM rtk.coverage")).isOne();
		assertThat(count("SELECT count(*) FROM rtk.coverage WHERE state = 'missing'"))
			.isEqualTo(count("SELECT (now() AT TIME ZONE 'UTC')::date - date '2025-01-05'"));
	}

	@Test
	void gapsListsMissingAndFailedWindowsAndMissingOnlyFetchesJustThose() {
		String app = this.apps.get(0);
		this.scripted.failWindow(app, start(app, LocalDate.of(2025, 1, 2)), 1, 500, Bodies.errorsBody(9, "down"));
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03", "--apps=" + app, "--rtk.retry.max-attempts=1");
		CliRuns.run("backfill", "--from=2025-01-07", "--to=2025-01-07", "--apps=" + app);

		CliRuns.Result gaps = CliRuns.run("gaps", "--from=2025-01-01", "--to=2025-01-07", "--apps=" + app);

		assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
		assertThat(gaps.out()).contains("4 window(s) missing or failed")
			.contains("2025-01-02 failed: HTTP 500 (code 9: down)")
			.contains("2025-01-04..2025-01-06 missing (3 days)");
		this.api.stats().reset();

		CliRuns.Result missing = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-07", "--apps=" + app,
				"--missing-only");

		assertThat(missing.exitCode()).as(missing.all()).isZero();
		// and the request for a day that cannot hold data, which every load asks first
		assertThat(windowRequests()).isEqualTo(4 + 1);
		assertThat(CliRuns.run("gaps", "--from=2025-01-01", "--to=2025-01-07", "--apps=" + app).out())
			.contains("0 window(s) missing or failed");
	}

	@Test
	void aDryRunPlansTheBackfillAndWritesNothing() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10");
		long instances = count("SELECT count(*) FROM rtk_batch.batch_job_instance");
		long answers = count("SELECT count(*) FROM rtk.livestream_fetch");
		this.api.stats().reset();

		CliRuns.Result plan = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-20", "--dry-run",
				"--rtk.rate.requests-per-second=2");

		assertThat(plan.exitCode()).as(plan.all()).isZero();
		assertThat(plan.out()).contains("dry run")
			.contains("app " + this.apps.get(0) + ": 20 day(s), 10 skipped")
			.contains("total: 20 request(s) = 20 API call(s)")
			.contains("about 11 s at rtk.rate.requests-per-second=2.0");
		assertThat(windowRequests()).isZero();
		assertThat(count("SELECT count(*) FROM rtk_batch.batch_job_instance")).isEqualTo(instances);
		assertThat(count("SELECT count(*) FROM rtk.livestream_fetch")).isEqualTo(answers);
	}

	@Test
	void viewsDeriveHoursAndShowPartialPeriods() {
		String app = this.apps.get(0);
		this.scripted.setNumbers(app, start(app, LocalDate.of(2025, 2, 3)), new ApiSimulator.Numbers(0L, 0L, 0L));
		this.scripted.setNumbers(app, start(app, LocalDate.of(2025, 2, 4)), new ApiSimulator.Numbers(2L, 7200L, 1800L));
		CliRuns.run("backfill", "--from=2025-02-03", "--to=2025-02-09", "--apps=" + app);

		Map<String, Object> zeroDay = view("SELECT * FROM rtk.livestream_daily_v WHERE day = '2025-02-03'");
		Map<String, Object> day = view("SELECT * FROM rtk.livestream_daily_v WHERE day = '2025-02-04'");
		Map<String, Object> week = view("SELECT * FROM rtk.livestream_weekly WHERE week_start = '2025-02-03'");
		Map<String, Object> month = view("SELECT * FROM rtk.livestream_monthly WHERE month = '2025-02-01'");
		Map<String, Object> later = view("SELECT * FROM rtk.livestream_monthly WHERE month = '2025-03-01'");

		assertThat(zeroDay).containsEntry("avg_viewer_minutes_per_livestream", null).containsEntry("app_name", "app-1");
		assertThat(day.get("ingest_hours")).hasToString("2.000");
		assertThat(day.get("avg_viewer_minutes_per_livestream")).hasToString("15.000");
		assertThat(week).containsEntry("iso_week", "2025-W06")
			.containsEntry("loaded_days", 7)
			.containsEntry("days_expected", 7)
			.containsEntry("is_complete", true)
			.containsEntry("zone", "UTC");
		assertThat(month).containsEntry("loaded_days", 7)
			.containsEntry("days_in_month", 28)
			.containsEntry("days_expected", 26)
			.containsEntry("days_missing", 19)
			.containsEntry("is_complete", false)
			.containsEntry("livestream_count",
					view("SELECT sum(livestream_count)::bigint AS n FROM rtk.livestream_daily").get("n"));
		// A month after the last run: every day missing, and no numbers rather than
		// zeros.
		assertThat(later).containsEntry("days_loaded", 0)
			.containsEntry("days_missing", 31)
			.containsEntry("livestream_count", null)
			.containsEntry("viewer_hours", null);
	}

	@Test
	void theReaderRoleReadsTheViewsAndNothingElse() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");
		TransactionTemplate transaction = new TransactionTemplate(
				new DataSourceTransactionManager(TestDatabase.get().dataSource()));

		transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("SET LOCAL ROLE rtk_reader").update();
			assertThat(count("SELECT count(*) FROM rtk.livestream_daily_v")).isEqualTo(4);
			assertThat(count("SELECT count(*) FROM rtk.livestream_monthly WHERE month = '2025-01-01'")).isEqualTo(2);
			assertThat(count("SELECT count(*) FROM rtk.coverage WHERE day <= '2025-01-02'")).isEqualTo(4);
			assertThat(count("SELECT count(*) FROM rtk.final_changes")).isEqualTo(2);
			status.setRollbackOnly();
		});
		for (String forbidden : List.of("SELECT count(*) FROM rtk_batch.batch_job_execution",
				"SELECT count(*) FROM rtk.livestream_fetch", "DELETE FROM rtk.livestream_daily",
				"UPDATE rtk.window_ledger SET attempts = 0", "CREATE TABLE rtk.mine (x int)")) {
			assertThatException().as(forbidden).isThrownBy(() -> transaction.executeWithoutResult((status) -> {
				this.jdbc.sql("SET LOCAL ROLE rtk_reader").update();
				this.jdbc.sql(forbidden).query().listOfRows();
			})).havingRootCause().withMessageContaining("permission denied");
		}
	}

	@Test
	void aReaderRoleCreatedAfterTheFirstMigrationIsGrantedEverythingByTheNextOne() {
		TestDatabase fresh = TestDatabase.fresh("rtk_grants_");
		try {
			JdbcClient freshJdbc = JdbcClient.create(fresh.dataSource());
			migrate(fresh, "9");
			// As if rtk_reader had been created only now: it holds nothing in this
			// database.
			freshJdbc.sql("REVOKE ALL ON ALL TABLES IN SCHEMA rtk FROM rtk_reader").update();
			freshJdbc.sql("REVOKE ALL ON SCHEMA rtk FROM rtk_reader").update();

			migrate(fresh, "latest");

			String relations = """
					SELECT c.relname FROM pg_class c
					WHERE c.relnamespace = 'rtk'::regnamespace AND c.relkind IN ('r', 'v') AND %s
					ORDER BY c.relname
					""";
			List<String> readable = freshJdbc
				.sql(relations.formatted("has_table_privilege('rtk_reader', c.oid, 'SELECT')"))
				.query(String.class)
				.list();
			List<String> expected = freshJdbc.sql(relations.formatted("c.relname NOT LIKE '%\\_fetch'"))
				.query(String.class)
				.list();
			assertThat(readable).isEqualTo(expected)
				.contains("day_state", "coverage", "completeness", "run_history", "livestream_monthly")
				.doesNotContain("livestream_fetch", "usage_fetch", "livestream_daywise_fetch");
			assertThat(freshJdbc.sql("SELECT has_schema_privilege('rtk_reader', 'rtk', 'USAGE')")
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			fresh.drop();
		}
	}

	@Test
	void theSchemaAndEveryRelationAndColumnCarryAComment() {
		List<String> uncommented = this.jdbc.sql("""
				SELECT c.relname || coalesce('.' || a.attname, '') FROM pg_class c
				LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
				WHERE c.relnamespace = 'rtk'::regnamespace AND c.relkind IN ('r', 'v')
				  AND (obj_description(c.oid, 'pg_class') IS NULL OR col_description(c.oid, a.attnum) IS NULL)
				ORDER BY 1
				""").query(String.class).list();

		assertThat(uncommented).isEmpty();
		assertThat(this.jdbc.sql("SELECT obj_description('rtk'::regnamespace, 'pg_namespace')")
			.query(String.class)
			.single()).isNotBlank();
	}

	@Test
	void aRunInAnotherZoneThanTheLoadedDaysIsRefused() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");

		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-01-05", "--rtk.zone=America/New_York");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("are loaded in UTC, and rtk.zone is America/New_York")
			.contains("then run backfill again");
	}

	private static void migrate(TestDatabase database, String target) {
		Flyway.configure()
			.dataSource(database.dataSource())
			.locations("classpath:db/migration")
			.defaultSchema("rtk_batch")
			.schemas("rtk_batch", "rtk")
			.target(target)
			.load()
			.migrate();
	}

	private Map<String, Object> view(String sql) {
		return this.jdbc.sql(sql).query().singleRow();
	}

	private List<Map<String, Object>> dailyRows() {
		return this.jdbc.sql("SELECT * FROM rtk.livestream_daily ORDER BY app_id, day").query().listOfRows();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static long start(String app, LocalDate day) {
		return DayWindow.of(app, day, ZoneOffset.UTC).start().getEpochSecond();
	}

}
