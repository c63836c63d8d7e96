package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;

import io.micrometer.observation.ObservationRegistry;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.source.AppInfo;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Apps;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps around the load steps that every job runs, every execution (a restart repeats
 * them): {@value #PREPARE_STEP} records the listed apps and the account's zone, marks the
 * days of every dataset of the run that became final and plans the run's requests;
 * {@value #PRUNE_STEP} deletes raw answers of every dataset of the run past
 * {@code rtk.fetch-retention-days}.
 */
@Component
class RunSteps {

	static final String PREPARE_STEP = "prepareRun";

	static final String PRUNE_STEP = "pruneAnswers";

	/** Key of the days a dataset's steps plan, in the job execution's context. */
	static final String PLANNED_KEY = "rtk.planned.";

	private final JobRepository jobRepository;

	private final ObservationRegistry observations;

	private final PlatformTransactionManager transactionManager;

	private final AppListing listing;

	private final Apps apps;

	private final Accounts accounts;

	private final Planner planner;

	private final Datasets datasets;

	private final ConfiguredAccounts configured;

	private final RunCounters counters;

	RunSteps(JobRepository jobRepository, ObservationRegistry observations,
			PlatformTransactionManager transactionManager, AppListing listing, Apps apps, Accounts accounts,
			Planner planner, Datasets datasets, ConfiguredAccounts configured, RunCounters counters) {
		this.jobRepository = jobRepository;
		this.observations = observations;
		this.transactionManager = transactionManager;
		this.listing = listing;
		this.apps = apps;
		this.accounts = accounts;
		this.planner = planner;
		this.datasets = datasets;
		this.configured = configured;
		this.counters = counters;
	}

	/**
	 * @param plans the job's plan of an app's days: their sum is the run's total, known
	 * before the first request
	 */
	Step prepare(Plans plans) {
		return tasklet(PREPARE_STEP, (contribution, step) -> {
			JobExecution execution = step.getJobExecution();
			JobParameters parameters = execution.getJobParameters();
			String account = RunParameters.account(parameters);
			RtkProperties settings = this.configured.settings(account);
			List<AppInfo> listed = this.listing.last(account);
			this.apps.save(account,
					listed.stream().map((app) -> new Apps.App(app.id(), app.name(), app.createdAt())).toList());
			this.accounts.remember(account, parameters.getString(RunParameters.ZONE), settings.lookbackDays());
			LocalDate finalBefore = parameters.getLocalDate(RunParameters.FINAL_BEFORE);
			long total = 0;
			for (Dataset<?> dataset : this.datasets.of(RunParameters.datasets(parameters))) {
				dataset.markFinal(account, finalBefore);
				long days = 0;
				for (String app : RunParameters.apps(parameters)) {
					Plan plan = plans.plan(execution, dataset.id(), app);
					days += this.planner.days(plan).size();
				}
				execution.getExecutionContext().putLong(PLANNED_KEY + dataset.id(), days);
				total += days;
			}
			this.counters.expect(execution.getId(), total);
		});
	}

	Step prune(Integer retentionDays) {
		return tasklet(PRUNE_STEP, (contribution, step) -> {
			if (retentionDays != null) {
				String account = RunParameters.account(step.getJobParameters());
				int pruned = 0;
				for (Dataset<?> dataset : this.datasets.of(RunParameters.datasets(step.getJobParameters()))) {
					pruned += dataset.prune(account, retentionDays);
				}
				step.getJobExecution().getExecutionContext().putInt(RunSummary.PRUNED_KEY, pruned);
			}
		});
	}

	/** A step that runs {@code work} once, every execution, in one transaction. */
	Step tasklet(String name, Work work) {
		return new StepBuilder(name, this.jobRepository).observationRegistry(this.observations)
			.tasklet((contribution, chunk) -> {
				work.run(contribution, chunk.getStepContext().getStepExecution());
				return RepeatStatus.FINISHED;
			}, this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/** What a tasklet step does. */
	@FunctionalInterface
	interface Work {

		void run(StepContribution contribution, StepExecution step);

	}

}
