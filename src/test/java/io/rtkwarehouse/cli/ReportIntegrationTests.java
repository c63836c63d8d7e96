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
	void daysBeforeAnAppExistedInTheAccountsZoneAreTheirOwnStateNeverMissing() throws Exception {
		LocalDate from = TODAY.minusDays(10);
		LocalDate to = TODAY.minusDays(1);
		String late = this.apps.get(1);
		LocalDate created = TODAY.minusDays(5);
		// 23:30 UTC the day before is already the created day in Berlin.
		this.api.apps(List.of(this.api.apps().get(0),
				new ApiSimulator.App(late, "Late", created.minusDays(1) + "T23:30:00Z")));
		CliRuns.Result backfill = CliRuns.run("backfill", "--from=" + from, "--to=" + to, "--rtk.zone=Europe/Berlin",
				"--rtk.datasets=livestreams,usage");
		Path out = this.directory.resolve("r.html");

		CliRuns.Result report = CliRuns.run("report", "--from=" + from, "--to=" + to, "--out=" + out,
				"--rtk.api-token=", "--rtk.account-id=");

		assertThat(backfill.exitCode()).as(backfill.all()).isZero();
		assertThat(report.exitCode()).as(report.all()).isZero();
		assertThat(report.out()).contains("missing 0, protected 0, retention-zero 0, before-created 5");
		String html = Files.readString(out);
		Map<String, String> cells = new TreeMap<>();
		Matcher cell = CELL.matcher(html);
		while (cell.find()) {
			cells.put(cell.group(1) + " " + cell.group(2), cell.group(3));
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			assertThat(cells.get(this.apps.get(0) + " " + day)).isNotIn("missing", "before-created");
			if (day.isBefore(created)) {
				assertThat(cells.get(late + " " + day)).as(late + " " + day).isEqualTo("before-created");
			}
			else {
				assertThat(cells.get(late + " " + day)).as(late + " " + day).isNotIn("missing", "before-created");
			}
		}
		assertThat(html).contains("before the app existed <b data-count=\"before-created\">5</b>")
			.contains("data-created=\"" + created + "\" data-zone=\"Europe/Berlin\"")
			.contains("<span class=\"created\">created " + created + "</span>");
		String attention = between(html, "<section id=\"attention\">", "</section>");
		assertThat(attention).contains("Nothing failed or missing in the range.").doesNotContain("gap-apps");
		Map<String, String> usage = usageByApp(html);
		assertThat(usage.get(this.apps.get(0))).doesNotContain("before the app existed");
		Matcher before = Pattern.compile("\\((\\d+) day\\(s\\) before the app existed\\)").matcher(usage.get(late));
		int days = 0;
		while (before.find()) {
			days += Integer.parseInt(before.group(1));
		}
		assertThat(days).isEqualTo(5);
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
	void theUsagePanelShowsEachAppsMonthsOnlyWhereTheUsageDatasetIsAndLeavesMonthsWithNoLoadedDayBlank()
			throws Exception {
		LoadedRange loaded = loadRangeWithGapsAFailureAndZeros(this);
		YearMonth unloaded = YearMonth.from(loaded.from()).minusMonths(2);
		Path without = this.directory.resolve("without.html");
		Path with = this.directory.resolve("with.html");
		CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(), "--out=" + without);
		CliRuns.Result usage = CliRuns.run("backfill", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--rtk.datasets=usage");

		CliRuns.Result report = CliRuns.run("report", "--from=" + unloaded.atDay(1), "--to=" + loaded.to(),
				"--out=" + with);

		assertThat(usage.exitCode()).as(usage.all()).isZero();
		assertThat(report.exitCode()).as(report.all()).isZero();
		assertThat(Files.readString(without)).doesNotContain("id=\"usage\"");
		String html = Files.readString(with);
		Map<String, String> byApp = usageByApp(html);
		assertThat(byApp.keySet()).containsExactlyInAnyOrderElementsOf(this.apps);
		for (String app : this.apps) {
			List<String> months = usageMonthsFromTheTables(ApiSimulator.DEFAULT_ACCOUNT, app, unloaded.atDay(1),
					loaded.from(), loaded.to());
			assertThat(months).hasSizeBetween(1, 2);
			months.forEach((month) -> assertThat(byApp.get(app)).contains(month));
			String blank = "<td class=\"unknown\" title=\"no day of this month is loaded\"></td>";
			assertThat(byApp.get(app)).contains("<tr data-month=\"" + unloaded + "\"><td>" + unloaded + "</td>"
					+ blank.repeat(4) + "<td>0 of " + unloaded.lengthOfMonth() + "</td></tr>");
		}
		assertThat(byApp.get(this.apps.get(0))).isNotEqualTo(byApp.get(this.apps.get(1)));
	}

	@Test
	void theFirstScreenSaysPerAccountWhatNeedsAttentionAndAppsAreNamedBesideTheirIds() throws Exception {
		String a = AccountsIntegrationTests.A;
		String b = AccountsIntegrationTests.B;
		String first = this.apps.get(0);
		String second = this.apps.get(1);
		String name = "<b>Live & \"Ops\"</b>";
		this.api.accounts(Map.of(a, AccountsIntegrationTests.TOKEN_A, b, AccountsIntegrationTests.TOKEN_B))
			.apps(List.of(renamed(this.api.apps().get(0), name), renamed(this.api.apps().get(1), "Kids' Corner")));
		LocalDate from = TODAY.minusDays(20);
		LocalDate to = TODAY.minusDays(1);
		// Account a: a failed day (the first app's) and 3 days missing for both apps;
		// account b: every day, then its second app loses its name; then a loads usage.
		this.scripted.failWindow(first, start(first, TODAY.minusDays(15)), Integer.MAX_VALUE, 500,
				Bodies.errorsBody(9, "down"));
		CliRuns.Result before = twoAccounts("backfill", "--from=" + from, "--to=" + TODAY.minusDays(12),
				"--account=" + a);
		CliRuns.Result after = twoAccounts("backfill", "--from=" + TODAY.minusDays(8), "--to=" + to, "--account=" + a);
		this.scripted.clearFaults();
		CliRuns.Result whole = twoAccounts("backfill", "--from=" + from, "--to=" + to, "--account=" + b);
		CliRuns.Result usage = twoAccounts("backfill", "--from=" + from, "--to=" + to, "--account=" + a,
				"--rtk.datasets=usage");
		this.jdbc.sql("UPDATE rtk.app SET name = NULL WHERE account_id = ? AND app_id = ?").params(b, second).update();
		this.jdbc.sql("UPDATE rtk.app SET name = 'Brand B' WHERE account_id = ? AND app_id = ?")
			.params(b, first)
			.update();
		Path out = this.directory.resolve("r.html");

		CliRuns.Result report = CliRuns.run("report", "--from=" + from, "--to=" + to, "--out=" + out,
				"--rtk.api-token=", "--rtk.account-id=");

		assertThat(before.exitCode()).as(before.all()).isEqualTo(1);
		assertThat(after.exitCode()).as(after.all()).isZero();
		assertThat(whole.exitCode()).as(whole.all()).isZero();
		assertThat(usage.exitCode()).as(usage.all()).isZero();
		assertThat(report.exitCode()).as(report.all()).isZero();
		String html = Files.readString(out);
		String attention = between(html, "<section id=\"attention\">", "</section>");
		assertThat(html.indexOf("<section id=\"attention\">")).isLessThan(html.indexOf("<section id=\"coverage\">"));
		String ofA = between(attention, "<div class=\"account\" data-account=\"" + a + "\"", "</div>");
		String ofB = between(attention, "<div class=\"account\" data-account=\"" + b + "\"", "</div>");
		// What the ledger says: a has 1 failed day and 2 apps x 3 days missing; b none.
		assertThat(gapsFromTheLedger(a, "livestreams", from, to)).containsExactly(1L, 6L);
		assertThat(gapsFromTheLedger(b, "livestreams", from, to)).containsExactly(0L, 0L);
		assertThat(ofA).contains("data-verdict=\"attention\"")
			.contains("<b class=\"failed\">1 day(s) failed</b> and <b class=\"missing\">"
					+ (6 + gapsFromTheLedger(a, "usage", from, to).get(1)) + " day(s) missing</b> in the range.")
			.contains("<tr data-dataset=\"livestreams\" data-failed=\"1\" data-missing=\"6\"><td>livestreams</td>"
					+ "<td class=\"failed\">1</td><td class=\"missing\">6</td>")
			.contains("<tr data-dataset=\"usage\" data-failed=\"0\" data-missing=\""
					+ gapsFromTheLedger(a, "usage", from, to).get(1) + "\">");
		assertThat(ofB).contains("data-verdict=\"ok\"")
			.contains("<p class=\"verdict\">Nothing failed or missing in the range.</p>")
			.contains("<tr data-dataset=\"livestreams\" data-failed=\"0\" data-missing=\"0\"><td>livestreams</td>"
					+ "<td colspan=\"2\" class=\"ok\">nothing failed or missing</td>")
			.doesNotContain("data-dataset=\"usage\"");
		// Complete through: a stops the day before its failed day; b at its last final
		// day.
		assertThat(completeThrough(a, "livestreams")).isEqualTo(TODAY.minusDays(16));
		assertThat(completeThrough(b, "livestreams")).isAfter(TODAY.minusDays(16));
		assertThat(ofA).contains("<td class=\"complete\">" + TODAY.minusDays(16) + "</td>");
		assertThat(ofB).contains("<td class=\"complete\">" + completeThrough(b, "livestreams"));
		assertThat(ofA).contains(lastRunFromTheHistory(a)).contains("Last run: backfill, started ");
		assertThat(ofB).contains(lastRunFromTheHistory(b));
		assertThat(ofA).contains("Apps with failed or missing days in the calendar: <a href=\"#app-" + a + "-" + first
				+ "\"><code>" + first + "</code> <span class=\"app-name\">&lt;b&gt;Live &amp; &quot;Ops&quot;&lt;/b&gt;"
				+ "</span></a> (4)");

		// Names beside ids, per account, escaped; an app without a name shows its id
		// only.
		assertThat(html).doesNotContain(name);
		String coverage = between(html, "<section id=\"coverage\">", "</section>");
		String calendarOfB = coverage.substring(coverage.indexOf("<h3>Account <code>" + b + "</code>"));
		String calendarOfA = coverage.substring(coverage.indexOf("<h3>Account <code>" + a + "</code>"),
				coverage.indexOf("<h3>Account <code>" + b + "</code>"));
		assertThat(calendarOfA)
			.contains("<summary><code>" + first
					+ "</code> <span class=\"app-name\">&lt;b&gt;Live &amp; &quot;Ops&quot;&lt;/b&gt;</span><span")
			.contains("<summary><code>" + second + "</code> <span class=\"app-name\">Kids&#39; Corner</span><span");
		assertThat(calendarOfB)
			.contains("<summary><code>" + first + "</code> <span class=\"app-name\">Brand B</span><span")
			.contains("<summary><code>" + second + "</code><span class=\"counts\">");
		String numbers = between(html, "<section id=\"numbers\">", "</section>");
		assertThat(numbers).contains("<summary><code>" + first + "</code> <span class=\"app-name\">Brand B</span>")
			.contains("<summary><code>" + second + "</code> <span class=\"app-name\">Kids&#39; Corner</span>");

		// The calendar's cells are still what each account's ledger says.
		Matcher cell = CELL.matcher(coverage);
		int cells = 0;
		while (cell.find()) {
			cells++;
		}
		assertThat(cells).isEqualTo(2 * 2 * (int) (to.toEpochDay() - from.toEpochDay() + 1));
		assertThat(calendarOfA)
			.contains("data-app=\"" + first + "\" data-day=\"" + TODAY.minusDays(15) + "\" data-state=\"failed\"");
		assertThat(calendarOfB)
			.contains("data-app=\"" + first + "\" data-day=\"" + TODAY.minusDays(15) + "\" data-state=\"loaded\"");

		// Usage per app, of account a only, with the names beside the ids.
		String usagePanel = between(html, "<section id=\"usage\">", "</section>");
		assertThat(usagePanel).contains("<h3>Account <code>" + a + "</code></h3>").doesNotContain(b);
		Map<String, String> byApp = usageByApp(html);
		assertThat(byApp.keySet()).containsExactlyInAnyOrder(first, second);
		for (String app : this.apps) {
			List<String> months = usageMonthsFromTheTables(a, app, from, from, to);
			assertThat(months).isNotEmpty();
			months.forEach((month) -> assertThat(byApp.get(app)).contains(month));
		}
		assertThat(usagePanel).contains(
				"<summary><code>" + second + "</code> <span class=\"app-name\">Kids&#39; Corner</span></summary>");
		assertSelfContained(html);
	}

	private CliRuns.Result twoAccounts(String... command) {
		return CliRuns.run(AccountsIntegrationTests.withAccounts(List.of(command), AccountsIntegrationTests.A,
				AccountsIntegrationTests.TOKEN_A, AccountsIntegrationTests.B, AccountsIntegrationTests.TOKEN_B));
	}

	private static ApiSimulator.App renamed(ApiSimulator.App app, String name) {
		return new ApiSimulator.App(app.id(), name, app.createdAt());
	}

	/**
	 * Failed and missing app-days of the simulator's apps in the range as the ledger has
	 * them: failed where its last fetch failed, missing where no fetch loaded or failed.
	 */
	private List<Long> gapsFromTheLedger(String account, String dataset, LocalDate from, LocalDate to) {
		long failed = this.jdbc.sql("""
				SELECT count(*) FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND status = 'failed' AND day BETWEEN ? AND ?""")
			.params(account, dataset, from, to)
			.query(Long.class)
			.single();
		long fetched = this.jdbc.sql("""
				SELECT count(*) FROM rtk.window_ledger
				WHERE account_id = ? AND dataset = ? AND status IN ('loaded', 'failed') AND day BETWEEN ? AND ?""")
			.params(account, dataset, from, to)
			.query(Long.class)
			.single();
		return List.of(failed, this.apps.size() * (to.toEpochDay() - from.toEpochDay() + 1) - fetched);
	}

	private LocalDate completeThrough(String account, String dataset) {
		return this.jdbc.sql("SELECT complete_through FROM rtk.completeness WHERE account_id = ? AND dataset = ?")
			.params(account, dataset)
			.query(LocalDate.class)
			.single();
	}

	/** The start of the account's last run line, as the run history has it. */
	private String lastRunFromTheHistory(String account) {
		return this.jdbc
			.sql("""
					SELECT 'Last run: ' || kind || ', started ' || to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
					       || ' UTC, <b class="outcome">' || outcome || '</b>'
					FROM rtk.run_history WHERE account_id = ? ORDER BY started_at DESC LIMIT 1""")
			.param(account)
			.query(String.class)
			.single();
	}

	/**
	 * The months of the app's usage from {@code from} as rows of a report from
	 * {@code reportFrom}, summed from the usage tables over the days the ledger has
	 * loaded.
	 */
	private List<String> usageMonthsFromTheTables(String account, String app, LocalDate reportFrom, LocalDate from,
			LocalDate to) {
		return this.jdbc
			.sql("""
					SELECT '<tr data-month="' || m || '"><td>' || m || '</td><td>'
					       || to_char(sum(s.total_sessions), 'FM999,999,999,990') || '</td><td>'
					       || to_char(round(sum(s.total_session_minutes)), 'FM999,999,999,990') || '</td><td>'
					       || to_char(sum(r.total_recordings), 'FM999,999,999,990') || '</td><td>'
					       || to_char(round(sum(r.total_recording_minutes)), 'FM999,999,999,990') || '</td><td>'
					       || count(*) || ' of ' || (SELECT count(*) FROM generate_series(?::date, ?::date, interval '1 day') d
					                                 WHERE to_char(d, 'YYYY-MM') = m) || '</td></tr>'
					FROM (SELECT to_char(l.day, 'YYYY-MM') AS m, l.account_id, l.app_id, l.day FROM rtk.window_ledger l
					      WHERE l.account_id = ? AND l.app_id = ? AND l.dataset = 'usage' AND l.status = 'loaded'
					        AND l.day BETWEEN ? AND ?) l
					LEFT JOIN rtk.session_daily s USING (account_id, app_id, day)
					LEFT JOIN rtk.recording_daily r USING (account_id, app_id, day)
					GROUP BY m ORDER BY m""")
			.params(reportFrom, to, account, app, from, to)
			.query(String.class)
			.list();
	}

	/** The usage panel's table of each app. */
	private static Map<String, String> usageByApp(String html) {
		Map<String, String> byApp = new HashMap<>();
		Matcher app = Pattern.compile("<details class=\"usage\"[^>]* data-app=\"([^\"]*)\">(.*?)</details>")
			.matcher(html);
		while (app.find()) {
			byApp.put(app.group(1), app.group(2));
		}
		return byApp;
	}

	private static String between(String text, String start, String end) {
		int at = text.indexOf(start);
		assertThat(at).as("%s in the report", start).isNotNegative();
		return text.substring(at, text.indexOf(end, at) + end.length());
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
