package io.rtkwarehouse.bench;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/**
 * Zero spans against one request per app and day: 100 apps x 3 years whose creation dates
 * are spread over the 3 years, 60 % idle, 30 % active one day a week, 10 % every day
 * ({@code --activity-mix}), loaded once with {@code rtk.spans.enabled=true} and once with
 * {@code false}, each into a fresh database; then the same with every app active every
 * day. These runs go without a limit, and their time at the API's quota of
 * {@value #QUOTA} requests per second is computed as requests / {@value #QUOTA}; one
 * short pair of runs paced at {@value #QUOTA} requests per second shows that the pacing
 * is what sets the wall time. Targets: with spans, at most 20 % of one request per
 * app-day of the range on the mix (109,500 requests, what one request per day cost before
 * the days before an app's creation were skipped), at most 105 % of the one-per-day run's
 * requests when every day is active, and rows identical to the one-per-day run's in both
 * cases (a difference breaks the run).
 */
final class SpansScenario implements Scenario {

	static final String NAME = "spans";

	/** Cloudflare's quota: 1,200 requests per 5 minutes. */
	static final int QUOTA = 4;

	private static final String MIX = "0.6,0.3,0.1";

	private static final String EVERY_DAY = "0,0,1";

	private static final double MIX_TARGET = 0.20;

