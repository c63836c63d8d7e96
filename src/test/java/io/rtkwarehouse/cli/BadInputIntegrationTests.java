package io.rtkwarehouse.cli;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadInputIntegrationTests extends CommandTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					backfill --from=2025-01-10 --to=2025-01-01               | --from=2025-01-10 is after --to=2025-01-01
					backfill --from=2025-01-01 --to=2025-02-30               | --to=2025-02-30 is not a date of the form YYYY-MM-DD
					backfill --from=2025-01-01 --to=2025-01-02 --frm=x       | unknown option --frm for backfill
					nightly --date=yesterday                                 | --date=yesterday is not a date
					nightly --date=2025-01-01 --rtk.zone=Mars/Olympus        | rtk.zone 'Mars/Olympus' is not a known time zone
					nightly --date=2025-01-01 --rtk.api-token=               | the Cloudflare API token is missing: set CLOUDFLARE_API_TOKEN
					nightly --date=2025-01-01 --rtk.account-id=              | the Cloudflare account id is missing
					nightly --date=2025-01-01 --rtk.account-id=023e105f4ecef8ad9ca31a8372d0c3530 | has 33 characters; an account id has at most 32
					nightly --date=2025-01-01 --rtk.base-url=http://api.example.com/client/v4 | the API token would travel in clear
					nightly --date=2025-01-01 --rtk.rate.requests-per-second=0 | rtk.rate.requests-per-second must be auto, or greater than 0 and at most 100000, not 0.0
					nightly --date=2025-01-01 --rtk.rate.requests-per-second=1e9 | rtk.rate.requests-per-second must be auto, or greater than 0 and at most 100000, not 1.0E9
					nightly --date=2025-01-01 --rtk.http.call-timeout=-1s     | rtk.http.call-timeout must be positive, not -1 s
					nightly --date=2025-01-01 --rtk.http.max-body-size=512B   | rtk.http.max-body-size must be between 1 KB and 128 MB, not 512 B
					backfill --from=2999-01-01 --to=2999-01-02               | --from=2999-01-01 is more than a year ahead
					""")
	void badUsageExitsTwoNamesTheProblemAndWritesNothing(String commandLine, String message) {
		CliRuns.Result run = CliRuns.run(commandLine.trim().split("\\s+"));

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains(message);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_instance").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger").query(Long.class).single()).isZero();
	}

	@Test
	void noCommandPrintsTheUsageAndExitsTwo() {
		CliRuns.Result run = CliRuns.runExactly();

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.err()).contains("Usage: java -jar rtk-warehouse.jar <command>")
			.contains("backfill")
			.contains("nightly");
	}

	@Test
	void helpOfACommandListsItsOptionsDefaultsAndExitCodes() {
		CliRuns.Result run = CliRuns.runExactly("nightly", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("--date=YYYY-MM-DD")
			.contains("default: today in rtk.zone")
			.contains("Exit codes:");
	}

	@Test
	void anAccountWithoutAppsIsBadConfiguration() {
		TestApi.simulator().apps(java.util.List.of());

		CliRuns.Result run = CliRuns.run("nightly", "--date=2025-01-01");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains("has no RealtimeKit apps");
	}

}
