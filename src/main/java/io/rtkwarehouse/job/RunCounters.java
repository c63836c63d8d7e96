package io.rtkwarehouse.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * How far the job executions of this process are: the requests each plans, has fetched,
 * written and failed, and the same for the whole process (what the progress line shows).
 * Also counted as the Micrometer meter {@code rtk.windows}, by outcome.
 */
@Component
public class RunCounters {

	private final Map<Long, Counts> executions = new ConcurrentHashMap<>();

	private final Counts process = new Counts();

	private final Counter loadedWindows;

	private final Counter failedWindows;

	RunCounters(MeterRegistry registry) {
		this.loadedWindows = Counter.builder("rtk.windows").tag("outcome", "loaded").register(registry);
		this.failedWindows = Counter.builder("rtk.windows").tag("outcome", "failed").register(registry);
	}

	/** The counts of every execution of this process together. */
	public Counts process() {
		return this.process;
	}

	/** The counts of one job execution. */
	public Counts of(long executionId) {
		return this.executions.computeIfAbsent(executionId, (id) -> new Counts());
	}

	void expect(long executionId, long windows) {
		of(executionId).expect(windows);
		this.process.expect(windows);
	}

	void fetched(long executionId, long windows, long failed) {
		of(executionId).fetched(windows, failed);
		this.process.fetched(windows, failed);
	}

	void written(long executionId, long windows, long failed) {
		of(executionId).written(windows, failed);
		this.process.written(windows, failed);
		this.loadedWindows.increment(windows - failed);
		this.failedWindows.increment(failed);
	}

	void ended(long executionId) {
		this.executions.remove(executionId);
	}

	/**
	 * Windows (days of an app) planned, fetched (committed or not) and written, and their
	 * failures: a request may cover many.
	 */
	public static final class Counts {

		private final AtomicLong expected = new AtomicLong();

		private volatile boolean totalKnown;

		private final LongAdder fetched = new LongAdder();

		private final LongAdder fetchFailed = new LongAdder();

		private final LongAdder done = new LongAdder();

		private final LongAdder failed = new LongAdder();

		void expect(long windows) {
			this.expected.addAndGet(windows);
			this.totalKnown = true;
		}

		void fetched(long windows, long failed) {
			this.fetched.add(windows);
			this.fetchFailed.add(failed);
		}

		void written(long windows, long failedWindows) {
			this.done.add(windows);
			this.failed.add(failedWindows);
		}

		/** Whether the total is known: a first step has planned every app. */
		public boolean totalKnown() {
			return this.totalKnown;
		}

		/** The windows planned. */
		public long total() {
			return this.expected.get();
		}

		public long fetched() {
			return this.fetched.sum();
		}

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

}
