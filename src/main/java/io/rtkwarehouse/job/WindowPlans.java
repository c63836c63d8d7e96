package io.rtkwarehouse.job;

import io.rtkwarehouse.config.Dataset;

import org.springframework.batch.core.job.JobExecution;

/**
 * How a job plans the windows of one app and dataset: each job configuration has its own,
 * used by its readers and, to know the run's total before the first window, by its first
 * step.
 */
@FunctionalInterface
interface WindowPlans {

	WindowPlan plan(JobExecution execution, Dataset dataset, String appId);

}
