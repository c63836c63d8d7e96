package io.rtkwarehouse.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.simulator.Daywise;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsageIntegrationTests extends CommandTests {

	private static final String USAGE = "--rtk.datasets=usage";

	private static final String BOTH = "--rtk.datasets=livestreams,usage";

	private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

	private static final LocalDate TO = LocalDate.of(2025, 4, 30);

	@Test
	void aBackfillOfFourMonthsLoadsEveryUsageRowExactlyInOneRequestPer31DaysOfAnApp() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=" + FROM, "--to=" + TO, USAGE);

		assertThat(run.exitCode()).as(run.all()).isZero();
		// 120 days: ceil(120 / 31) = 4 requests per app. The one livestream request is
		// the range guard's, for a day that cannot hold data.
		assertThat(this.api.stats().usageRequests()).isEqualTo(4L * this.apps.size());
		assertThat(this.api.stats().overallRequests()).isOne();
		assertThat(count("SELECT count(*) FROM rtk.session_daily")).isEqualTo(120L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.recording_daily")).isEqualTo(120L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.usage_fetch")).isEqualTo(4L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.window_ledger WHERE dataset = 'usage' AND status = 'loaded'"))
			.isEqualTo(120L * this.apps.size());
		// The summary counts the usage windows it wrote as loaded and new, none skipped.
		int windows = 120 * this.apps.size();
		assertThat(run.out()).contains("COMPLETED; windows fetched: " + windows + ", failed: 0, loaded: " + windows
				+ " (new " + windows + ", changed 0, unchanged 0), skipped: 0; API requests: ");
		boolean fractional = false;
		for (String app : this.apps) {
			for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
				Daywise.Usage expected = Daywise.usage(app, day);
				Map<String, Object> session = row("SELECT * FROM rtk.session_daily WHERE app_id = ? AND day = ?", app,
						day);
				Map<String, Object> recording = row("SELECT * FROM rtk.recording_daily WHERE app_id = ? AND day = ?",
						app, day);
				assertThat(session).containsEntry("total_sessions", expected.sessions())
					.containsEntry("total_session_minutes", expected.sessionMinutes())
					.containsEntry("is_final", true);
				assertThat(recording).containsEntry("total_recordings", expected.recordings())
					.containsEntry("total_recording_minutes", expected.recordingMinutes());
				fractional |= expected.sessionMinutes().stripTrailingZeros().scale() > 0;
			}
		}
		assertThat(fractional).as("some minutes are fractional").isTrue();
		BigDecimal january = this.jdbc
			.sql("SELECT total_session_minutes FROM rtk.session_monthly WHERE app_id = ? AND month = '2025-01-01'")
			.param(this.apps.get(0))
			.query(BigDecimal.class)
			.single();
		BigDecimal sum = BigDecimal.ZERO;
		for (LocalDate day = FROM; day.getMonthValue() == 1; day = day.plusDays(1)) {
			sum = sum.add(Daywise.usage(this.apps.get(0), day).sessionMinutes());
		}
		assertThat(january).isEqualTo(sum);
	}

	@Test
	void oneRunLoadsBothDatasetsThroughTheSameBudgetAndTheDryRunCountsTheirRequests() {
		CliRuns.Result dryRun = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-02-15", BOTH, "--dry-run");
		assertThat(dryRun.out()).contains("46 to fetch in 2 request(s)")
			.contains("total: " + (46 + 2) * this.apps.size() + " request(s)");

		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-02-15", BOTH);

		assertThat(run.exitCode()).as(run.all()).isZero();
		// One livestream request per app and day, and the range guard's one.
		assertThat(this.api.stats().overallRequests()).isEqualTo(46L * this.apps.size() + 1);
		assertThat(this.api.stats().usageRequests()).isEqualTo(2L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.livestream_daily")).isEqualTo(46L * this.apps.size());
		assertThat(count("SELECT count(*) FROM rtk.session_daily")).isEqualTo(46L * this.apps.size());
		assertThat(run.out())
			.contains("backfill 2025-01-01..2025-02-15 in UTC: " + this.apps.size() + " app(s); livestreams: "
					+ 46 * this.apps.size() + " window(s) in range; usage: " + 46 * this.apps.size()
					+ " window(s) in range (dates as the API gives them), in requests of up to 31 days");
		int days = 46 * this.apps.size();
		assertThat(run.out())
			.contains("windows fetched: " + 2 * days + ", failed: 0, loaded: " + 2 * days + " (new " + 2 * days
					+ ", changed 0, unchanged 0), skipped: 0 (livestreams: fetched: " + days + ", failed: 0, loaded: "
					+ days + " (new " + days + ", changed 0, unchanged 0), skipped: 0; usage:" + " fetched: " + days
					+ ", failed: 0, loaded: " + days + " (new " + days + ", changed 0, unchanged 0), skipped: 0)");
		// One budget: the run's request count (the apps listing and the range guard's
		// request included) is both datasets'.
		assertThat(run.out()).contains("API requests: " + (48 * this.apps.size() + 2) + ",");
		assertThat(CliRuns.run("gaps", "--from=2025-01-01", "--to=2025-02-15", BOTH).exitCode()).isZero();
	}

	@Test
	void aBackfillOfThreeYearsCostsThirtySixUsageRequestsPerApp() {
		CliRuns.Result dryRun = CliRuns.run("backfill", "--from=2023-01-01", "--to=2025-12-31", USAGE, "--dry-run");

		assertThat(dryRun.exitCode()).as(dryRun.all()).isZero();
		// 1,096 days (2024 is a leap year): ceil(1096 / 31) = 36.
		assertThat(dryRun.out()).contains("1096 to fetch in 36 request(s)")
			.contains("total: " + 36 * this.apps.size() + " request(s)");
		assertThat(this.api.stats().usageRequests()).isZero();
	}

	@Test
	void aDayTheAnswerLeavesOutIsMissingNotZeroAndMissingOnlyFetchesItAgain() {
		String app = this.apps.get(0);
		this.api.daywise().omitUsageDays(Set.of(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 11)));
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-02-01", "--to=2025-02-28", "--apps=" + app, USAGE);
		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(count("SELECT count(*) FROM rtk.session_daily")).isEqualTo(26);
		assertThat(count("SELECT count(*) FROM rtk.session_daily WHERE day IN ('2025-02-10', '2025-02-11')")).isZero();
		assertThat(this.jdbc.sql("SELECT day, status FROM rtk.window_ledger WHERE status <> 'loaded' ORDER BY day")
			.query()
			.listOfRows()).extracting((r) -> r.get("status")).containsExactly("missing", "missing");
		assertThat(count("""
				SELECT count(*) FROM rtk.coverage
				WHERE dataset = 'usage' AND app_id = '%s' AND state = 'missing' AND day IN ('2025-02-10', '2025-02-11')
				""".formatted(app))).isEqualTo(2);

		CliRuns.Result gaps = CliRuns.run("gaps", "--from=2025-02-01", "--to=2025-02-28", "--apps=" + app, USAGE);
		assertThat(gaps.exitCode()).as(gaps.all()).isEqualTo(1);
		assertThat(gaps.out()).contains("2 window(s) missing or failed").contains("2025-02-10..2025-02-11 missing");

		this.api.daywise().omitUsageDays(Set.of());
		this.api.stats().reset();
		CliRuns.Result again = CliRuns.run("backfill", "--from=2025-02-01", "--to=2025-02-28", "--apps=" + app, USAGE,
				"--missing-only");
		assertThat(again.exitCode()).as(again.all()).isZero();
		assertThat(this.api.stats().usageRequests()).isEqualTo(1);
		assertThat(this.api.stats().recorded())
			.anySatisfy((request) -> assertThat(request.query()).containsEntry("start_date", "2025-02-10")
				.containsEntry("end_date", "2025-02-11"));
		assertThat(count("SELECT count(*) FROM rtk.session_daily")).isEqualTo(28);
	}

	@Test
	void theUsageTablesAreRebuiltFromTheRawAnswers() {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-02-20", USAGE).exitCode()).isZero();
		List<Map<String, Object>> sessions = rows("rtk.session_daily");
		List<Map<String, Object>> recordings = rows("rtk.recording_daily");
		this.jdbc.sql("DELETE FROM rtk.session_daily").update();
		this.jdbc.sql("DELETE FROM rtk.recording_daily").update();

		CliRuns.Result rebuild = CliRuns.run("rebuild", "--from=2025-01-01", "--to=2025-02-20", USAGE);

		assertThat(rebuild.exitCode()).as(rebuild.all()).isZero();
		assertThat(rebuild.out())
			.contains((51 * 2 * this.apps.size()) + " row(s) of usage rebuilt from the raw answers");
		assertThat(rows("rtk.session_daily")).isEqualTo(sessions);
		assertThat(rows("rtk.recording_daily")).isEqualTo(recordings);
	}

	@Test
	void theUsageQueriesOfTheSqlGuideRun() throws Exception {
		assertThat(CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-03-10", USAGE).exitCode()).isZero();
		String guide = Files.readString(Path.of("docs", "sql.md"));
		String usage = guide.substring(guide.indexOf("## Session and recording usage"),
				guide.indexOf("## Example queries"));
		Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(usage);
		List<String> queries = new ArrayList<>();
		while (block.find()) {
			queries.add(block.group(1));
		}

		assertThat(queries).hasSize(2);
		for (String query : queries) {
			List<Map<String, Object>> result = this.jdbc.sql(query).query().listOfRows();
			// Two apps, three months loaded each; the months after them, up to now, have
			// no numbers.
			assertThat(result).as(query)
				.filteredOn((row) -> ((Integer) row.get("days_loaded")) > 0)
				.hasSize(3 * this.apps.size())
				.allSatisfy((row) -> assertThat(row.get("account_id")).isNotNull());
			assertThat(result).as(query)
				.filteredOn((row) -> ((Integer) row.get("days_loaded")) == 0)
				.allSatisfy((row) -> assertThat(row.get("total_session_minutes")).isNull());
		}
	}

	@Test
	void aNightlyRunFetchesTheLookbackInOneRequestPerAppAndAFailedUsageWindowIsFetchedAgainTheNextNight() {
		String app = this.apps.get(0);
		// The usage request of 2025-02-25..2025-02-28 fails after its retries.
		long firstDay = LocalDate.of(2025, 2, 25).toEpochDay() * 86_400;
		this.scripted.failWindow(app, firstDay, Integer.MAX_VALUE, 503, Bodies.errorsBody(1, "busy"));

		CliRuns.Result night = CliRuns.run("nightly", "--date=2025-03-01", "--apps=" + app, USAGE);

		assertThat(night.exitCode()).as(night.all()).isEqualTo(1);
		assertThat(night.err()).contains("failed: app " + app + " day 2025-02-25 after 5 attempt(s)");
		assertThat(this.api.stats().usageRequests()).isEqualTo(5);
		assertThat(count("SELECT count(*) FROM rtk.window_ledger WHERE dataset = 'usage' AND status = 'failed'"))
			.isEqualTo(4);
		assertThat(CliRuns.run("status").out()).contains(app + " (usage)");

		this.scripted.clearFaults();
		this.api.stats().reset();
		CliRuns.Result next = CliRuns.run("nightly", "--date=2025-03-02", "--apps=" + app, USAGE);

		assertThat(next.exitCode()).as(next.all()).isZero();
		// 2025-02-25 was final by then: the earlier failures and the lookback are one run
		// of 5 days.
		assertThat(this.api.stats().usageRequests()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT day FROM rtk.session_daily ORDER BY day").query(LocalDate.class).list())
			.containsExactly(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 2, 26), LocalDate.of(2025, 2, 27),
					LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 1));
	}

	@Test
	void anUnknownDatasetIsBadConfiguration() {
		CliRuns.Result run = CliRuns.run("backfill", "--from=2025-01-01", "--to=2025-01-02",
				"--rtk.datasets=livestreams,usag");

		assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
		assertThat(run.err()).contains("rtk.datasets")
			.contains("unknown dataset 'usag' (known: livestreams,usage,livestream-daywise)");
		assertThat(this.api.stats().requests()).isZero();
	}

	private Map<String, Object> row(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query().singleRow();
	}

	private List<Map<String, Object>> rows(String table) {
		return this.jdbc.sql("SELECT * FROM " + table + " ORDER BY app_id, day").query().listOfRows();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
