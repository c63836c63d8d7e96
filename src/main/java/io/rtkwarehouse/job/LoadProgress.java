package io.rtkwarehouse.job;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How far the app steps of this process are: the windows it fetches, fetched, written and
 * failed. Also counted as the Micrometer meter {@code rtk.windows}, by outcome.
 */
@Component
public class LoadProgress {

	private final AtomicLong expected = new AtomicLong();

	private volatile boolean totalKnown;

	private final LongAdder fetched = new LongAdder();

	private final LongAdder fetchFailed = new LongAdder();

	private final LongAdder done = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private final Counter loadedWindows;

	private final Counter failedWindows;

	LoadProgress(MeterRegistry registry) {
		this.loadedWindows = Counter.builder("rtk.windows").tag("outcome", "loaded").register(registry);
		this.failedWindows = Counter.builder("rtk.windows").tag("outcome", "failed").register(registry);
	}

	/** The run's total, known when it starts. */
	void expect(long windows) {
		this.expected.addAndGet(windows);
		this.totalKnown = true;
	}

	/** Whether the run's total is known: its first step has planned every app. */
	public boolean totalKnown() {
		return this.totalKnown;
	}

	/** A window was fetched (its chunk is not committed yet). */
	void fetched(boolean loaded) {
		this.fetched.increment();
		if (!loaded) {
			this.fetchFailed.increment();
		}
	}

	void written(long windows, long failedWindows) {
		this.done.add(windows);
		this.failed.add(failedWindows);
		this.loadedWindows.increment(windows - failedWindows);
		this.failedWindows.increment(failedWindows);
	}

	/** The windows the run fetches, known when its first step has planned every app. */
	public long total() {
		return this.expected.get();
	}

	/** Windows fetched so far, committed or not. */
	public long fetched() {
		return this.fetched.sum();
	}

	/** Windows whose fetch failed so far, committed or not. */
	public long fetchFailed() {
		return this.fetchFailed.sum();
	}

	public long done() {
		return this.done.sum();
	}

	public long failed() {
		return this.failed.sum();
	}

}
