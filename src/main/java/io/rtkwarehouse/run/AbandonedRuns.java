package io.rtkwarehouse.run;

import io.rtkwarehouse.job.RunParameters;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Executions still marked running that were left by a process that died. The caller holds
 * the account's lock, so none of them is alive: they are marked failed, so that they can
 * be restarted.
 */
@Component
class AbandonedRuns {

	private final JobRepository jobRepository;

	private final JobOperator jobOperator;

	AbandonedRuns(JobRepository jobRepository, JobOperator jobOperator) {
		this.jobRepository = jobRepository;
		this.jobOperator = jobOperator;
	}

	void recover(String jobName, String account) {
		for (JobExecution execution : this.jobRepository.findRunningJobExecutions(jobName)) {
			if (account.equals(execution.getJobParameters().getString(RunParameters.ACCOUNT))) {
				this.jobOperator.recover(execution);
			}
		}
	}

}
