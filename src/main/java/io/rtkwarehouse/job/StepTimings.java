package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.stereotype.Component;

/**
 * Where the time of the app steps goes, as seen from their threads: waiting for a chunk's
 * fetches, writing it (SQL), and the rest (Spring Batch's reading, commits and metadata
 * updates). Printed with the run summary, so that the next bottleneck is visible.
 */
@Component
class StepTimings {

	private final ThreadLocal<Long> chunkStart = new ThreadLocal<>();

	private final LongAdder fetchWaitNanos = new LongAdder();

	private final LongAdder writeNanos = new LongAdder();

	/** Called on every read: the first read of a chunk starts its clock. */
	void reading() {
		if (this.chunkStart.get() == null) {
			this.chunkStart.set(System.nanoTime());
		}
	}

	/** Called when the chunk's fetches are done and its write begins. */
	long writing() {
		long now = System.nanoTime();
		Long start = this.chunkStart.get();
		if (start != null) {
			this.fetchWaitNanos.add(now - start);
			this.chunkStart.remove();
		}
		return now;
	}

	void written(long writeStart) {
		this.writeNanos.add(System.nanoTime() - writeStart);
	}

	Duration fetchWait() {
		return Duration.ofNanos(this.fetchWaitNanos.sum());
	}

	Duration write() {
		return Duration.ofNanos(this.writeNanos.sum());
	}

}
