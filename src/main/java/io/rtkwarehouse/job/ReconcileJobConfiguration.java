package io.rtkwarehouse.job;

import java.util.ArrayList;
import java.util.List;

import io.rtkwarehouse.dataset.CrossCheck;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@value #JOB_NAME}: loads the days of the range that the datasets with a cross-check do
 * not hold yet (as a backfill of them would: missing, failed or not final), then compares
 * each with the rows it checks. Every run is a new job instance. What it found is kept in
 * the execution's context ({@link Compared}).
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileJobConfiguration {

	public static final String JOB_NAME = "reconcile";

	static final String COMPARE_STEP = "compareDays";

	@Bean
	Job reconcileJob(JobSteps steps, Datasets datasets, AppRequests reconcileRequests) {
		return steps.crossCheck(JOB_NAME, LoadJobConfiguration.BACKFILL_PLANS, reconcileRequests,
				steps.runSteps().tasklet(COMPARE_STEP, (contribution, step) -> {
					JobParameters parameters = step.getJobParameters();
					List<String> differ = new ArrayList<>();
					List<String> unknown = new ArrayList<>();
					List<String> notCompared = new ArrayList<>();
					long compared = 0;
					for (Dataset<?> dataset : datasets.of(RunParameters.datasets(parameters))) {
						CrossCheck check = dataset.crossCheck().orElseThrow();
						CrossCheck.Result result = check.compare(RunParameters.account(parameters),
								RunParameters.apps(parameters), RunParameters.range(parameters));
						compared += result.compared();
						differ.addAll(result.differ());
						unknown.addAll(result.unknown());
						if (result.notCompared() != null) {
							notCompared.add(result.notCompared());
						}
					}
					Compared.store(step.getJobExecution(), compared, differ, unknown, notCompared);
				}));
	}

	@Bean
	@StepScope
	AppRequests reconcileRequests(Planner planner, StepTimings timings, Datasets datasets,
			@Value("#{stepExecutionContext['" + LoadStepConfiguration.APP_KEY + "']}") String app,
			@Value("#{stepExecution}") StepExecution step) {
		JobExecution execution = step.getJobExecution();
		String dataset = LoadStepConfiguration.dataset(datasets, step);
		return new AppRequests(
				() -> planner.requests(LoadJobConfiguration.BACKFILL_PLANS.plan(execution, dataset, app)), timings,
				app);
	}

	/** The range a reconcile compares. */
	static DayRange range(JobParameters parameters) {
		return RunParameters.range(parameters);
	}

}
