package io.rtkwarehouse.job;

import java.util.Iterator;

import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the windows that one app's step fetches. They are planned when the step opens its
 * streams, before the first chunk: planned on the first read, the planner's queries would
 * open the chunk's transaction on the server, which would then sit idle in transaction
 * while the whole chunk is fetched (a minute at the default budget), and a server's
 * {@code idle_in_transaction_session_timeout} would end the run.
 */
class AppWindowReader implements ItemStreamReader<DayWindow> {

	private final WindowPlanner planner;

	private final StepTimings timings;

	private final String appId;

	private final JobExecution jobExecution;

	private Iterator<DayWindow> windows;

	AppWindowReader(WindowPlanner planner, StepTimings timings, String appId, JobExecution jobExecution) {
		this.planner = planner;
		this.timings = timings;
		this.appId = appId;
		this.jobExecution = jobExecution;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.windows = this.planner.windows(this.appId, this.jobExecution).iterator();
	}

	@Override
	public DayWindow read() {
		if (this.windows == null) {
			throw new IllegalStateException("the windows of app " + this.appId + " are read before they are planned");
		}
		if (!this.windows.hasNext()) {
			return null;
		}
		this.timings.reading();
		return this.windows.next();
	}

}
