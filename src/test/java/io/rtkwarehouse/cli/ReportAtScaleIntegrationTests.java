package io.rtkwarehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.simulator.ApiSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report of 100 apps x 3 years (109,600 windows, generated straight into the
 * warehouse) is written and renders in Chromium with every cell; how long each took goes
 * to {@code target/report/scale-timings.txt}, the screenshot to
 * {@code target/report/rtk-report-100x3y.png}.
 */
class ReportAtScaleIntegrationTests extends CommandTests {

	private static final int APPS = 100;

	private static final LocalDate TO = LocalDate.now(ZoneOffset.UTC).minusDays(1);

	private static final LocalDate FROM = TO.minusYears(3).plusDays(1);

	@Test
	void aReportOf100AppsOver3YearsIsWrittenAndRendersEveryCell() throws Exception {
		Chromium.required();
		long windows = generateWarehouse();
		Path html = ReportInBrowserIntegrationTests.BUILD.resolve("rtk-report-100x3y.html");
		Path png = ReportInBrowserIntegrationTests.BUILD.resolve("rtk-report-100x3y.png");
		Files.createDirectories(html.getParent());

		long started = System.nanoTime();
		CliRuns.Result report = CliRuns.run("report", "--from=" + FROM, "--to=" + TO, "--out=" + html);
		long written = System.nanoTime();
		String dom = Chromium.dumpDom(html, 1280, 1000);
		long rendered = System.nanoTime();
		Chromium.screenshot(html, png, 1280, 1000);
		long shot = System.nanoTime();

		assertThat(report.exitCode()).as(report.all()).isZero();
		ReportInBrowserIntegrationTests.assertRenderedWithTheCalendarPainted(dom, png, windows);
		String timings = String.format(
				"report of %d apps x %s..%s (%d windows, %.1f MB): command %d ms (JVM context included; %s),"
						+ " Chromium load and scripts (--dump-dom) %d ms, screenshot %d ms%n",
				APPS, FROM, TO, windows, Files.size(html) / 1e6, millis(started, written),
				report.out().substring(report.out().indexOf("written to")).trim(), millis(written, rendered),
				millis(rendered, shot));
		Files.writeString(ReportInBrowserIntegrationTests.BUILD.resolve("scale-timings.txt"), timings);
		// Timings are reported, never asserted: a shared machine may be slow.
		System.out.print(timings);
	}

	/**
	 * 100 apps over 3 years ending yesterday: about 1% failed, 2% missing (and one month
	 * missing for every tenth app), 5% zeros, the last days not final.
	 */
	private long generateWarehouse() {
		String account = ApiSimulator.DEFAULT_ACCOUNT;
		this.jdbc.sql("INSERT INTO rtk.warehouse (account_id, zone, lookback_days) VALUES (?, 'UTC', 3)")
			.param(account)
			.update();
		this.jdbc
			.sql("INSERT INTO rtk.app (account_id, app_id, name, last_seen_at)"
					+ " SELECT ?, 'app-' || lpad(i::text, 3, '0'), 'App ' || i, now() FROM generate_series(1, ?) AS i")
			.params(account, APPS)
			.update();
		this.jdbc.sql("""
				CREATE UNLOGGED TABLE public.report_scale_cells AS
				SELECT a.app_id, d.day::date AS day, abs(hashtext(a.app_id || d.day::text)) AS h,
				       (substr(a.app_id, 5)::int % 10 = 0 AND date_trunc('month', d.day) = date_trunc('month', ?::date))
				           AS gone
				FROM rtk.app a CROSS JOIN generate_series(?::date, ?::date, interval '1 day') AS d(day)
				WHERE a.account_id = ?
				""").params(FROM.plusYears(1), FROM, TO, account).update();
		this.jdbc.sql("""
				INSERT INTO rtk.window_ledger (account_id, app_id, day, status, attempts, http_status, last_error,
				    last_attempt_at, loaded_at, job_execution_id)
				SELECT ?, app_id, day, CASE WHEN h % 100 = 0 THEN 'failed' ELSE 'loaded' END, 1,
				       CASE WHEN h % 100 = 0 THEN 500 ELSE 200 END,
				       CASE WHEN h % 100 = 0 THEN 'HTTP 500, code 9: <internal> error' END, now(),
				       CASE WHEN h % 100 = 0 THEN NULL ELSE now() END, 0
				FROM public.report_scale_cells WHERE h % 50 <> 7 AND NOT gone
				""").param(account).update();
		this.jdbc
			.sql("""
					INSERT INTO rtk.livestream_daily (account_id, app_id, day, zone, window_start, window_end,
					    livestream_count, total_ingest_seconds, total_viewer_seconds, first_loaded_at, last_loaded_at,
					    last_changed_at, job_execution_id, is_final)
					SELECT ?, c.app_id, c.day, 'UTC', c.day::timestamp AT TIME ZONE 'UTC',
					       (c.day + 1)::timestamp AT TIME ZONE 'UTC',
					       CASE WHEN c.h % 20 = 3 THEN 0 ELSE c.h % 40 END,
					       CASE WHEN c.h % 20 = 3 THEN 0 ELSE c.h % 40 * 900 END,
					       CASE WHEN c.h % 20 = 3 THEN 0 ELSE c.h % 40 * 1800 + c.h % 997 END, now(), now(), now(), 0,
					       c.day < ?::date - 3
					FROM public.report_scale_cells c JOIN rtk.window_ledger l ON l.app_id = c.app_id AND l.day = c.day AND l.status = 'loaded'
					""")
			.params(account, TO)
			.update();
		List<Long> counts = this.jdbc.sql("SELECT count(*) FROM public.report_scale_cells").query(Long.class).list();
		this.jdbc.sql("DROP TABLE public.report_scale_cells").update();
		return counts.get(0);
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
