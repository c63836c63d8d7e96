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

	void expect(long executionId, long requests) {
		of(executionId).expect(requests);
		this.process.expect(requests);
	}

	void fetched(long executionId, boolean loaded) {
		of(executionId).fetched(loaded);
		this.process.fetched(loaded);
	}

	void written(long executionId, long requests, long failed) {
		of(executionId).written(requests, failed);
		this.process.written(requests, failed);
		this.loadedWindows.increment(requests - failed);
		this.failedWindows.increment(failed);
	}

	void ended(long executionId) {
		this.executions.remove(executionId);
	}

	/** Requests planned, fetched (committed or not) and written, and their failures. */
	public static final class Counts {

		private final AtomicLong expected = new AtomicLong();

		private volatile boolean totalKnown;

		private final LongAdder fetched = new LongAdder();

		private final LongAdder fetchFailed = new LongAdder();

		private final LongAdder done = new LongAdder();

		private final LongAdder failed = new LongAdder();

		void expect(long requests) {
			this.expected.addAndGet(requests);
			this.totalKnown = true;
		}

		void fetched(boolean loaded) {
			this.fetched.increment();
			if (!loaded) {
				this.fetchFailed.increment();
			}
		}

		void written(long requests, long failedRequests) {
			this.done.add(requests);
			this.failed.add(failedRequests);
		}

		/** Whether the total is known: a first step has planned every app. */
		public boolean totalKnown() {
			return this.totalKnown;
		}

		/** The requests planned. */
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
