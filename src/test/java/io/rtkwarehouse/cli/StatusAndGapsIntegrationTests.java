package io.rtkwarehouse.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code status} and {@code gaps} read the warehouse: no token, no account, no schema
 * made.
 */
class StatusAndGapsIntegrationTests extends CommandTests {

	private static final String[] NO_CREDENTIALS = { "--rtk.api-token=", "--rtk.account-id=" };

	@Test
	void statusAndGapsNeedNoTokenNorAccountAndCoverEveryAccount() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");

		CliRuns.Result status = run("status");
		CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-05");
		CliRuns.Result noGaps = run("gaps", "--from=2025-01-01", "--to=2025-01-03");

		assertThat(status.exitCode()).as(status.all()).isZero();
		assertThat(status.out()).contains("Last runs of every account (1):")
			.containsPattern("#\\d+ backfill +2025-01-01..2025-01-03 .* COMPLETED .*\\(account "
					+ ApiSimulator.DEFAULT_ACCOUNT + "\\)");
		assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
		assertThat(gaps.out()).contains("account " + ApiSimulator.DEFAULT_ACCOUNT + ": 2 app(s), 4 window(s) missing");
		assertThat(noGaps.exitCode()).as(noGaps.all()).isZero();
		assertThat(noGaps.out()).contains("0 window(s) missing or failed");
	}

	@Test
	void gapsNamesTheDaysBeforeAnAppExistedInsteadOfCountingThemMissing() {
		String late = createdLate("2025-01-04T23:30:00Z", "UTC");

		CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-10");
		CliRuns.Result withUnknown = run("gaps", "--from=2025-01-01", "--to=2025-01-10",
				"--apps=" + String.join(",", this.apps) + ",unlisted");

		assertThat(gaps.exitCode()).as(gaps.all()).isZero();
		assertThat(gaps.out()).contains("2 app(s), 0 window(s) missing or failed")
			.contains("app " + late + " (Late): 3 day(s) before the app existed (created 2025-01-04 in UTC),"
					+ " not asked for")
			.doesNotContain("app " + this.apps.get(0) + " (")
			.doesNotContain(" missing (");
		// An app the listing does not know has no created day: its days are missing.
		assertThat(withUnknown.exitCode()).as(withUnknown.all()).isEqualTo(1);
		assertThat(withUnknown.out()).contains("3 app(s), 10 window(s) missing or failed")
			.contains("app unlisted:\n  2025-01-01..2025-01-10 missing (10 days)")
			.contains("app " + late + " (Late): 3 day(s) before the app existed")
			.doesNotContain("app unlisted (");
	}

	@Test
	void theCreatedDayIsTheDayInTheAccountsZone() {
		// 23:30 UTC on the 4th is already the 5th in Berlin.
		String late = createdLate("2025-01-04T23:30:00Z", "Europe/Berlin");

		CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-10");
		CliRuns.Result allBefore = run("gaps", "--from=2025-01-01", "--to=2025-01-03");

		assertThat(gaps.exitCode()).as(gaps.all()).isZero();
		assertThat(gaps.out()).contains("2 app(s), 0 window(s) missing or failed")
			.contains("app " + late + " (Late): 4 day(s) before the app existed (created 2025-01-05 in Europe/Berlin),"
					+ " not asked for");
		assertThat(allBefore.exitCode()).as(allBefore.all()).isZero();
		assertThat(allBefore.out()).contains("app " + late + " (Late): 3 day(s) before the app existed");
	}

	@Test
	void aFailureLeftOnADayBeforeTheAppExistedIsNotFailedNow() {
		String late = createdLate("2025-01-04T23:30:00Z", "UTC");
		this.jdbc.sql("""
				INSERT INTO rtk.window_ledger (account_id, dataset, app_id, day, status, last_error, last_attempt_at,
				    attempts, job_execution_id)
				SELECT ?, 'livestreams', ?, DATE '2025-01-02', 'failed', 'HTTP 500', now(), 3, max(job_execution_id)
				FROM rtk_batch.batch_job_execution
				""").params(ApiSimulator.DEFAULT_ACCOUNT, late).update();

		CliRuns.Result status = run("status");
		CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-10");

		assertThat(status.out()).contains("Windows failed now in account " + ApiSimulator.DEFAULT_ACCOUNT + ": 0")
			.doesNotContain("2025-01-02");
		assertThat(gaps.exitCode()).as(gaps.all()).isZero();
		assertThat(gaps.out()).contains("0 window(s) missing or failed")
			.contains("app " + late + " (Late): 3 day(s) before the app existed");
	}

	@Test
	void aFailureOnTheUtcCreatedDayOfAUtcDatasetIsFailedNowWhereTheZonesCreatedDayIsLater() {
		// Created 23:30 UTC on 4 January: the 5th in Berlin, the 4th for usage's UTC
		// dates.
		String late = createdLate("2025-01-04T23:30:00Z", "Europe/Berlin");
		for (String dataset : List.of("livestreams", "usage")) {
			this.jdbc.sql("""
					INSERT INTO rtk.window_ledger (account_id, dataset, app_id, day, status, last_error,
					    last_attempt_at, attempts, job_execution_id)
					SELECT ?, ?, ?, DATE '2025-01-04', 'failed', 'HTTP 500', now(), 3, max(job_execution_id)
					FROM rtk_batch.batch_job_execution
					""").params(ApiSimulator.DEFAULT_ACCOUNT, dataset, late).update();
		}

		CliRuns.Result status = run("status");

		assertThat(status.out()).as(status.all())
			.contains("Windows failed now in account " + ApiSimulator.DEFAULT_ACCOUNT + ": 1")
			.contains("2025-01-04");
	}

	/**
	 * Loads 2025-01-01..10 in {@code zone} with the second app created at
	 * {@code createdAt}, leaving no trace of the days before its created day (a loader
	 * never asks for them); returns its id.
	 */
	private String createdLate(String createdAt, String zone) {
		String late = this.apps.get(1);
		this.api.apps(List.of(this.api.apps().get(0), new ApiSimulator.App(late, "Late", createdAt)));
		CliRuns.Result backfill = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-10", "--rtk.zone=" + zone);
		assertThat(backfill.exitCode()).as(backfill.all()).isZero();
		LocalDate created = LocalDate.ofInstant(Instant.parse(createdAt), ZoneId.of(zone));
		this.jdbc.sql("DELETE FROM rtk.window_ledger WHERE app_id = ? AND day < ?").params(late, created).update();
		this.jdbc.sql("DELETE FROM rtk.livestream_daily WHERE app_id = ? AND day < ?").params(late, created).update();
		return late;
	}

	@Test
	void theLaunchersTrainingRunStartsBothContextsWritesNothingAndExitsZero() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");
		this.api.stats().reset();
		long executions = this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_execution")
			.query(Long.class)
			.single();

		CliRuns.Result trained = run("train-class-cache");
		CliRuns.Result noDatabase = run("train-class-cache",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none");

		assertThat(trained.exitCode()).as(trained.all()).isZero();
		// The status of the light context, after the whole one started and closed.
		assertThat(trained.out()).contains("Last runs of every account (1):");
		assertThat(noDatabase.exitCode()).as(noDatabase.all()).isZero();
		assertThat(this.api.stats().requests()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_execution").query(Long.class).single())
			.isEqualTo(executions);
		assertThat(CliRuns.run("--help").out()).contains("status").doesNotContain("train-class-cache");
	}

	@Test
	void theAccountOptionNarrowsStatusAndGapsToOneAccount() {
		CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03");

		CliRuns.Result status = run("status", "--account=ffff");
		CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-03", "--account=ffff");

		assertThat(status.out()).contains("Last runs of account ffff:").contains("  none");
		assertThat(gaps.exitCode()).isEqualTo(1);
		assertThat(gaps.out()).contains("account ffff: no app known to the warehouse yet");
	}

	@Test
	void aBadAccountOptionIsBadUsage() {
		CliRuns.Result status = run("status", "--account=../x");

		assertThat(status.exitCode()).isEqualTo(2);
		assertThat(status.err()).contains("--account is not a Cloudflare account id");
	}

	@Test
	void aRunThatFailsBeforeItsJobStartsShowsInStatus() {
		CliRuns.Result failed = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-01-03",
				"--rtk.base-url=http://127.0.0.1:9/client/v4");

		CliRuns.Result status = run("status");

		assertThat(failed.exitCode()).isEqualTo(1);
		assertThat(status.out()).startsWith("Last runs of every account:\n")
			.containsPattern(
					"-  backfill 2024-01-01..2024-01-03  started .* FAILED BEFORE ITS JOB \\(exit 1\\)  the API at"
							+ " http://127.0.0.1:9/client/v4 \\(rtk.base-url\\) cannot be used");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
	}

	@Test
	void readOnlyCommandsOnAnEmptyDatabaseSayNothingIsLoadedAndCreateNoSchema() throws Exception {
		String name = "rtk_empty_" + ProcessHandle.current().pid();
		TestDatabase database = TestDatabase.get();
		database.jdbc().sql("DROP DATABASE IF EXISTS " + name).update();
		database.jdbc().sql("CREATE DATABASE " + name).update();
		try {
			String url = "--spring.datasource.url="
					+ database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");

			CliRuns.Result status = run("status", url);
			CliRuns.Result gaps = run("gaps", "--from=2025-01-01", "--to=2025-01-03", url);
			CliRuns.Result dryRun = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-03", "--dry-run", url);
			java.nio.file.Path out = java.nio.file.Files.createTempDirectory("rtk-report-").resolve("r.html");
			CliRuns.Result report = run("report", "--from=2025-01-01", "--to=2025-01-03", "--out=" + out, url);

			assertThat(status.exitCode()).as(status.all()).isZero();
			assertThat(status.out()).contains("Nothing loaded yet");
			assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
			assertThat(gaps.out()).contains("Nothing loaded yet");
			assertThat(dryRun.exitCode()).as(dryRun.all()).isZero();
			assertThat(report.exitCode()).as(report.all()).isEqualTo(1);
			assertThat(report.out()).contains("Nothing loaded yet").contains("No report written.");
			assertThat(out).doesNotExist();
			assertThat(schemas(name)).isZero();
		}
		finally {
			database.jdbc().sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
		}
	}

	private static long schemas(String databaseName) {
		TestDatabase database = TestDatabase.get();
		String url = database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + databaseName + "$1");
		try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, database.username(),
				database.password());
				java.sql.ResultSet rs = connection.createStatement()
					.executeQuery("SELECT count(*) FROM information_schema.schemata"
							+ " WHERE schema_name IN ('rtk', 'rtk_batch')")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CliRuns.Result run(String... args) {
		String[] all = new String[args.length + NO_CREDENTIALS.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(NO_CREDENTIALS, 0, all, args.length, NO_CREDENTIALS.length);
		return CliRuns.run(all);
	}

}
