package io.rtkwarehouse.job;

import io.rtkwarehouse.dataset.Datasets;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two jobs that load the configured datasets, which differ only in their plans.
 * {@value #BACKFILL}: every day of every app in an inclusive day range, minus what the
 * selection leaves out; the same command is the same job instance, so running it again
 * after a failure or a crash is a Spring Batch restart that fetches only what was not
 * committed. {@value #NIGHTLY}: yesterday and the lookback days before it, which the
 * source may still change, plus earlier days whose last fetch failed; every nightly run
 * is a new job instance, so running it twice for one date fetches those days twice, and
 * that is safe.
 */
@Configuration(proxyBeanMethods = false)
public class LoadJobConfiguration {

	public static final String BACKFILL = "backfill";

	public static final String NIGHTLY = "nightly";

	static final Plans BACKFILL_PLANS = (execution, dataset, app) -> Plan.of(execution.getJobParameters(), dataset, app,
			execution.getJobInstanceId());

	static final Plans NIGHTLY_PLANS = (execution, dataset, app) -> BACKFILL_PLANS.plan(execution, dataset, app)
		.withEarlierFailures();

	@Bean
	Job backfillJob(JobSteps steps, AppRequests backfillRequests) {
		return steps.load(BACKFILL, BACKFILL_PLANS, backfillRequests);
	}

	@Bean
	Job nightlyJob(JobSteps steps, AppRequests nightlyRequests) {
		return steps.load(NIGHTLY, NIGHTLY_PLANS, nightlyRequests);
	}

	@Bean
	@StepScope
	AppRequests backfillRequests(Planner planner, StepTimings timings, Datasets datasets,
			@Value("#{stepExecutionContext['" + LoadStepConfiguration.APP_KEY + "']}") String app,
			@Value("#{stepExecution}") StepExecution step) {
		JobExecution execution = step.getJobExecution();
		String dataset = LoadStepConfiguration.dataset(datasets, step);
		return new AppRequests(() -> planner.requests(BACKFILL_PLANS.plan(execution, dataset, app)), timings, app);
	}

	@Bean
	@StepScope
	AppRequests nightlyRequests(Planner planner, StepTimings timings, Datasets datasets,
			@Value("#{stepExecutionContext['" + LoadStepConfiguration.APP_KEY + "']}") String app,
			@Value("#{stepExecution}") StepExecution step) {
		JobExecution execution = step.getJobExecution();
		String dataset = LoadStepConfiguration.dataset(datasets, step);
		return new AppRequests(() -> planner.requests(NIGHTLY_PLANS.plan(execution, dataset, app)), timings, app);
	}

}
