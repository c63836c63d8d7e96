package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.rtkwarehouse.CliRuns;
import io.rtkwarehouse.TestApi;
import io.rtkwarehouse.TestDatabase;
import io.rtkwarehouse.simulator.ApiSimulator;

/**
 * A measurement, not a test (no build runs it): a backfill of 4 apps x 60 days with
 * {@code rtk.rate.requests-per-second} left at auto, against a Cloudflare quota of 120
 * requests per 20 s shared with a neighbour that spends 1.5 requests per second, the
 * reserve at 0.1. Prints our requests per second as a share of what is free (q/w less the
 * neighbour less the reserve), over the job and over each quota window wholly inside it
 * (the job's first window is partial and may hold quota unspent before the job began),
 * and the 429s of both sides. Run it with the test classpath, PostgreSQL on localhost:
 * {@code java -cp target/test-classes:target/classes:<dependencies> io.rtkwarehouse.bench.QuotaScenario}.
 */
public final class QuotaScenario {

	private static final int QUOTA = 120;

	private static final int WINDOW_SECONDS = 20;

	private static final double NEIGHBOUR = 1.5;

	private static final double RESERVE = 0.1;

	private QuotaScenario() {
	}

	public static void main(String[] args) {
		TestDatabase.get().reset();
		ApiSimulator api = TestApi.reset().apps(ApiSimulator.apps(4));
		api.quota()
			.limit(QUOTA, Duration.ofSeconds(WINDOW_SECONDS))
			.block(Duration.ofMinutes(5), true)
			.neighbour(NEIGHBOUR);
		long origin = System.nanoTime();
		List<long[]> samples = new CopyOnWriteArrayList<>();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		long period = TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
		sampler.scheduleAtFixedRate(
				() -> samples.add(new long[] { api.stats().requests() - api.stats().tooManyRequestsSent(),
						api.quota().neighbourRequests() - api.quota().neighbourRefused() }),
				period - (System.nanoTime() - origin), period, TimeUnit.NANOSECONDS);

		CliRuns.Result run = CliRuns.run("backfill", "--from=2024-01-01", "--to=2024-02-29",
				"--rtk.rate.requests-per-second=auto", "--rtk.rate.reserve=" + RESERVE,
				"--rtk.rate.pause-without-retry-after=5m", "--rtk.progress.interval=10s");

		Matcher took = Pattern.compile("; (\\d+\\.\\d) s; ").matcher(run.out());
		double seconds = took.find() ? Double.parseDouble(took.group(1)) : Double.NaN;
		long ours = api.stats().requests();
		double free = (double) QUOTA / WINDOW_SECONDS - NEIGHBOUR - RESERVE * QUOTA / WINDOW_SECONDS;
		double rate = (ours - api.stats().tooManyRequestsSent()) / seconds;
		System.out.printf("%nquota scenario: q=%d per w=%d s, neighbour %.1f/s, reserve %.1f, 4 apps x 60 days%n",
				QUOTA, WINDOW_SECONDS, NEIGHBOUR, RESERVE);
		System.out.printf("exit %d; job %.1f s; our requests %d (%.2f/s), free %.2f/s: share %.3f%n", run.exitCode(),
				seconds, ours, rate, free, rate / free);
		System.out.printf("429s: ours %d, neighbour's %d (of %d requests)%n", api.stats().tooManyRequestsSent(),
				api.quota().neighbourRefused(), api.quota().neighbourRequests());
		sampler.shutdownNow();
		double usable = QUOTA * (1 - RESERVE);
		for (int i = 1; i < samples.size(); i++) {
			long ourWindow = samples.get(i)[0] - samples.get(i - 1)[0];
			long neighbourWindow = samples.get(i)[1] - samples.get(i - 1)[1];
			if (samples.get(i - 1)[0] > 1) {
				System.out.printf("window %d, wholly inside the job: ours %d, neighbour's %d, free %.0f: share %.3f%n",
						i + 1, ourWindow, neighbourWindow, usable - neighbourWindow,
						ourWindow / (usable - neighbourWindow));
			}
		}
		System.exit(0);
	}

}
