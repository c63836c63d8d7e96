package io.rtkwarehouse.job;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The job executions this process is running (one per account that runs now): what a stop
 * request stops.
 */
@Component
public class CurrentRun {

	private final Set<JobExecution> executions = ConcurrentHashMap.newKeySet();

	void started(JobExecution execution) {
		this.executions.add(execution);
	}

	void ended(JobExecution execution) {
		this.executions.remove(execution);
	}

	public List<JobExecution> executions() {
		return List.copyOf(this.executions);
	}

}
