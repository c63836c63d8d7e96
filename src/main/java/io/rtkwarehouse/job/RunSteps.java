package io.rtkwarehouse.job;

import io.micrometer.observation.ObservationRegistry;
import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.AppListing;
import io.rtkwarehouse.warehouse.Accounts;
import io.rtkwarehouse.warehouse.Apps;
import io.rtkwarehouse.warehouse.DailyRows;
import io.rtkwarehouse.warehouse.FetchHistory;
import io.rtkwarehouse.warehouse.UsageHistory;
import io.rtkwarehouse.warehouse.UsageRows;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps around the window steps that both jobs run, every execution (a restart
 * repeats them): {@value #PREPARE_STEP} records the listed apps and the account's zone
 * and marks the windows of every dataset that became final; {@value #PRUNE_STEP} deletes
 * raw answers of every dataset past {@code rtk.fetch-retention-days}.
 */
@Component
class RunSteps {

	static final String PREPARE_STEP = "prepareRun";

	static final String PRUNE_STEP = "pruneAnswers";

	private final JobRepository jobRepository;

	private final ObservationRegistry observations;

	private final PlatformTransactionManager transactionManager;

	private final RtkProperties properties;

	private final AppListing listing;

	private final Apps apps;

	private final Accounts accounts;

	private final DailyRows daily;

	private final FetchHistory history;

	private final LoadProgress progress;

	private final UsageRows usage;

	private final UsageHistory usageHistory;

	private final WindowPlanner planner;

	private final ConfiguredAccounts configured;

	RunSteps(JobRepository jobRepository, ObservationRegistry observations,
			PlatformTransactionManager transactionManager, RtkProperties properties, AppListing listing, Apps apps,
			Accounts accounts, DailyRows daily, FetchHistory history, LoadProgress progress, UsageRows usage,
			UsageHistory usageHistory, WindowPlanner planner, ConfiguredAccounts configured) {
		this.usage = usage;
		this.usageHistory = usageHistory;
		this.planner = planner;
		this.progress = progress;
		this.configured = configured;
		this.jobRepository = jobRepository;
		this.observations = observations;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.listing = listing;
		this.apps = apps;
		this.accounts = accounts;
		this.daily = daily;
		this.history = history;
	}

	/**
	 * @param plans the job's plan of an app's windows: their sum is the run's total,
	 * known before the first window is fetched
	 */
	Step prepare(WindowPlans plans) {
		return new StepBuilder(PREPARE_STEP, this.jobRepository).observationRegistry(this.observations)
			.tasklet((contribution, chunk) -> {
				JobExecution execution = chunk.getStepContext().getStepExecution().getJobExecution();
				JobParameters parameters = execution.getJobParameters();
				String account = parameters.getString(RunParameters.ACCOUNT);
				this.apps.save(account, this.listing.last());
				this.accounts.remember(account, parameters.getString(RunParameters.ZONE),
						this.configured.current().lookbackDays());
				this.daily.markFinal(account, parameters.getLocalDate(RunParameters.FINAL_BEFORE));
				this.usage.markFinal(account, parameters.getLocalDate(RunParameters.FINAL_BEFORE));
				long total = 0;
				for (Dataset dataset : RunParameters.datasets(parameters)) {
					for (String app : RunParameters.splitApps(parameters.getString(RunParameters.APP_LIST))) {
						total += this.planner.requests(plans.plan(execution, dataset, app));
					}
				}
				this.progress.expect(total);
				return RepeatStatus.FINISHED;
			}, this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	Step prune() {
		return new StepBuilder(PRUNE_STEP, this.jobRepository).observationRegistry(this.observations)
			.tasklet((contribution, chunk) -> {
				Integer retention = this.properties.fetchRetentionDays();
				if (retention != null) {
					StepExecution step = chunk.getStepContext().getStepExecution();
					String account = step.getJobParameters().getString(RunParameters.ACCOUNT);
					int pruned = this.history.prune(account, retention) + this.usageHistory.prune(account, retention);
					step.getJobExecution().getExecutionContext().putInt(RunSummary.PRUNED_KEY, pruned);
				}
				return RepeatStatus.FINISHED;
			}, this.transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

}