	private static final double EVERY_DAY_TARGET = 1.05;

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(10, YEAR_FROM, YEAR_TO), new Load(100, YEARS3_FROM, YEAR_TO));
		Load paced = bench.variant(new Load(2, "2023-12-01", YEAR_TO), new Load(10, "2023-10-01", YEAR_TO));
		SpansTable table = new SpansTable();
		bench.print("== " + NAME + ": " + load + ", apps created from " + load.from() + " to " + load.to());
		table.note("The apps' created_at are spread evenly from " + load.from() + " to " + load.to() + " (app-1 on the"
				+ " first day, app-" + load.apps() + " on the last); mix 60/30/10 is --activity-mix=" + MIX
				+ " (60 % of the apps idle, 30 % active one UTC day a week, 10 % every day), every day active is"
				+ " --activity-mix=" + EVERY_DAY + ". Each run loads into a fresh database; the two runs of a pair ask"
				+ " the same simulator (reset between them).");
		Settings unlimited = new Settings(Long.toString(NO_LIMIT), UNLIMITED_CONCURRENCY, UNLIMITED_CHUNK,
				UNLIMITED_SETTINGS);
		pair(bench, table, new Pair("spans-mix", "mix 60/30/10", MIX, load, load, unlimited, MIX_TARGET));
		pair(bench, table,
				new Pair("spans-every-day", "every day active", EVERY_DAY, load, load, unlimited, EVERY_DAY_TARGET));
		pair(bench, table, new Pair("spans-paced", "mix 60/30/10, paced", MIX, paced, load,
				new Settings(Integer.toString(QUOTA), 4, 50, "R=" + QUOTA + ", c=4, chunk=50"), Double.NaN));
		bench.report().section(NAME, table.markdown());
	}

	/**
	 * Loads the same apps and days with spans on and off, each into a fresh database,
	 * from one simulator, and compares the rows. Without a target (NaN), the pair is the
	 * paced one: its wall time is set beside requests / quota.
	 */
	private void pair(BenchContext bench, SpansTable table, Pair pair) {
		String label = pair.label();
		String work = pair.work();
		Load load = pair.load();
		Settings settings = pair.settings();
		double target = pair.target();
		bench.print("== " + NAME + ": " + work + ", " + load + ", " + settings.text());
		bench.noteLoad();
		table.note(work + ": load average at start " + ProcFs.loadAverage() + ".");
		try (Simulator simulator = Simulator.start(bench.work().resolve(label + "-simulator.log"),
				List.of("--apps=" + load.apps(), "--activity-mix=" + pair.mix(),
						"--created-from=" + pair.created().from(), "--created-to=" + pair.created().to()));
				BenchDatabase on = bench.database(label + "-on");
				BenchDatabase off = bench.database(label + "-off")) {
			long sinceCreation = daysSinceCreation(simulator.createdDays(), load);
			Run spans = run(bench, label + "-on", simulator, on, load, settings, true);
			Run oneADay = run(bench, label + "-off", simulator, off, load, settings, false);
			table.note(work + ": with spans, by the kind of app its rows show: " + byActivity(on.answersByActivity())
					+ ".");
			List<String> rowsOn = on.dailyRowsAsText();
			List<String> rowsOff = off.dailyRowsAsText();
			boolean identical = rowsOn.equals(rowsOff);
			String rows = rowsOn.size() + " rows with spans, " + rowsOff.size() + " one per day: "
					+ (identical ? "identical" : differences(rowsOn, rowsOff));
			bench.print("   " + work + ": " + rows);
			String settingsText = settings.text();
			table.row(work, load, settingsText, "on", spans, oneADay, rowsOn.size(), identical);
			table.row(work, load, settingsText, "off", oneADay, oneADay, rowsOff.size(), identical);
			table.note(work + ": rows of rtk.livestream_daily compared on (account_id, app_id, day, zone, window_start,"
					+ " window_end, livestream_count, total_ingest_seconds, total_viewer_seconds, is_final): " + rows
					+ "; " + load.windows() + " app-days in the range, " + sinceCreation
					+ " of them from the app's creation day on.");
			if (Double.isNaN(target)) {
				table.note(work + ": at " + QUOTA + " requests/s, measured against requests / " + QUOTA + " (computed):"
						+ " spans on " + timing(spans) + "; one per day " + timing(oneADay)
						+ ". The job keeps the pace; the rest of the wall time is the JVM's start and the job's set-up.");
			}
			else {
				double ofOff = (double) spans.requests() / oneADay.requests();
				double ofCalendar = (double) spans.requests() / load.windows();
				// Below 100 %, the target is of one request per app-day of the range
				// (what one
				// request per day cost before the days before an app's creation were
				// skipped); at or above, of the one-per-day run over the same days.
				boolean ofRange = target < 1;
				table.target(work + ": with spans " + spans.requests() + " requests = " + percent(ofCalendar)
						+ " of apps x days = " + load.windows()
						+ (ofRange ? " (" + Report.met(ofCalendar <= target) + ")" : "") + " and " + percent(ofOff)
						+ " of the one-per-day run's " + oneADay.requests() + " over the days"
						+ " since each app's creation" + (ofRange ? "" : " (" + Report.met(ofOff <= target) + ")")
						+ "; target <= " + percent(target) + " of " + (ofRange ? "apps x days" : "the one-per-day run")
						+ "; rows identical: " + Report.met(identical) + ".");
			}
			if (rowsOff.size() < sinceCreation) {
				throw new Broken(work + ": " + rowsOff.size() + " rows, fewer than the " + sinceCreation
						+ " app-days from the apps' creation on");
			}
			if (!identical) {
				throw new Broken(work + ": the rows with spans differ from the rows one per day (" + rows + ")");
			}
		}
		catch (Broken ex) {
			table.broken(work, ex.getMessage());
			bench.report().brokenRow(NAME + " " + work, settings.text(), ex.getMessage());
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			System.err.println("bench: " + NAME + " broke: " + ex);
			ex.printStackTrace();
			table.broken(work, "error: " + ex);
			bench.report().brokenRow(NAME + " " + work, settings.text(), "error: " + ex.getMessage());
		}
	}

	/**
	 * One backfill into an empty database, with or without zero spans.
	 */
	private static Run run(BenchContext bench, String label, Simulator simulator, BenchDatabase database, Load load,
			Settings settings, boolean spans) throws Broken, IOException, InterruptedException {
		Backfill backfill = new Backfill(load, settings.requestsPerSecond(), settings.concurrency(),
				settings.chunkSize(), List.of("--rtk.spans.enabled=" + spans));
		simulator.reset();
		RunResult result = bench.launch(label, simulator, database, backfill).finish(settings.limit(load));
		if (result.exitCode() != 0) {
			throw new Broken(label + " exited " + result.exitCode() + " (log " + result.log() + ")");
		}
		Run run = new Run(simulator.stats().windowRequests(), result.wallSeconds(),
				database.lastExecution().jobSeconds());
		bench.print(String.format(Locale.ROOT, "   %s: %d window requests, %.1f s wall, %.1f s job", label,
				run.requests(), run.wallSeconds(), run.jobSeconds()));
		return run;
	}

	/** The app-days of the range from each app's creation day (UTC) on. */
	private static long daysSinceCreation(Map<String, LocalDate> created, Load load) {
		LocalDate from = LocalDate.parse(load.from());
		LocalDate to = LocalDate.parse(load.to());
		long days = 0;
		for (LocalDate day : created.values()) {
			LocalDate first = day.isAfter(from) ? day : from;
			days += Math.max(0, to.toEpochDay() - first.toEpochDay() + 1);
		}
		return days;
	}

	private static String differences(List<String> on, List<String> off) {
		List<String> onlyOn = new ArrayList<>(on);
		onlyOn.removeAll(new HashSet<>(off));
		List<String> onlyOff = new ArrayList<>(off);
		onlyOff.removeAll(new HashSet<>(on));
		return "DIFFERENT: " + onlyOn.size() + " rows only with spans"
				+ (onlyOn.isEmpty() ? "" : " (first " + onlyOn.get(0) + ")") + ", " + onlyOff.size()
				+ " only one per day" + (onlyOff.isEmpty() ? "" : " (first " + onlyOff.get(0) + ")");
	}

	private static String byActivity(List<BenchDatabase.ByActivity> kinds) {
		return kinds.stream()
			.map((kind) -> kind.kind() + " " + kind.apps() + " apps, " + kind.days() + " days, " + kind.answers()
					+ " answers (" + percent((double) kind.answers() / kind.days()) + " of the days; " + kind.spans()
					+ " for spans)")
			.collect(Collectors.joining(", "));
	}

	private static String timing(Run run) {
		return Report.format(run.wallSeconds(), 1) + " s wall, " + Report.format(run.jobSeconds(), 1)
				+ " s job against " + Report.format(run.atQuota(), 1) + " s";
	}

	static String percent(double share) {
		return Report.format(share * 100, 1) + " %";
	}

	/**
	 * Two runs, spans on and off: the name of their logs and databases, the title of
	 * their rows, the simulator's activity mix, what they load, the range over which the
	 * apps were created, their settings and the target share of requests (NaN: none, the
	 * paced pair).
	 */
	private record Pair(String label, String work, String mix, Load load, Load created, Settings settings,
			double target) {

	}

	/** The rate, concurrency and chunk of a pair's runs, and how its rows name them. */
	private record Settings(String requestsPerSecond, int concurrency, int chunkSize, String text) {

		/**
		 * How long a run may take: one request per day at 20 per second (no limit) or at
		 * 90 % of its rate, and 15 minutes.
		 */
		Duration limit(Load load) {
			double rate = Math.min(20, 0.9 * Long.parseLong(this.requestsPerSecond));
			return Duration.ofSeconds((long) (load.windows() / rate) + 900);
		}

	}

	/** What one run asked and how long it took. */
	record Run(long requests, double wallSeconds, double jobSeconds) {

		/** The time its requests take at the quota (computed, not measured). */
		double atQuota() {
			return (double) this.requests / QUOTA;
		}

	}

}
