package io.rtkwarehouse.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.Activity;
import io.rtkwarehouse.simulator.ActivityMix;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero spans against the simulator's history of livestreams: the same rows as one request
 * per day, fewer requests, no day before an app existed, and a sample that catches an API
 * whose spans answer zeros over active days.
 */
class ZeroSpansIntegrationTests extends CommandTests {

	/**
	 * Crosses the end of February and of March, and both daylight saving changes of 2025
	 * (9 March in America, 30 March in Europe).
	 */
	private static final LocalDate FROM = LocalDate.of(2025, 2, 20);

	private static final LocalDate TO = LocalDate.of(2025, 4, 5);

	private static final String ROWS = """
			SELECT app_id, day, zone, window_start, window_end, livestream_count, total_ingest_seconds,
			    total_viewer_seconds, is_final
			FROM rtk.livestream_daily ORDER BY app_id, day
			""";

	private void history(ActivityMix mix) {
		// Created from before the range to inside it, at times of day of their own.
		this.api.apps(Activity.apps(6, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 15)));
		this.api.activity().mix(mix);
		this.apps = this.api.apps().stream().map(ApiSimulator.App::id).toList();
	}

	private CliRuns.Result backfill(String zone, boolean spans, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of("backfill", "--from=" + FROM, "--to=" + TO,
				"--rtk.zone=" + zone, "--rtk.spans.enabled=" + spans));
		args.addAll(List.of(more));
		return CliRuns.run(args.toArray(String[]::new));
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql(ROWS).query().listOfRows();
	}

	/** The days of the range on which each app existed, in the zone: one request each. */
	private long daysSinceCreated(String zone) {
		return this.api.apps().stream().mapToLong((app) -> {
			LocalDate created = Instant.parse(app.createdAt()).atZone(ZoneId.of(zone)).toLocalDate();
			LocalDate first = created.isAfter(FROM) ? created : FROM;
			return first.isAfter(TO) ? 0 : TO.toEpochDay() - first.toEpochDay() + 1;
		}).sum();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Berlin", "America/Los_Angeles" })
	void spansLoadExactlyTheRowsOfOneRequestPerDayWithFewerRequests(String zone) {
		history(new ActivityMix(0.34, 0.33, 0.33));

		CliRuns.Result off = backfill(zone, false);
		List<Map<String, Object>> perDay = rows();
		long perDayRequests = windowRequests();
		TestDatabase.get().reset();
		this.api.stats().reset();
		CliRuns.Result on = backfill(zone, true);
		long spanRequests = windowRequests();

		assertThat(off.exitCode()).as(off.all()).isZero();
		assertThat(on.exitCode()).as(on.all()).isZero();
		// One per day the app existed, and the range guard's one.
		assertThat(perDayRequests).isEqualTo(daysSinceCreated(zone) + 1);
		assertThat(perDay).hasSize((int) daysSinceCreated(zone));
		assertThat(rows()).containsExactlyElementsOf(perDay);
		assertThat(spanRequests).isLessThan(perDayRequests * 3 / 4);
		// Every answer is in the raw history; no span is longer than a calendar month.
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_fetch").query(Long.class).single())
			.isEqualTo(spanRequests - 1);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM rtk.livestream_fetch
				WHERE last_day IS NOT NULL AND last_day >= day + interval '1 month'
				""").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE inferred_from IS NOT NULL")
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status <> 'loaded'")
			.query(Long.class)
			.single()).isZero();
		// A rebuild from the raw answers gives the same rows.
		CliRuns.Result rebuild = CliRuns.run("rebuild", "--from=" + FROM, "--to=" + TO, "--rtk.zone=" + zone);
		assertThat(rebuild.exitCode()).as(rebuild.all()).isZero();
		assertThat(rows()).containsExactlyElementsOf(perDay);
	}

	@Test
	void everyDayActiveCostsAtMostOneRequestMorePerMonthOfEachApp() {
		history(new ActivityMix(0, 0, 1));

		CliRuns.Result on = backfill("UTC", true);

		assertThat(on.exitCode()).as(on.all()).isZero();
		long days = daysSinceCreated("UTC");
		long spans = this.jdbc
			.sql("SELECT count(*) FROM rtk.livestream_fetch WHERE last_day IS NOT NULL OR error LIKE 'split%'")
			.query(Long.class)
			.single();
		assertThat(windowRequests() - 1).isLessThanOrEqualTo(days + spans).isLessThanOrEqualTo(days + 3 * 6);
	}

	@Test
	void aSampleCatchesSpansThatAnswerZerosOverActiveDaysTurnsThemOffAndRestoresTheRows() {
		history(new ActivityMix(0, 0.5, 0.5));
		backfill("Europe/Berlin", false);
		List<Map<String, Object>> perDay = rows();
		TestDatabase.get().reset();
		this.api.rules().spansLie(true);

		CliRuns.Result on = backfill("Europe/Berlin", true);
		List<Map<String, Object>> restored = rows();
		long notLoaded = this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status <> 'loaded'")
			.query(Long.class)
			.single();
		CliRuns.Result status = CliRuns.run("status", "--rtk.zone=Europe/Berlin");
		CliRuns.Result again = CliRuns.run("nightly", "--rtk.zone=Europe/Berlin", "--rtk.spans.enabled=true");

		assertThat(on.exitCode()).as(on.all()).isZero();
		assertThat(on.err()).contains("warning: zero spans are now OFF for account " + ApiSimulator.DEFAULT_ACCOUNT);
		assertThat(restored).containsExactlyElementsOf(perDay);
		assertThat(notLoaded).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.span_check").query(Long.class).single()).isOne();
		assertThat(status.out()).contains("Zero spans: OFF since a sampled day disagreed: day ");
		// Off stays off: the next run asks one day per request.
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM rtk.livestream_fetch WHERE last_day IS NOT NULL AND job_execution_id = (
				    SELECT max(job_execution_id) FROM rtk.livestream_fetch)
				""").query(Long.class).single()).isZero();
	}

	@Test
	void daysEarlierRunsInferredAreAskedAgainOneByOneInTheRunWhoseSampleDisagrees() {
		history(new ActivityMix(0.5, 0, 0.5));
		CliRuns.Result first = backfill("UTC", true);
		long inferred = this.jdbc
			.sql("SELECT count(*) FROM rtk.window_ledger WHERE inferred_from IS NOT NULL AND status = 'loaded'")
			.query(Long.class)
			.single();
		this.api.rules().spansLie(true);

		CliRuns.Result nightly = CliRuns.run("nightly", "--rtk.zone=UTC", "--rtk.spans.enabled=true",
				"--rtk.spans.sample-share=1");

		assertThat(first.exitCode()).as(first.all()).isZero();
		assertThat(inferred).isPositive();
		assertThat(nightly.exitCode()).as(nightly.all()).isZero();
		assertThat(nightly.err()).contains("warning: zero spans are now OFF");
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE status <> 'loaded'")
			.query(Long.class)
			.single()).isZero();
		// Every day the backfill inferred was asked on its own by the nightly run.
		assertThat(this.jdbc.sql("""
				SELECT count(DISTINCT (app_id, day)) FROM rtk.livestream_fetch
				WHERE last_day IS NULL AND day BETWEEN ? AND ?
				  AND job_execution_id = (SELECT max(job_execution_id) FROM rtk.livestream_fetch)
				""").params(FROM, TO).query(Long.class).single()).isEqualTo(inferred);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE day <= ? AND inferred_from IS NOT NULL")
			.param(TO)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theDryRunCountsOneRequestPerDayAndTheRangeWithSpansAndTheRunStaysWithinIt() {
		history(new ActivityMix(0.34, 0.33, 0.33));
		CliRuns.Result first = backfill("UTC", true);
		this.api.stats().reset();
		LocalDate later = TO.plusDays(40);

		CliRuns.Result plan = CliRuns.run("backfill", "--dry-run", "--from=" + FROM, "--to=" + later, "--rtk.zone=UTC",
				"--rtk.spans.enabled=true");
		Map<String, Long> counts = parse(plan.out());
		CliRuns.Result run = CliRuns.run("backfill", "--from=" + FROM, "--to=" + later, "--rtk.zone=UTC",
				"--rtk.spans.enabled=true");
		long requests = windowRequests() - 1;

		assertThat(first.exitCode()).as(first.all()).isZero();
		assertThat(plan.exitCode()).as(plan.all()).isZero();
		assertThat(plan.out()).contains(" before the app existed (created ");
		assertThat(plan.out()).contains("about").contains("of them active");
		// The days after the first backfill, one per day and app.
		assertThat(counts.get("perDay")).isEqualTo(40L * 6);
		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(requests).isBetween(counts.get("least"), counts.get("most"));
	}

	/** The totals of a dry run's "one request per day" line. */
	private static Map<String, Long> parse(String out) {
		java.util.regex.Matcher line = java.util.regex.Pattern
			.compile("one request per day: (\\d+) request\\(s\\); with zero spans: (\\d+) if every span is idle,"
					+ " (\\d+) if every day is active, about (\\d+) expected")
			.matcher(out);
		assertThat(line.find()).as(out).isTrue();
		return Map.of("perDay", Long.parseLong(line.group(1)), "least", Long.parseLong(line.group(2)), "most",
				Long.parseLong(line.group(3)), "expected", Long.parseLong(line.group(4)));
	}

	@Test
	void anIdleAppsNightlyLookbackIsOneRequest() {
		history(new ActivityMix(1, 0, 0));

		CliRuns.Result nightly = CliRuns.run("nightly", "--rtk.spans.enabled=true");

		assertThat(nightly.exitCode()).as(nightly.all()).isZero();
		assertThat(nightly.out()).contains("idle days asked in zero spans of up to a calendar month");
		// One span per app, the sampled days (at least one), and the range guard.
		long sampled = this.jdbc.sql("SELECT count(*) FROM rtk.livestream_fetch WHERE last_day IS NULL")
			.query(Long.class)
			.single();
		assertThat(sampled).isPositive();
		assertThat(windowRequests()).isEqualTo(6 + sampled + 1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.livestream_daily WHERE livestream_count = 0")
			.query(Long.class)
			.single()).isEqualTo(6 * 4);
	}

	@Test
	void daysPastTheSourcesRetentionKeepTheirNumbersThroughSpansAndARebuild() {
		history(new ActivityMix(0.34, 0.33, 0.33));
		LocalDate from = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(40);
		LocalDate to = from.plusDays(24);
		String[] range = { "--from=" + from, "--to=" + to, "--rtk.spans.enabled=true" };
		CliRuns.Result first = CliRuns.run(concat("backfill", range));
		List<Map<String, Object>> loaded = rows();
		this.api.rules().retention(java.time.Duration.ofDays(10));

		CliRuns.Result again = CliRuns.run(concat("backfill", range, "--refetch", "--rtk.source-retention=10d"));
		List<Map<String, Object>> kept = rows();
		CliRuns.Result rebuild = CliRuns.run("rebuild", "--from=" + from, "--to=" + to);

		assertThat(first.exitCode()).as(first.all()).isZero();
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(rebuild.exitCode()).as(rebuild.all()).isZero();
		assertThat(kept).isEqualTo(loaded);
		assertThat(rows()).isEqualTo(loaded);
		assertThat(this.jdbc.sql("SELECT count(*) FROM rtk.window_ledger WHERE retention_note LIKE 'protected%'")
			.query(Long.class)
			.single()).isPositive();
	}

	private static String[] concat(String command, String[] range, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of(command));
		args.addAll(List.of(range));
		args.addAll(List.of(more));
		return args.toArray(String[]::new);
	}

	@Test
	void spansTurnedOffByConfigurationAreSaidSoByStatus() {
		CliRuns.Result status = CliRuns.run("status", "--rtk.spans.enabled=false");
		CliRuns.Result bad = CliRuns.run("status", "--rtk.spans.sample-share=0");

		assertThat(status.out()).contains("Zero spans: off (rtk.spans.enabled=false)");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("rtk.spans.sample-share must be more than 0 and at most 1");
	}

}
