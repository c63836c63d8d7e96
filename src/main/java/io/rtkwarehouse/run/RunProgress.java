package io.rtkwarehouse.run;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.rtkwarehouse.job.LoadProgress;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.source.SourceStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Progress of a long run: on a terminal a live line (windows done/total, rate, 429s,
 * ETA); when the output is not a terminal (cron, Kubernetes), a log line every interval
 * instead. Never both.
 */
@Component
class RunProgress {

	private static final Logger logger = LoggerFactory.getLogger(RunProgress.class);

	private final LoadProgress load;

	private final SourceStats stats;

	RunProgress(LoadProgress load, LivestreamSource source) {
		this.load = load;
		this.stats = source.stats();
	}

	/**
	 * Starts reporting; close the returned handle when the run ends.
	 * @param terminal where the live line goes, when the output is a terminal
	 */
	Reporting start(PrintStream terminal, Duration logInterval) {
		boolean live = isTerminal();
		long started = System.nanoTime();
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "progress");
			thread.setDaemon(true);
			return thread;
		});
		Runnable report = () -> {
			String line = line(started);
			if (live) {
				terminal.print("\r" + line + "   ");
				terminal.flush();
			}
			else {
				logger.info("progress: {}", line);
			}
		};
		long period = live ? 500 : Math.max(1, logInterval.toMillis());
		timer.scheduleAtFixedRate(report, period, period, TimeUnit.MILLISECONDS);
		return () -> {
			timer.shutdownNow();
			if (live) {
				terminal.print("\r" + line(started) + "   \n");
				terminal.flush();
			}
		};
	}

	String line(long startedNanos) {
		long done = this.load.done();
		long total = Math.max(this.load.planned(), done);
		double seconds = Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
		double rate = done / seconds;
		String eta = (rate > 0 && total > done) ? Failures.human(Duration.ofSeconds((long) ((total - done) / rate)))
				: (total == done) ? "0 s" : "unknown";
		return String.format("%d/%d windows (%.0f%%), %d failed, %.1f windows/s, %d 429s, ETA %s", done, total,
				(total > 0) ? 100.0 * done / total : 100.0, this.load.failed(), rate, this.stats.tooManyRequests(),
				eta);
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
