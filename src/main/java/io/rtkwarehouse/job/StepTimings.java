package io.rtkwarehouse.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Where the time of each execution's app steps goes, as seen from their threads: waiting
 * for a chunk's fetches, writing it (SQL), and the rest (Spring Batch's reading, commits
 * and metadata updates). Printed with the run summary, so that the next bottleneck is
 * visible; each execution (each account) has its own.
 */
@Component
public class StepTimings {

	private final ThreadLocal<Long> chunkStart = new ThreadLocal<>();

	private final Map<Long, LongAdder[]> executions = new ConcurrentHashMap<>();

	/** Called on every read: the first read of a chunk starts its clock. */
	void reading() {
		if (this.chunkStart.get() == null) {
			this.chunkStart.set(System.nanoTime());
		}
	}

	/** Called when the chunk's fetches are done and its write begins. */
	long writing(long executionId) {
		long now = System.nanoTime();
		Long start = this.chunkStart.get();
		if (start != null) {
			of(executionId)[0].add(now - start);
			this.chunkStart.remove();
		}
		return now;
	}

	void written(long executionId, long writeStart) {
		of(executionId)[1].add(System.nanoTime() - writeStart);
	}

	public void ended(long executionId) {
		this.executions.remove(executionId);
	}

	public Duration fetchWait(long executionId) {
		return Duration.ofNanos(of(executionId)[0].sum());
	}

	public Duration write(long executionId) {
		return Duration.ofNanos(of(executionId)[1].sum());
	}

	/**
	 * The time of the app steps of an execution that neither waited for fetches nor wrote
	 * rows: Spring Batch's reading, commits and metadata updates.
	 */
	public Duration batchTime(JobExecution execution) {
		Duration steps = Duration.ZERO;
		for (StepExecution step : execution.getStepExecutions()) {
			if (step.getStepName().contains(":") && step.getStartTime() != null && step.getEndTime() != null) {
				steps = steps.plus(Duration.between(step.getStartTime(), step.getEndTime()));
			}
		}
		Duration rest = steps.minus(fetchWait(execution.getId())).minus(write(execution.getId()));
		return rest.isNegative() ? Duration.ZERO : rest;
	}

	private LongAdder[] of(long executionId) {
		return this.executions.computeIfAbsent(executionId,
				(id) -> new LongAdder[] { new LongAdder(), new LongAdder() });
	}

}
