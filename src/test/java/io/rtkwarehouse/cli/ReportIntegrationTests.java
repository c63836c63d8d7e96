package io.rtkwarehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import io.rtkwarehouse.simulator.Bodies;
import io.rtkwarehouse.window.DayWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code report} writes one self-contained HTML file whose day cells are what the ledger
 * says, reading the warehouse only.
 */
class ReportIntegrationTests extends CommandTests {

	static final Pattern CELL = Pattern.compile(
			"<i data-app=\"([^\"]*)\" data-day=\"([^\"]*)\" data-state=\"([^\"]*)\" data-final=\"([^\"]*)\"[^>]*></i>");

	static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

	/**
	 * The error of the failed window: the report must show it as text, never as markup.
	 */
	static final String ERROR = "<script>alert('x')</script> & down";

	@TempDir
	Path directory;

	@Test
	void everyDayCellHasTheStateTheLedgerGivesIt() throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);

		CliRuns.Result report = CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--out=" + this.directory.resolve("r.html"), "--rtk.api-token=", "--rtk.account-id=");

		assertThat(report.exitCode()).as(report.all()).isZero();
		String html = Files.readString(this.directory.resolve("r.html"));
		Map<String, String> cells = new TreeMap<>();
		Matcher cell = CELL.matcher(html);
		while (cell.find()) {
			cells.put(cell.group(1) + " " + cell.group(2),
					cell.group(3) + (cell.group(4).equals("true") ? " final" : ""));
		}
		assertThat(cells).isEqualTo(expectedFromTheLedger(loaded.from(), loaded.to()));
		assertThat(cells.values().stream().map((state) -> state.split(" ")[0]).distinct().sorted())
			.containsExactly("failed", "loaded", "missing", "open", "zero");
		assertThat(report.out()).contains("written to " + this.directory.resolve("r.html").toAbsolutePath());
		assertThat(html).contains("<b data-count=\"failed\">1</b>").contains("<b data-count=\"missing\">3</b>");
	}

	@Test
	void whatComesFromTheDatabaseIsEscapedAndTheTokenIsNeverInTheReport() throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);
		this.jdbc.sql("UPDATE rtk.window_ledger SET last_error = ? WHERE status = 'failed'").param(ERROR).update();

		CliRuns.Result report = CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--out=" + this.directory.resolve("r.html"));

		assertThat(report.exitCode()).as(report.all()).isZero();
		String html = Files.readString(this.directory.resolve("r.html"));
		assertThat(html).doesNotContain(ERROR)
			.doesNotContain("<script>alert")
			.contains("failed: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; down")
			.doesNotContain(ApiSimulator.DEFAULT_TOKEN);
		assertSelfContained(html);
	}

	@Test
	void theLastRunsShowTheirOutcomeDurationCallsAnd429s() throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);

		CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--out=" + this.directory.resolve("r.html"));

		String html = Files.readString(this.directory.resolve("r.html"));
		long executions = this.jdbc.sql("SELECT count(*) FROM rtk_batch.batch_job_execution")
			.query(Long.class)
			.single();
		Matcher row = Pattern
			.compile("<tr data-outcome=\"(ok|failed)\"><td>#\\d+</td><td>backfill</td>"
					+ "<td>[0-9-]+\\.\\.[0-9-]+</td><td>[0-9-]+ [0-9:]+ UTC</td><td>[^<]+</td><td class=\"outcome\">"
					+ "(COMPLETED|FAILED)</td><td>(\\d+)</td><td>(\\d+)</td><td>\\d+\\.\\d s</td>")
			.matcher(html);
		Map<String, Integer> outcomes = new HashMap<>();
		while (row.find()) {
			outcomes.merge(row.group(2), 1, Integer::sum);
			assertThat(Long.parseLong(row.group(3))).isPositive();
		}
		assertThat(outcomes).containsEntry("FAILED", 1).containsEntry("COMPLETED", 2);
		assertThat(executions).isEqualTo(3);
	}

	@Test
	void theUsagePanelShowsSessionMinutesPerMonthOnlyWhereTheUsageDatasetIs() throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);
		Path without = this.directory.resolve("without.html");
		Path with = this.directory.resolve("with.html");
		CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(), "--out=" + without);
		CliRuns.Result usage = CliRuns.run("backfill", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--rtk.datasets=usage");

		CliRuns.Result report = CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--out=" + with);

		assertThat(usage.exitCode()).as(usage.all()).isZero();
		assertThat(report.exitCode()).as(report.all()).isZero();
		assertThat(Files.readString(without)).doesNotContain("id=\"usage\"");
		List<String> months = this.jdbc.sql("""
				SELECT '<tr data-month="' || to_char(day, 'YYYY-MM') || '"><td>' || to_char(day, 'YYYY-MM')
				       || '</td><td>' || to_char(sum(total_sessions), 'FM999,999,999') || '</td><td>'
				       || to_char(round(sum(total_session_minutes)), 'FM999,999,999') || '</td></tr>'
				FROM rtk.session_daily GROUP BY to_char(day, 'YYYY-MM') ORDER BY 1""").query(String.class).list();
		assertThat(months).isNotEmpty();
		String html = Files.readString(with);
		assertThat(html).contains("id=\"usage\"");
		months.forEach((month) -> assertThat(html).contains(month));
	}

	@Test
	void aMonthWithNoDayLoadedIsBlankNeverZero() throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);
		YearMonth unloaded = YearMonth.from(loaded.from()).minusMonths(2);
		Path out = this.directory.resolve("r.html");

		CliRuns.Result report = CliRuns.run("report", "--from=" + unloaded.atDay(1), "--to=" + loaded.to(),
				"--out=" + out);

		assertThat(report.exitCode()).as(report.all()).isZero();
		String html = Files.readString(out);
		String blank = "<td class=\"unknown\" title=\"no day of this month is loaded\"></td>";
		assertThat(html).contains("<tr><td>" + unloaded + "</td>" + blank + blank + "<td>0</td><td>"
				+ unloaded.lengthOfMonth() * this.apps.size() + "</td></tr>");
		assertThat(html).doesNotContain("<tr><td>" + unloaded + "</td><td>0</td>");
		YearMonth last = YearMonth.from(loaded.to());
		assertThat(html).containsPattern("<tr><td>" + last + "</td><td>[0-9,]+</td><td>[0-9,]+\\.[0-9]</td>");
	}

	@Test
	void badUsageIsExit2AndWritesNothing() {
		Path out = this.directory.resolve("r.html");

		CliRuns.Result reversed = CliRuns.run("report", "--from=2025-01-05", "--to=2025-01-01", "--out=" + out);
		CliRuns.Result noDirectory = CliRuns.run("report", "--from=2025-01-01", "--to=2025-01-05",
				"--out=" + this.directory.resolve("no/such/r.html"));
		CliRuns.Result aDirectory = CliRuns.run("report", "--from=2025-01-01", "--to=2025-01-05",
				"--out=" + this.directory);

		assertThat(reversed.exitCode()).isEqualTo(2);
		assertThat(reversed.err()).contains("--from=2025-01-05 is after --to=2025-01-01");
		assertThat(noDirectory.exitCode()).isEqualTo(2);
		assertThat(noDirectory.err()).contains("cannot be written: the directory").contains("does not exist");
		assertThat(aDirectory.exitCode()).isEqualTo(2);
		assertThat(aDirectory.err()).contains("is a directory");
		assertThat(out).doesNotExist();
	}

	@Test
	void aDatabaseThatCannotBeReadIsExit1AndWritesNothing() {
		Path out = this.directory.resolve("r.html");

		CliRuns.Result report = CliRuns.run("report", "--from=2025-01-01", "--to=2025-01-05", "--out=" + out,
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none");

		assertThat(report.exitCode()).as(report.all()).isEqualTo(1);
		assertThat(report.err()).contains("the database cannot be reached");
		assertThat(out).doesNotExist();
	}

	/**
	 * Two apps over the 20 days before today: app 0 misses 3 days and fails one, app 1
	 * has 3 days of zeros; the last 3 days are not final yet.
	 */
	static LoadedRange loadRangeWithGapsAFailureAndZeros(CommandTests test) {
		LocalDate from = TODAY.minusDays(20);
		LocalDate to = TODAY.minusDays(1);
		String first = test.apps.get(0);
		String second = test.apps.get(1);
		test.scripted.failWindow(first, start(first, TODAY.minusDays(15)), Integer.MAX_VALUE, 500,
				Bodies.errorsBody(9, "down"));
		for (int ago = 17; ago <= 19; ago++) {
			test.scripted.setNumbers(second, start(second, TODAY.minusDays(ago)), new ApiSimulator.Numbers(0L, 0L, 0L));
		}
		CliRuns.Result whole = CliRuns.run("backfill", "--from=" + from, "--to=" + to, "--apps=" + second);
		CliRuns.Result before = CliRuns.run("backfill", "--from=" + from, "--to=" + TODAY.minusDays(12),
				"--apps=" + first);
		CliRuns.Result after = CliRuns.run("backfill", "--from=" + TODAY.minusDays(8), "--to=" + to, "--apps=" + first);
		assertThat(whole.exitCode()).as(whole.all()).isZero();
		assertThat(before.exitCode()).as(before.all()).isEqualTo(1);
		assertThat(after.exitCode()).as(after.all()).isZero();
		return new LoadedRange(from, to);
	}

	/** What the ledger and the daily rows say of each app and day of the range. */
	private Map<String, String> expectedFromTheLedger(LocalDate from, LocalDate to) {
		Map<String, String> expected = new TreeMap<>();
		for (String app : this.apps) {
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				List<Map<String, Object>> ledger = this.jdbc.sql(
						"SELECT l.status, d.is_final, coalesce(d.livestream_count, 0) + coalesce(d.total_ingest_seconds, 0)"
								+ " + coalesce(d.total_viewer_seconds, 0) AS numbers FROM rtk.window_ledger l"
								+ " LEFT JOIN rtk.livestream_daily d USING (account_id, app_id, day)"
								+ " WHERE l.app_id = ? AND l.day = ?")
					.params(app, day)
					.query()
					.listOfRows();
				String state;
				if (ledger.isEmpty()) {
					state = "missing";
				}
				else if (ledger.get(0).get("status").equals("failed")) {
					state = "failed";
				}
				else if (!Boolean.TRUE.equals(ledger.get(0).get("is_final"))) {
					state = "open";
				}
				else {
					state = (((Number) ledger.get(0).get("numbers")).longValue() == 0) ? "zero final" : "loaded final";
				}
				expected.put(app + " " + day, state);
			}
		}
		return expected;
	}

	/**
	 * Nothing the page could fetch: no source, no stylesheet, no import, no remote link.
	 */
	static void assertSelfContained(String html) {
		assertThat(html).doesNotContainPattern("(?i)\\ssrc\\s*=")
			.doesNotContainPattern("(?i)<link\\b")
			.doesNotContainPattern("(?i)@import")
			.doesNotContainPattern("(?i)url\\(")
			.doesNotContainPattern("(?i)href\\s*=\\s*\"(?!#)")
			.contains("default-src 'none'");
	}

	static long start(String app, LocalDate day) {
		return DayWindow.of(app, day, ZoneOffset.UTC).start().getEpochSecond();
	}

	record LoadedRange(LocalDate from, LocalDate to) {

		long days() {
			return to.toEpochDay() - from.toEpochDay() + 1;
		}

	}

}
