package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile ids, secrets where they do not belong, and messages that tell the truth. */
class EdgesIntegrationTests extends CommandTests {

	@ParameterizedTest
	@ValueSource(strings = { "--apps=../x", "--apps=a/b", "--apps=a%2Fb", "--apps=a?b", "--apps=a b", "--apps=é",
			"--apps=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
			"--rtk.apps=../x", "--rtk.account-id=../x", "--rtk.account-id=a%2Fb", "--rtk.account-id=a/b",
			"--rtk.account-id=a.b" })
	void anIdThatIsNotOnePathSegmentIsBadUsageBeforeAnyRequest(String option) {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02", option);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).containsPattern("(app|account) id '[^']+'? is not a");
		assertThat(this.api.stats().requests()).isZero();
		assertNothingWritten();
	}

	@Test
	void anAppOfTheListingWhoseIdIsNotOnePathSegmentIsSkippedAndTheOthersLoad() {
		List<ApiSimulator.App> apps = new ArrayList<>(this.api.apps());
		apps.add(new ApiSimulator.App("../../evil", "evil", "2024-01-01T00:00:00Z"));
		this.api.apps(apps);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.err()).contains("warning: skipped app id '../../evil' is not a RealtimeKit app id");
		assertThat(this.jdbc.sql("SELECT count(DISTINCT app_id) FROM rtk.livestream_daily").query(Long.class).single())
			.isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.app WHERE app_id LIKE '%evil%'").query(Long.class).single())
			.isZero();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			500 | {"success":false,"errors":[{"code":1,"message":"down"}]}
			404 | {"success":false,"errors":[{"code":7003,"message":"No route"}]}
			429 | {"success":false,"errors":[{"code":971,"message":"slow down"}]}
			""")
	void withAppsGivenAFailingListingDoesNotStopTheRun(int status, String body) {
		this.scripted.failListing(Integer.MAX_VALUE, status, body);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
				"--apps=" + this.apps.get(0), "--rtk.retry.max-attempts=2");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.err()).contains("warning: could not refresh the app names");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily").query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void withoutAppsGivenAFailingListingStopsTheRunBeforeItsJob() {
		this.scripted.failListing(Integer.MAX_VALUE, 500, "{\"success\":false}");

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
				"--rtk.retry.max-attempts=1");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("cannot be used for account");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT outcome FROM rtk.failed_start").query(String.class).single())
			.isEqualTo("failed");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			--rtk.base-url=https://user:s3cr3t@api.example.com/client/v4 | holds credentials                  | s3cr3t
			--rtk.base-url=http://u:s3cr3t@127.0.0.1:9/client/v4         | holds credentials                  | s3cr3t
			--rtk.api-token=abc s3cr3t                                   | holds a character no token has     | s3cr3t
			--rtk.api-token=abcé_s3cr3t                                  | holds a character no token has     | s3cr3t
			""")
	void aSecretWhereItDoesNotBelongIsRefusedWithoutEchoingIt(String option, String message, String secret) {
		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-01-05", option);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains(message);
		assertThat(run.all()).doesNotContain(secret);
		assertNothingWritten();
	}

	@Test
	void aTokenWithALineBreakIsRefusedWithoutEchoingIt() {
		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-01-05", "--rtk.api-token=abc\nS3CR3T");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.all()).doesNotContain("S3CR3T");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					--rtk.zome=Europe/Berlin                 | unknown property rtk.zome (did you mean rtk.zone?)
					--rtk.rate.request-per-second=3          | unknown property rtk.rate.request-per-second (did you mean rtk.rate.requests-per-second?)
					--rtk.lookback=3                         | unknown property rtk.lookback (did you mean rtk.lookback-days?)
					--rtk.http.read-timeout=-1s              | rtk.http.read-timeout must be positive, not -1 s
					--rtk.http.connect-timeout=0s            | rtk.http.connect-timeout must be positive, not 0 ms
					--rtk.retry.initial-backoff=-5ms         | rtk.retry.initial-backoff must not be negative, not -5 ms
					--rtk.rate.concurrency=0                 | rtk.rate.concurrency must be between 1 and 256, not 0
					--rtk.chunk-size=0                       | rtk.chunk-size must be between 1 and 10000, not 0
					--rtk.rate.requests-per-second=abc       | rtk.rate.requests-per-second 'abc' is not a valid value
					--rtk.lookback-days=three                | rtk.lookback-days 'three' is not a valid value
					--rtk.http.read-timeout=soon             | rtk.http.read-timeout 'soon' is not a valid value
					--rtk.time-format=unix                   | rtk.time-format 'unix' is not a valid value
					--rtk.progress.interval=-1s              | rtk.progress.interval must be positive
					""")
	void aBadPropertyIsBadUsageNamingItWithoutAStackTrace(String option, String message) {
		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-01-05", option);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains(message);
		assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
		assertNothingWritten();
	}

	@Test
	void aSchemaMigratedByANewerVersionIsRefused() {
		this.jdbc.sql("""
				INSERT INTO rtk_batch.flyway_schema_history (installed_rank, version, description, type, script,
				    checksum, installed_by, execution_time, success)
				VALUES (999, '999', 'from a newer version', 'SQL', 'V999__newer.sql', 0, 'test', 0, true)
				""").update();
		try {
			CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02");
			CliRuns.Result status = CliRuns.run("status");

			assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
			assertThat(run.err())
				.contains("the warehouse schema is at version 999, newer than this rtk-warehouse knows");
			assertThat(status.exitCode()).as(status.all()).isEqualTo(2);
			assertNothingWritten();
		}
		finally {
			this.jdbc.sql("DELETE FROM rtk_batch.flyway_schema_history WHERE version = '999'").update();
		}
	}

	@Test
	void aDatabaseUserThatMayNotCreateTheSchemasIsToldWhatToGrant() {
		TestDatabase database = TestDatabase.get();
		String name = "rtk_noprivs_" + ProcessHandle.current().pid();
		database.jdbc().sql("DROP DATABASE IF EXISTS " + name).update();
		database.jdbc().sql("DROP ROLE IF EXISTS " + name).update();
		database.jdbc().sql("CREATE DATABASE " + name).update();
		database.jdbc().sql("CREATE ROLE " + name + " LOGIN").update();
		database.jdbc().sql("REVOKE CREATE ON DATABASE " + name + " FROM PUBLIC").update();
		try {
			String url = database.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");

			CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
					"--spring.datasource.url=" + url, "--spring.datasource.username=" + name,
					"--spring.datasource.password=");

			assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
			assertThat(run.err()).contains("the database user may not create what the warehouse needs")
				.contains("GRANT CREATE ON DATABASE");
		}
		finally {
			database.jdbc().sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
			database.jdbc().sql("DROP ROLE IF EXISTS " + name).update();
		}
	}

	@Test
	void anUnreachableDatabaseIsOneParagraphWithoutAStackTrace() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
				"--spring.datasource.hikari.connection-timeout=1000");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.err()).contains("the database cannot be reached");
		assertThat(run.all()).doesNotContain("\tat ").doesNotContain("Exception:");
		assertThat(run.all().lines().count()).as(run.all()).isLessThan(4);
	}

	@Test
	void theLastErrorIsAShortSentenceNotTheBodyOfAProxysPage() {
		String app = this.apps.get(0);
		long start = DayWindow.of(app, LocalDate.of(2025, 1, 1), ZoneOffset.UTC).start().getEpochSecond();
		this.scripted.failWindow(app, start, Integer.MAX_VALUE, 502, """
				<html><head><title>502 Bad Gateway</title><style>body { color: red }</style></head>
				<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>
				<script>var secret = 1;</script></body></html>""");

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-01", "--apps=" + app,
				"--rtk.retry.max-attempts=1");

		assertThat(run.exitCode()).isEqualTo(1);
		String lastError = this.jdbc.sql("SELECT last_error FROM rtk.window_ledger").query(String.class).single();
		assertThat(lastError)
			.isEqualTo("HTTP 502 (body is not valid JSON: an HTML page (\"502 Bad Gateway 502 Bad Gateway nginx\"))");
	}

	private void assertNothingWritten() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.failed_start").query(Long.class).single()).isZero();
	}

}
