package io.rtkwarehouse.job;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How far the app steps of this process are: windows planned, written and failed. Also
 * counted as the Micrometer meter {@code rtk.windows}, by outcome.
 */
@Component
public class LoadProgress {

	private final AtomicLong planned = new AtomicLong();

	private final LongAdder done = new LongAdder();

	private final LongAdder failed = new LongAdder();

	private final Counter loadedWindows;

	private final Counter failedWindows;

	LoadProgress(MeterRegistry registry) {
		this.loadedWindows = Counter.builder("rtk.windows").tag("outcome", "loaded").register(registry);
		this.failedWindows = Counter.builder("rtk.windows").tag("outcome", "failed").register(registry);
	}

	void planned(long windows) {
		this.planned.addAndGet(windows);
	}

	void written(long windows, long failedWindows) {
		this.done.add(windows);
		this.failed.add(failedWindows);
		this.loadedWindows.increment(windows - failedWindows);
		this.failedWindows.increment(failedWindows);
	}

	public long planned() {
		return this.planned.get();
	}

	public long done() {
		return this.done.sum();
	}

	public long failed() {
		return this.failed.sum();
	}

}
