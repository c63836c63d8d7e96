package io.rtkwarehouse.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/** The job execution this process is running, if any: what a stop request stops. */
@Component
public class CurrentRun {

	private volatile JobExecution execution;

	void started(JobExecution execution) {
		this.execution = execution;
	}

	void ended() {
		this.execution = null;
	}

	public Optional<JobExecution> execution() {
		return Optional.ofNullable(this.execution);
	}

}
