package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Where the time of the app steps goes, as seen from their threads: waiting for a chunk's
 * fetches, writing it (SQL), and the rest (Spring Batch's reading, commits and metadata
 * updates). Printed with the run summary, so that the next bottleneck is visible.
 */
@Component
public class StepTimings {

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

	public Duration fetchWait() {
		return Duration.ofNanos(this.fetchWaitNanos.sum());
	}

	public Duration write() {
		return Duration.ofNanos(this.writeNanos.sum());
	}

	/**
	 * The time of the app steps of an execution that neither waited for fetches nor wrote
	 * rows: Spring Batch's reading, commits and metadata updates.
	 */
	public Duration batchTime(JobExecution execution) {
		Duration steps = Duration.ZERO;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().startsWith(WindowLoadSteps.APP_STEP) && step.getStartTime() != null
					&& step.getEndTime() != null) {
				steps = steps.plus(Duration.between(step.getStartTime(), step.getEndTime()));
			}
		}
		Duration rest = steps.minus(fetchWait()).minus(write());
		return rest.isNegative() ? Duration.ZERO : rest;
	}

}
