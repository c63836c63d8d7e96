package io.rtkwarehouse.job;

import java.util.List;

import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.job.JobExecution;

/**
 * How a job plans the windows of one app: each job configuration has its own, used by its
 * reader and, to know the run's total before the first window, by its first step.
 */
@FunctionalInterface
interface WindowPlans {

	List<DayWindow> windows(JobExecution execution, String appId);

}
