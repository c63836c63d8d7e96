package io.rtkwarehouse.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: every window of every app in an inclusive day range, minus what the
 * selection leaves out. The same command is the same job instance, so running it again
 * after a failure or a crash is a Spring Batch restart that fetches only what was not
 * committed.
 */
@Configuration(proxyBeanMethods = false)
public class BackfillJobConfiguration {

	public static final String JOB_NAME = "backfill";

	@Bean
	Job backfillJob(JobSteps steps, WindowPlans backfillPlans, AppWindowReader backfillWindowReader) {
		return steps.job(JOB_NAME, backfillPlans, backfillWindowReader);
	}

	@Bean
	WindowPlans backfillPlans(WindowPlanner planner) {
		return (execution, appId) -> planner
			.windows(WindowPlan.of(execution.getJobParameters(), appId, execution.getJobInstanceId()));
	}

	@Bean
	@StepScope
	AppWindowReader backfillWindowReader(WindowPlans backfillPlans, StepTimings timings,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader(() -> backfillPlans.windows(execution, appId), timings, appId);
	}

}
