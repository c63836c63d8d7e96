package io.rtkwarehouse.bench;

import java.time.Duration;
import java.util.List;

import io.rtkwarehouse.bench.BackfillRun.Backfill;

/**
 * Cloudflare's quota shared with the user's other tools: the simulator enforces {@code q}
 * = 120 requests per {@code w} = 20 s with both {@code Ratelimit} headers on every answer
 * and a 5-minute block after going over, while a neighbour spends 1.5 requests per second
 * of the same quota; the project runs with {@code rtk.rate.requests-per-second} left at
 * {@code auto} and a reserve of 0.1. What is free is q/w less the neighbour less the
 * reserve (3.9 requests per second). Target: at least 0.95 of what is free, no 429 for us
 * and none for the neighbour.
 *
 * <p>
 * The simulator starts cold (a warm-up would spend the quota). The job's first quota
 * window holds quota left unspent before the job began, which the project rightly uses,
 * and its last one the job's tail: the share that the target is about is counted over the
 * quota windows wholly inside the job (from the simulator's count of each window), and is
 * also given over the whole job.
 */
final class QuotaScenario implements Scenario {

	private static final int QUOTA = 120;

	private static final int WINDOW_SECONDS = 20;

	private static final double NEIGHBOUR = 1.5;

	private static final double RESERVE = 0.1;

	private static final double FREE = (double) QUOTA / WINDOW_SECONDS - NEIGHBOUR - RESERVE * QUOTA / WINDOW_SECONDS;

	@Override
	public void run(BenchContext bench) {
		Load load = bench.variant(new Load(2, "2024-01-01", "2024-01-30"), new Load(4, "2024-01-01", "2024-02-29"));
		bench.print("== quota: q=" + QUOTA + " per w=" + WINDOW_SECONDS + " s shared with a neighbour at " + NEIGHBOUR
				+ "/s, reserve " + RESERVE + ", requests-per-second auto, " + load);
		bench.measured(Plan.of("quota",
				"q=" + QUOTA + "/" + WINDOW_SECONDS + " s, neighbour " + NEIGHBOUR + "/s, reserve " + RESERVE
						+ ", auto, c=4, chunk=50",
				List.of("--apps=" + load.apps(), "--quota=" + QUOTA, "--quota-window=" + WINDOW_SECONDS,
						"--neighbour=" + NEIGHBOUR, "--block=300"),
				new Backfill(load, "auto", 4, 50, List.of("--rtk.rate.reserve=" + RESERVE)),
				Duration.ofSeconds((long) (load.windows() / FREE) * 3 + 300)), QuotaScenario::notes);
	}

	private static String notes(Measurement measured) {
		Simulator.SimStats stats = measured.stats();
		double ours = (stats.requests() - stats.tooManyRequestsSent()) / measured.jobSeconds();
		List<long[]> windows = stats.quotaWindows();
		long inside = 0;
		double used = 0;
		double free = 0;
		for (int i = 1; i + 1 < windows.size(); i++) {
			if (windows.get(i - 1)[1] > 0 && windows.get(i + 1)[1] > 0) {
				inside++;
				used += windows.get(i)[1];
				free += QUOTA * (1 - RESERVE) - windows.get(i)[2];
			}
		}
		double share = (inside > 0) ? used / free : Double.NaN;
		long neighbourRefused = stats.neighbourTooManyRequests();
		return "share of free " + Report.format(share, 3) + " over " + inside + " quota windows wholly inside the job ("
				+ Report.format(used, 0) + " of " + Report.format(free, 0) + " requests); over the whole job "
				+ Report.format(ours, 2) + " req/s of " + Report.format(FREE, 2) + " free ("
				+ Report.format(ours / FREE, 3) + ", the first window's leftover included); 429s: ours "
				+ stats.tooManyRequestsSent() + ", neighbour's " + neighbourRefused + " of " + stats.neighbourRequests()
				+ "; target >= 0.95 of free and no 429 on either side: "
				+ Report.met(share >= 0.95 && stats.tooManyRequestsSent() == 0 && neighbourRefused == 0);
	}

}
