package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Locale;

import io.rtkwarehouse.job.RunCounters;
import io.rtkwarehouse.source.RealtimeKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Progress of a long run: on a terminal a live line (windows fetched/total, rate, 429s,
 * the quota the API reports left, ETA) that log lines pass above; when the output is not
 * a terminal (cron, Kubernetes), a log line every interval instead. Never both.
 */
@Component
class RunProgress {

	private static final Logger logger = LoggerFactory.getLogger(RunProgress.class);

	private static final long FRAME_MILLIS = 500;

	/** Weight of the newest frame in the smoothed rate. */
	private static final double SMOOTHING = 0.2;

	private final RunCounters.Counts load;

	private final RealtimeKit source;

	private final AtomicBoolean reporting = new AtomicBoolean();

	RunProgress(RunCounters counters, RealtimeKit source) {
		this.load = counters.process();
		this.source = source;
	}

	/**
	 * Starts reporting; close the returned handle when the run ends.
	 * @param terminal where the live line goes, when the output is a terminal
	 */
	Reporting start(PrintStream terminal, Duration logInterval) {
		if (!this.reporting.compareAndSet(false, true)) {
			// Runs of accounts side by side: the first one's report counts the process's
			// windows, theirs included.
			return () -> {
			};
		}
		Reporting started = isTerminal() ? live(terminal) : logged(logInterval);
		return () -> {
			started.close();
			this.reporting.set(false);
		};
	}

	private Reporting live(PrintStream terminal) {
		TerminalLine line = new TerminalLine(terminal);
		PrintStream out = System.out;
		PrintStream err = System.err;
		PrintStream above = line.above(out);
		PrintStream aboveErr = line.above(err);
		System.setOut(above);
		System.setErr(aboveErr);
		Frames frames = new Frames();
		ScheduledExecutorService timer = timer();
		timer.scheduleAtFixedRate(() -> {
			if (this.load.totalKnown()) {
				line.show(frames.next());
			}
		}, 0, FRAME_MILLIS, TimeUnit.MILLISECONDS);
		return () -> {
			stop(timer);
			System.setOut(out);
			System.setErr(err);
			above.close();
			aboveErr.close();
			line.finish(frames.next());
		};
	}

	private Reporting logged(Duration interval) {
		Frames frames = new Frames();
		ScheduledExecutorService timer = timer();
		long period = Math.max(1, interval.toMillis());
		timer.scheduleAtFixedRate(() -> {
			if (this.load.totalKnown()) {
				logger.info("progress: {}", frames.next());
			}
		}, period, period, TimeUnit.MILLISECONDS);
		return () -> stop(timer);
	}

	private static ScheduledExecutorService timer() {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "progress");
			thread.setDaemon(true);
			return thread;
		});
	}

	private static void stop(ScheduledExecutorService timer) {
		timer.shutdownNow();
		try {
			timer.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Successive progress lines, with a rate smoothed over the frames. */
	private final class Frames {

		private final long started = System.nanoTime();

		private long lastNanos = this.started;

		private long lastFetched;

		private double rate = Double.NaN;

		synchronized String next() {
			long now = System.nanoTime();
			long fetched = RunProgress.this.load.fetched();
			long total = Math.max(RunProgress.this.load.total(), fetched);
			double seconds = (now - this.lastNanos) / 1e9;
			if (seconds >= 0.2) {
				double recent = (fetched - this.lastFetched) / seconds;
				this.rate = Double.isNaN(this.rate) ? fetched / Math.max(0.001, (now - this.started) / 1e9)
						: SMOOTHING * recent + (1 - SMOOTHING) * this.rate;
				this.lastNanos = now;
				this.lastFetched = fetched;
			}
			double shown = Double.isNaN(this.rate) ? 0 : this.rate;
			String eta = (total == fetched) ? "0 s" : (shown > 0)
					? Failures.human(Duration.ofSeconds((long) Math.ceil((total - fetched) / shown))) : "unknown";
			long quota = RunProgress.this.source.lowestQuotaRemaining();
			return String.format(Locale.ROOT, "%d/%d windows (%.0f%%), %d failed, %.1f windows/s, %d 429s, %sETA %s",
					fetched, total, (total > 0) ? 100.0 * fetched / total : 100.0, RunProgress.this.load.fetchFailed(),
					shown, RunProgress.this.source.tooManyRequests(), (quota >= 0) ? "quota left " + quota + ", " : "",
					eta);
		}

	}

	/** Reporting in progress; closing it prints the last live line. */
	interface Reporting extends AutoCloseable {

		@Override
		void close();

	}

	/** A terminal on both ends; Java 22+ has a Console even when output is redirected. */
	static boolean isTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			Method isTerminal = java.io.Console.class.getMethod("isTerminal");
			return (boolean) isTerminal.invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}
