package io.rtkwarehouse.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.rtkwarehouse.CliRuns;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past the source's retention an answer of zeros means "no longer known": it never
 * overwrites numbers loaded while they were known (simulator in its retention mode).
 */
class SourceRetentionIntegrationTests extends CommandTests {

	private static final String NUMBERS = "SELECT coalesce(sum(livestream_count + total_ingest_seconds + "
			+ "total_viewer_seconds), 0) FROM rtk.livestream_daily";

	private final LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(20);

	private final LocalDate to = this.from.plusDays(4);

	@Test
	void zerosPastRetentionKeepTheNumbersStoredAndTheLedgerAndStatusSayWhy() {
		CliRuns.Result first = backfill();
		long loaded = this.jdbc.sql(NUMBERS).query(Long.class).single();
		this.api.rules().retention(Duration.ofDays(10));

		CliRuns.Result again = backfill("--refetch", "--rtk.source-retention=10d");
		CliRuns.Result status = CliRuns.run("status");

		assertThat(first.exitCode()).as(first.all()).isZero();
		assertThat(loaded).isPositive();
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).contains("day(s) of " + this.from + ".." + this.to
				+ " are past the source's retention (rtk.source-retention=10d");
		assertThat(this.jdbc.sql(NUMBERS).query(Long.class).single()).isEqualTo(loaded);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE retention_note LIKE 'protected: zeros%'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(status.out()).contains("Days protected: ");
		assertThat(report(first, again)).contains("data-state=\"protected\"");
		assertThat(dayStates("protected")).isEqualTo(ledgerDays("protected%")).isNotEmpty();
	}

	@Test
	void withRetentionTurnedOffZerosOverwriteAsAnyAnswerDoes() {
		backfill();
		this.api.rules().retention(Duration.ofDays(10));

		CliRuns.Result again = backfill("--refetch", "--rtk.source-retention=0");

		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(again.out()).doesNotContain("past the source's retention");
		assertThat(this.jdbc.sql(NUMBERS).query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE retention_note LIKE 'protected%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDryRunSaysHowFarTheRangeReachesPastRetention() {
		CliRuns.Result run = CliRuns.run("backfill", "--dry-run", "--from=" + this.from, "--to=" + this.to,
				"--rtk.source-retention=18d");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.out()).contains("note: 2 day(s) of " + this.from + ".." + this.to
				+ " are past the source's retention (rtk.source-retention=18d");
	}

	@Test
	void aFirstLoadPastRetentionThatAnswersZerosHasItsOwnState() {
		this.api.rules().retention(Duration.ofDays(10));

		CliRuns.Result run = backfill("--rtk.source-retention=10d");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE retention_note LIKE 'zero past%'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(report(run)).contains("data-state=\"retention-zero\"");
		assertThat(dayStates("retention-zero")).isEqualTo(ledgerDays("zero past%")).isNotEmpty();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.day_state WHERE state = 'zero'").query(Long.class).single())
			.as("days within retention that answered zeros stay plain zero")
			.isEqualTo(this.jdbc
				.sql("SELECT count(*) FROM rtk.window_ledger l JOIN rtk.livestream_daily d USING (account_id, app_id, day)"
						+ " WHERE l.retention_note IS NULL AND d.livestream_count = 0 AND d.total_ingest_seconds = 0"
						+ " AND d.total_viewer_seconds = 0 AND d.is_final")
				.query(Long.class)
				.single());
	}

	/** The days rtk.day_state gives this state, as "app day". */
	private java.util.List<String> dayStates(String state) {
		return this.jdbc.sql("SELECT app_id || ' ' || day FROM rtk.day_state WHERE state = ? ORDER BY 1")
			.param(state)
			.query(String.class)
			.list();
	}

	/** The days whose ledger note is like this, as "app day". */
	private java.util.List<String> ledgerDays(String note) {
		return this.jdbc
			.sql("SELECT app_id || ' ' || day FROM rtk.window_ledger WHERE retention_note LIKE ? ORDER BY 1")
			.param(note)
			.query(String.class)
			.list();
	}

	private String report(CliRuns.Result... runs) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("rtk-report", ".html");
			CliRuns.Result report = CliRuns.run("report", "--from=" + this.from, "--to=" + this.to, "--out=" + file);
			assertThat(report.exitCode()).as(report.all()).isZero();
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private CliRuns.Result backfill(String... more) {
		String[] args = new String[3 + more.length];
		args[0] = "backfill";
		args[1] = "--from=" + this.from;
		args[2] = "--to=" + this.to;
		System.arraycopy(more, 0, args, 3, more.length);
		return CliRuns.run(args);
	}

}
