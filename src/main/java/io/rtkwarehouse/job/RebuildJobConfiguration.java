package io.rtkwarehouse.job;

import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: recomputes the rows of the range of every dataset of the run from
 * their raw answers, each dataset in one transaction. Calls no API; every run is a new
 * job instance. How many rows each dataset rebuilt is kept in the execution's context.
 */
@Configuration(proxyBeanMethods = false)
public class RebuildJobConfiguration {

	public static final String JOB_NAME = "rebuild";

	/** Key of the rows rebuilt of a dataset, in the job execution's context. */
	public static final String REBUILT_KEY = "rtk.rebuilt.";

	@Bean
	Job rebuildJob(JobSteps steps, Datasets datasets) {
		return steps.single(JOB_NAME, LoadJobConfiguration.BACKFILL_PLANS,
				steps.runSteps().tasklet("rebuildRows", (contribution, step) -> {
					JobParameters parameters = step.getJobParameters();
					for (Dataset<?> dataset : datasets.of(RunParameters.datasets(parameters))) {
						int rows = dataset.rebuild(RunParameters.account(parameters), RunParameters.range(parameters),
								parameters.getLocalDate(RunParameters.FINAL_BEFORE));
						step.getJobExecution().getExecutionContext().putInt(REBUILT_KEY + dataset.id(), rows);
					}
				}));
	}

}
