package io.rtkwarehouse.job;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.window.DaySpan;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: every window of every app in an inclusive day range, of each
 * dataset of the run, minus what the selection leaves out. The same command is the same
 * job instance, so running it again after a failure or a crash is a Spring Batch restart
 * that fetches only what was not committed.
 */
@Configuration(proxyBeanMethods = false)
public class BackfillJobConfiguration {

	public static final String JOB_NAME = "backfill";

	@Bean
	Job backfillJob(JobSteps steps, WindowPlans backfillPlans, AppWindowReader<DayWindow> backfillWindowReader,
			AppWindowReader<DaySpan> backfillUsageReader) {
		return steps.job(JOB_NAME, backfillPlans, backfillWindowReader, backfillUsageReader);
	}

	@Bean
	WindowPlans backfillPlans() {
		return (execution, dataset, appId) -> WindowPlan.of(execution.getJobParameters(), dataset, appId,
				execution.getJobInstanceId());
	}

	@Bean
	@StepScope
	AppWindowReader<DayWindow> backfillWindowReader(WindowPlans backfillPlans, WindowPlanner planner,
			StepTimings timings,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader<>(() -> planner.windows(backfillPlans.plan(execution, Dataset.LIVESTREAMS, appId)),
				timings, appId);
	}

	@Bean
	@StepScope
	AppWindowReader<DaySpan> backfillUsageReader(WindowPlans backfillPlans, WindowPlanner planner, StepTimings timings,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader<>(() -> planner.spans(backfillPlans.plan(execution, Dataset.USAGE, appId)), timings,
				appId);
	}

}
