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
 * {@value #JOB_NAME}: yesterday and the lookback days before it, which the source may
 * still change, plus earlier windows whose last fetch failed (what makes it differ from a
 * backfill: its reader asks the planner for those too). Every nightly run is a new job
 * instance, so running it twice for one date fetches those days twice, and that is safe.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightly";

	@Bean
	Job nightlyJob(JobSteps steps, WindowPlans nightlyPlans, AppWindowReader<DayWindow> nightlyWindowReader,
			AppWindowReader<DaySpan> nightlyUsageReader) {
		return steps.job(JOB_NAME, nightlyPlans, nightlyWindowReader, nightlyUsageReader);
	}

	@Bean
	WindowPlans nightlyPlans() {
		return (execution, dataset, appId) -> WindowPlan
			.of(execution.getJobParameters(), dataset, appId, execution.getJobInstanceId())
			.withEarlierFailures();
	}

	@Bean
	@StepScope
	AppWindowReader<DayWindow> nightlyWindowReader(WindowPlans nightlyPlans, WindowPlanner planner, StepTimings timings,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader<>(() -> planner.windows(nightlyPlans.plan(execution, Dataset.LIVESTREAMS, appId)),
				timings, appId);
	}

	@Bean
	@StepScope
	AppWindowReader<DaySpan> nightlyUsageReader(WindowPlans nightlyPlans, WindowPlanner planner, StepTimings timings,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader<>(() -> planner.spans(nightlyPlans.plan(execution, Dataset.USAGE, appId)), timings,
				appId);
	}

}
