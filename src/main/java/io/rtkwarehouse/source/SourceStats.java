package io.rtkwarehouse.source;

import java.util.concurrent.atomic.LongAdder;

/** Counters of the API calls of this process, for the run summary. */
public final class SourceStats {

	final LongAdder requests = new LongAdder();

	final LongAdder retries = new LongAdder();

	final LongAdder tooManyRequests = new LongAdder();

	final LongAdder httpNanos = new LongAdder();

	public long requests() {
		return this.requests.sum();
	}

	public long retries() {
		return this.retries.sum();
	}

	public long tooManyRequests() {
		return this.tooManyRequests.sum();
	}

	/** Time spent waiting for answers, summed over the fetch threads. */
	public java.time.Duration httpTime() {
		return java.time.Duration.ofNanos(this.httpNanos.sum());
	}

}
