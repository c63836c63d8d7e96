package io.rtkwarehouse.cli;

import java.time.Duration;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.RangeRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} against each behaviour the simulator can play, with a database that
 * cannot be reached: it needs none.
 */
class CheckIntegrationTests extends CommandTests {

	private static final String NO_DATABASE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none";

	@Test
	void anApiThatHonoursTheRangeIsGoodToLoadWithoutADatabase() {
		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("token: valid")
			.contains("apps: 2: app-1")
			.contains("epoch-seconds (rtk.time-format now): honoured")
			.contains("iso-8601: refused (HTTP 400")
			.contains("a range of 31 days: accepted")
			.contains("verdict: ok")
			.contains("settings to use: rtk.time-format=epoch-seconds");
		assertThat(this.api.stats().requests()).isLessThanOrEqualTo(6);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.failed_start").query(Long.class).single()).isZero();
	}

	@Test
	void anApiThatIgnoresTheRangeIsNamedAndFails() {
		this.api.rules().ignoreRange(true);

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.out()).contains(
				"epoch-seconds (rtk.time-format now): range ignored: the day that cannot hold data answered numbers")
			.contains("verdict: problem: the API ignores or refuses the time range in every format")
			.doesNotContain("settings to use");
	}

	@Test
	void anApiThatAcceptsOnlyTheOtherFormatNamesTheSettingToUse() {
		this.api.timeFormat(ApiSimulator.TimeFormat.ISO_8601);

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);
		CliRuns.Result set = CliRuns.run("check", NO_DATABASE, "--rtk.time-format=iso-8601");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.out()).contains("epoch-seconds (rtk.time-format now): refused (HTTP 400")
			.contains("iso-8601: honoured")
			.contains("verdict: problem: the API does not honour rtk.time-format=epoch-seconds")
			.contains("settings to use: rtk.time-format=iso-8601");
		assertThat(set.exitCode()).as(set.all()).isZero();
		assertThat(set.out()).contains("verdict: ok");
	}

	@Test
	void aFormatTheApiCannotReadAndAnswersWithAllTimeTotalsIsNamedRangeIgnored() {
		this.api.timeFormat(ApiSimulator.TimeFormat.ISO_8601);
		this.api.rules().unreadableTime(RangeRules.UnreadableTime.IGNORE);

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.out()).contains("epoch-seconds (rtk.time-format now): range ignored")
			.contains("iso-8601: honoured")
			.contains("settings to use: rtk.time-format=iso-8601");
	}

	@Test
	void anApiThatRefusesLongRangesIsStillGoodAndSaysSo() {
		this.api.rules().maxRange(Duration.ofDays(7));

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("a range of 31 days: refused (HTTP 400");
	}

	@Test
	void anApiThatErasesOldDaysStillHonoursTheRange() {
		this.api.rules().retention(Duration.ofDays(180));

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("verdict: ok");
	}

	@Test
	void theQuotaTheHeadersAnnounceIsShown() {
		this.api.quota().limit(1200, Duration.ofSeconds(300));

		CliRuns.Result run = CliRuns.run("check", NO_DATABASE);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("quota: 1200 per 300 s announced");
	}

	@Test
	void aRefusedTokenIsAProblemTheApiShows() {
		CliRuns.Result run = CliRuns.run("check", NO_DATABASE, "--rtk.api-token=wrong");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.all()).contains("verdict: problem").doesNotContain("wrong");
	}

	@Test
	void badConfigurationIsExitTwoBeforeAnyRequest() {
		CliRuns.Result index = CliRuns.run("check", NO_DATABASE, "--account-index=5");
		CliRuns.Result format = CliRuns.run("check", NO_DATABASE, "--rtk.time-format=unix");

		assertThat(index.exitCode()).as(index.all()).isEqualTo(2);
		assertThat(format.exitCode()).as(format.all()).isEqualTo(2);
		assertThat(this.api.stats().requests()).isZero();
	}

}
