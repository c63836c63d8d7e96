package io.rtkwarehouse.run;

import java.util.List;
import java.util.OptionalInt;

import io.rtkwarehouse.job.CurrentRun;
import io.rtkwarehouse.source.RealtimeKit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Stops the running jobs (one per account running) on SIGTERM or Ctrl-C: no new request
 * starts, the requests in flight end, the chunk they belong to is committed, and the
 * execution ends STOPPED, so that the same command resumes it.
 */
@Component
public class RunStopper {

	private static final Logger logger = LoggerFactory.getLogger(RunStopper.class);

	private final CurrentRun current;

	private final RealtimeKit source;

	private final JobOperator jobOperator;

	private volatile int exitCode = -1;

	RunStopper(CurrentRun current, RealtimeKit source, JobOperator jobOperator) {
		this.current = current;
		this.source = source;
		this.jobOperator = jobOperator;
	}

	/**
	 * Stops the running job, if there is one.
	 * @param signal the signal's name, for the log
	 * @param exitCode the exit code of the stopped run (128 + the signal's number)
	 * @return whether a job was running (else there is nothing to stop gracefully)
	 */
	public boolean stop(String signal, int exitCode) {
		List<JobExecution> executions = this.current.executions();
		if (executions.isEmpty()) {
			return false;
		}
		this.exitCode = exitCode;
		logger.warn("SIG{}: stopping; the requests in flight finish and their chunk is committed", signal);
		this.source.stop();
		for (JobExecution execution : executions) {
			try {
				this.jobOperator.stop(execution);
			}
			catch (JobExecutionNotRunningException ex) {
				// It ended meanwhile.
			}
		}
		return true;
	}

	/** The exit code of a run that a signal stopped. */
	OptionalInt stoppedWith() {
		return (this.exitCode < 0) ? OptionalInt.empty() : OptionalInt.of(this.exitCode);
	}

}
