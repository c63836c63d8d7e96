package io.rtkwarehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report in a real browser: headless Chromium opens it, its script runs without
 * error, the calendar is drawn, nothing is fetched, and the screenshot (kept as
 * {@code target/report/rtk-report.png}) shows the states' colours.
 */
class ReportInBrowserIntegrationTests extends CommandTests {

	static final Path BUILD = Path.of("target", "report");

	/** The colour of each state of a day cell. */
	static final Map<String, Integer> COLOURS = Map.of("loaded", 0x2e7d32, "zero", 0xa5d6a7, "open", 0x42a5f5, "failed",
			0xd32f2f, "missing", 0xe0e0e0, "before-created", 0xd9d2e9);

	@Test
	void theReportRendersInChromiumWithoutScriptErrorsAndShowsTheCalendar() throws Exception {
		Chromium.required();
		ReportIntegrationTests.LoadedRange loaded = ReportIntegrationTests.loadRangeWithGapsAFailureAndZeros(this);
		Files.createDirectories(BUILD);
		Path html = BUILD.resolve("rtk-report.html");
		Path png = BUILD.resolve("rtk-report.png");
		CliRuns.Result report = CliRuns.run("report", "--from=" + loaded.from(), "--to=" + loaded.to(),
				"--out=" + html);
		assertThat(report.exitCode()).as(report.all()).isZero();

		String dom = Chromium.dumpDom(html, 1100, 900);
		Chromium.screenshot(html, png, 1100, 900);

		assertRenderedWithTheCalendarPainted(dom, png, 2 * loaded.days());
		ReportIntegrationTests.assertSelfContained(Files.readString(html));
		assertThat(Chromium.colours(png)).as("the colours of loaded, zero, open, failed and missing days")
			.contains(0x2e7d32, 0xa5d6a7, 0x42a5f5, 0xd32f2f, 0xe0e0e0);
	}

	@Test
	void theDaysBeforeAnAppExistedHaveTheirOwnColour() throws Exception {
		Chromium.required();
		LocalDate from = ReportIntegrationTests.TODAY.minusDays(20);
		LocalDate to = ReportIntegrationTests.TODAY.minusDays(1);
		this.api.apps(List.of(new ApiSimulator.App(this.apps.get(0), "Late",
				ReportIntegrationTests.TODAY.minusDays(10) + "T12:00:00Z")));
		CliRuns.Result backfill = CliRuns.run("backfill", "--from=" + from, "--to=" + to);
		Files.createDirectories(BUILD);
		Path html = BUILD.resolve("rtk-report-before-created.html");
		Path png = BUILD.resolve("rtk-report-before-created.png");
		CliRuns.Result report = CliRuns.run("report", "--from=" + from, "--to=" + to, "--out=" + html);
		assertThat(backfill.exitCode()).as(backfill.all()).isZero();
		assertThat(report.exitCode()).as(report.all()).isZero();

		String dom = Chromium.dumpDom(html, 1100, 900);
		Chromium.screenshot(html, png, 1100, 900);

		assertThat(bodyTag(dom)).contains("data-rendered=\"ok\"").contains("data-errors=\"\"");
		assertThat(dom).contains("data-state=\"before-created\"");
		assertThat(Chromium.colours(png)).as("the colour of the days before the app existed").contains(0xd9d2e9);
	}

	/**
	 * The page's script ran to its end without an error and fetched nothing, every cell
	 * is in the DOM, and the screenshot (of a window as large as the DOM's) has the first
	 * cell's colour where the page laid it out.
	 */
	static void assertRenderedWithTheCalendarPainted(String dom, Path png, long cells) throws Exception {
		String body = bodyTag(dom);
		assertThat(body).contains("data-rendered=\"ok\"")
			.contains("data-errors=\"\"")
			.contains("data-calendar-visible=\"yes\"")
			.contains("data-resources=\"0\"")
			.contains("data-cells=\"" + cells + "\"");
		Matcher at = Pattern.compile("data-first-cell=\"(\\d+),(\\d+),(\\d+),(\\d+)\"").matcher(body);
		Matcher first = ReportIntegrationTests.CELL.matcher(dom);
		assertThat(at.find() && first.find()).as("the first cell and where it is: %s", body).isTrue();
		int x = Integer.parseInt(at.group(1)) + Integer.parseInt(at.group(3)) / 2;
		int y = Integer.parseInt(at.group(2)) + Integer.parseInt(at.group(4)) / 2;
		assertThat(Integer.toHexString(Chromium.colourAt(png, x, y)))
			.as("the screenshot at the first cell (%d, %d), a day %s", x, y, first.group(3))
			.isEqualTo(Integer.toHexString(COLOURS.get(first.group(3))));
		assertThat(Chromium.colours(png)).as("colours of the screenshot").hasSizeGreaterThan(20);
	}

	static String bodyTag(String dom) {
		Matcher body = Pattern.compile("<body[^>]*>").matcher(dom);
		assertThat(body.find()).as("a body in the DOM Chromium dumped: %s", dom).isTrue();
		return body.group();
	}

}
