package io.rtkwarehouse.job;

import java.util.List;

import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
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
	Job nightlyJob(JobRepository jobRepository, RunSteps runSteps, WindowLoadSteps windowSteps,
			AppWindowReader nightlyWindowReader, RunOutcomeListener outcome) {
		return new JobBuilder(JOB_NAME, jobRepository).start(runSteps.prepare())
			.next(windowSteps.load(nightlyWindowReader))
			.next(runSteps.prune())
			.listener(outcome)
			.build();
	}

	@Bean
	@StepScope
	AppWindowReader nightlyWindowReader(WindowPlanner planner, StepTimings timings, LoadProgress progress,
			@Value("#{stepExecutionContext['" + WindowLoadConfiguration.APP_KEY + "']}") String appId,
			@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return new AppWindowReader(() -> plan(planner, execution, appId), timings, progress, appId);
	}

	private static List<DayWindow> plan(WindowPlanner planner, JobExecution execution, String appId) {
		return planner.windows(
				WindowPlan.of(execution.getJobParameters(), appId, execution.getJobInstanceId()).withEarlierFailures());
	}

}
