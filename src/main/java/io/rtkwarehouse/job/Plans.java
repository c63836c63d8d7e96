package io.rtkwarehouse.job;

import org.springframework.batch.core.job.JobExecution;

/**
 * How a job plans one app of a dataset: each job has its own, used by its reader and, to
 * know the run's total before the first request, by its first step.
 */
@FunctionalInterface
interface Plans {

	Plan plan(JobExecution execution, String dataset, String appId);

}
