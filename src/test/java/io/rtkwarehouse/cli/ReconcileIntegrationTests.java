package io.rtkwarehouse.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.rtkwarehouse.CliRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ReconcileIntegrationTests extends CommandTests {

	private static final String FROM = "--from=2025-01-01";

	// 46 days: two daywise requests per app.
	private static final String TO = "--to=2025-02-15";

	@Test
	void whenEveryDayAgreesReconcileKeepsTheDaywiseNumbersAndExitsZero() {
		assertThat(CliRuns.run("backfill", FROM, TO).exitCode()).isZero();
		this.api.stats().reset();

		CliRuns.Result run = CliRuns.run("reconcile", FROM, TO);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.api.stats().livestreamDaywiseRequests()).isEqualTo(2L * this.apps.size());
		// The range guard's one request, for a day that cannot hold data.
		assertThat(this.api.stats().overallRequests()).isEqualTo(1L);
		assertThat(run.out()).contains(46 * this.apps.size() + " day(s) compared, 0 differ");
		assertThat(count("SELECT count(*) FROM rtk.livestream_daywise")).isEqualTo(46L * this.apps.size());
		assertThat(
				count("""
						SELECT count(*) FROM rtk.livestream_daywise w JOIN rtk.livestream_daily d USING (account_id, app_id, day)
						WHERE w.total_ingest_seconds = d.total_ingest_seconds AND w.total_viewer_seconds = d.total_viewer_seconds
						"""))
			.isEqualTo(46L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.livestream_mismatch")).isZero();
	}

	@Test
	void oneDisagreeingDayIsPrintedListedInTheViewAndExitsOne() {
		String app = this.apps.get(0);
		assertThat(CliRuns.run("backfill", FROM, TO).exitCode()).isZero();
		this.api.daywise().disagreeOn(Set.of(LocalDate.of(2025, 1, 20)));

		CliRuns.Result run = CliRuns.run("reconcile", FROM, TO, "--apps=" + app);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		Map<String, Object> loaded = this.jdbc
			.sql("SELECT * FROM rtk.livestream_daily WHERE app_id = ? AND day = '2025-01-20'")
			.param(app)
			.query()
			.singleRow();
		long ingest = (Long) loaded.get("total_ingest_seconds");
		long viewer = (Long) loaded.get("total_viewer_seconds");
		assertThat(run.out()).contains("46 day(s) compared, 1 differ")
			.contains("app " + app + " 2025-01-20: ingest seconds " + ingest + " loaded, " + (ingest + 60)
					+ " daywise; viewer seconds " + viewer + " loaded, " + (viewer + 600) + " daywise");
		List<Map<String, Object>> mismatches = this.jdbc.sql("SELECT * FROM rtk.livestream_mismatch")
			.query()
			.listOfRows();
		assertThat(mismatches).hasSize(1);
		assertThat(mismatches.get(0)).containsEntry("app_id", app)
			.containsEntry("loaded_ingest_seconds", ingest)
			.containsEntry("daywise_ingest_seconds", ingest + 60)
			.containsEntry("loaded_viewer_seconds", viewer)
			.containsEntry("daywise_viewer_seconds", viewer + 600);

		// Reconcile fetches only what it does not hold: the days stay as loaded until a
		// refetch of the dataset.
		this.api.daywise().disagreeOn(Set.of());
		this.api.stats().reset();
		CliRuns.Result kept = CliRuns.run("reconcile", FROM, TO, "--apps=" + app);
		assertThat(kept.exitCode()).as(kept.all()).isEqualTo(1);
		assertThat(this.api.stats().livestreamDaywiseRequests()).isZero();
		CliRuns.Result refetch = CliRuns.run("backfill", FROM, TO, "--apps=" + app, "--refetch",
				"--rtk.datasets=livestream-daywise");
		assertThat(refetch.exitCode()).as(refetch.all()).isZero();
		CliRuns.Result again = CliRuns.run("reconcile", FROM, TO, "--apps=" + app);
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(count("SELECT count(*) FROM rtk.livestream_mismatch")).isZero();
	}

	@Test
	void daysWhoseDaywiseSecondsAreNullAreListedAsUnknownApartFromDifferencesAndExitZero() {
		String app = this.apps.get(0);
		assertThat(CliRuns.run("backfill", FROM, TO).exitCode()).isZero();
		this.api.daywise().unknownOn(Set.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 11)));

		CliRuns.Result run = CliRuns.run("reconcile", FROM, TO, "--apps=" + app);

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("44 day(s) compared, 0 differ, 2 with an unknown number")
			.contains("  unknown: app " + app + " 2025-01-10: unknown daywise ingest seconds, daywise viewer seconds")
			.contains("  unknown: app " + app + " 2025-01-11: unknown daywise ingest seconds, daywise viewer seconds")
			.doesNotContain("differ: ");
		assertThat(run.err()).contains("warning: 2 day(s) could not be compared")
			.doesNotContain("failed")
			.doesNotContain("error");
		assertThat(count("SELECT count(*) FROM rtk.livestream_mismatch")).isZero();
		assertThat(count("SELECT count(*) FROM rtk.livestream_daywise WHERE total_ingest_seconds IS NULL"))
			.isEqualTo(2);
	}

	@Test
	void unknownAndDifferentDaysTogetherAreListedApartAndTheDifferenceDecides() {
		String app = this.apps.get(0);
		assertThat(CliRuns.run("backfill", FROM, TO).exitCode()).isZero();
		this.api.daywise().unknownOn(Set.of(LocalDate.of(2025, 1, 10))).disagreeOn(Set.of(LocalDate.of(2025, 1, 20)));

		CliRuns.Result run = CliRuns.run("reconcile", FROM, TO, "--apps=" + app);

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.out()).contains("45 day(s) compared, 1 differ, 1 with an unknown number")
			.contains("  differ: app " + app + " 2025-01-20:")
			.contains("  unknown: app " + app + " 2025-01-10:")
			.doesNotContain("differ: app " + app + " 2025-01-10");
		assertThat(count("SELECT count(*) FROM rtk.livestream_mismatch")).isEqualTo(1);
	}

	@Test
	void anAccountWhoseDaysDifferIsSaidToDifferNotToHaveFailed(CapturedOutput output) {
		this.api.accounts(Map.of(AccountsIntegrationTests.A, AccountsIntegrationTests.TOKEN_A,
				AccountsIntegrationTests.B, AccountsIntegrationTests.TOKEN_B));
		String[] backfill = AccountsIntegrationTests.withAccounts(List.of("backfill", FROM, TO),
				AccountsIntegrationTests.A, AccountsIntegrationTests.TOKEN_A, AccountsIntegrationTests.B,
				AccountsIntegrationTests.TOKEN_B);
		assertThat(CliRuns.run(backfill).exitCode()).isZero();
		this.api.daywise().disagreeOn(Set.of(LocalDate.of(2025, 1, 20)));

		CliRuns.Result run = CliRuns
			.run(AccountsIntegrationTests.withAccounts(List.of("reconcile", FROM, TO), AccountsIntegrationTests.A,
					AccountsIntegrationTests.TOKEN_A, AccountsIntegrationTests.B, AccountsIntegrationTests.TOKEN_B));

		assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
		assertThat(run.out()).contains("account " + AccountsIntegrationTests.A + ": exit 1 (some days differ)",
				"account " + AccountsIntegrationTests.B + ": exit 1 (some days differ)");
		assertThat(run.all()).doesNotContain("(failed)");
		assertThat(output.getAll()).doesNotContain("already registered");
	}

	@Test
	void inAZoneOtherThanUtcItExplainsWhyDaysCannotBeComparedAndExitsTwo() {
		CliRuns.Result run = CliRuns.run("reconcile", FROM, TO, "--rtk.zone=Europe/Berlin");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains("rtk.zone is Europe/Berlin: reconcile compares UTC days only")
			.contains("does not document the zone of its days");
		assertThat(this.api.stats().livestreamDaywiseRequests()).isZero();
	}

	@Test
	void badUsageExitsTwoAndHelpListsTheExitCodes() {
		assertThat(CliRuns.run("reconcile", "--from=2025-02-01", "--to=2025-01-01").exitCode()).isEqualTo(2);
		assertThat(CliRuns.run("reconcile", FROM).exitCode()).isEqualTo(2);
		CliRuns.Result help = CliRuns.runExactly("reconcile", "--help");
		assertThat(help.exitCode()).isZero();
		assertThat(help.out()).contains("--account").contains("Exit codes:").contains("some days differ");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
