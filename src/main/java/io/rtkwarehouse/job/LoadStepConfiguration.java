package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.source.FetchStoppedException;
import io.rtkwarehouse.warehouse.LoadRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What the load steps of every dataset share ({@link LoadSteps} builds them): one
 * partition per app, the processor that fetches a request for the run's account, the
 * writer of a chunk into the dataset, and the threads that fetch and that run apps side
 * by side. The dataset and the app of a step come from its partition; the account from
 * the job's parameters.
 */
@Configuration(proxyBeanMethods = false)
class LoadStepConfiguration {

	static final String APP_KEY = "appId";

	/**
	 * The dataset of an app step, from its name ({@code loadAppWindows:app-1}): steps of
	 * executions an earlier release started carry nothing else that says it.
	 */
	static String dataset(Datasets datasets, StepExecution step) {
		Dataset<?> dataset = datasets.byStep(step.getStepName());
		if (dataset == null) {
			throw new IllegalStateException("step " + step.getStepName() + " is the step of no dataset");
		}
		return dataset.id();
	}

	/**
	 * Apps loaded side by side, so that one app's chunk commit or slowest answer does not
	 * leave the fetch threads idle. Each holds a database connection; the rate budget
	 * bounds the requests anyway.
	 */
	static int parallelApps(int concurrency) {
		return Math.max(2, Math.min(8, concurrency / 4));
	}

	/**
	 * One partition per app, none when the run does not load the step's dataset. An
	 * ask-again step ({@link Dataset#askAgainSteps}) has them only when the execution
	 * learned it must ask days again.
	 */
	@Bean
	@StepScope
	Partitioner appPartitioner(Datasets datasets, @Value("#{stepExecution}") StepExecution step) {
		Dataset<?> dataset = datasets.byStep(step.getStepName());
		JobParameters parameters = step.getJobParameters();
		boolean again = dataset != null
				&& dataset.askAgainSteps().map((steps) -> steps.load().equals(step.getStepName())).orElse(false);
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			if (dataset == null || !RunParameters.datasets(parameters).contains(dataset.id())) {
				return partitions;
			}
			if (again && !dataset.asksAgain(RunParameters.account(parameters), step.getJobExecutionId())) {
				return partitions;
			}
			String prefix = again ? dataset.askAgainSteps().get().partition() : dataset.steps().partition();
			for (String app : RunParameters.apps(parameters)) {
				ExecutionContext context = new ExecutionContext();
				context.putString(APP_KEY, app);
				partitions.put(prefix + app, context);
			}
			return partitions;
		};
	}

	/**
	 * Reads the days an app's ask-again step asks: those its dataset says must be asked
	 * again, one day each.
	 */
	@Bean
	@StepScope
	AppRequests askAgainRequests(Datasets datasets, StepTimings timings,
			@Value("#{stepExecutionContext['" + APP_KEY + "']}") String app,
			@Value("#{stepExecution}") StepExecution step) {
		JobParameters parameters = step.getJobParameters();
		Dataset<?> dataset = datasets.get(dataset(datasets, step));
		return new AppRequests(() -> dataset.askAgain(RunParameters.account(parameters), app,
				ZoneId.of(parameters.getString(RunParameters.ZONE))), timings, app);
	}

	/** Fetches one request for the account of the run. */
	@Bean
	@StepScope
	ItemProcessor<Request, Fetched<?>> fetcher(Datasets datasets, ConfiguredAccounts accounts, RunCounters counters,
			@Value("#{stepExecution}") StepExecution step) {
		JobExecution execution = step.getJobExecution();
		Dataset<?> unit = datasets.get(dataset(datasets, step));
		RtkProperties account = accounts.settings(RunParameters.account(execution.getJobParameters()));
		return (request) -> {
			try {
				Fetched<?> fetched = unit.fetch(account, request, execution.getId());
				counters.fetched(execution.getId(), fetched.days(), fetched.failedDays());
				return fetched;
			}
			catch (FetchStoppedException ex) {
				// Stopping: the days stay as they were, and the next run fetches them.
				return null;
			}
		};
	}

	/** Writes a chunk into its dataset, in the chunk's transaction. */
	@Bean
	@StepScope
	ItemWriter<Fetched<?>> requestWriter(Datasets datasets, StepTimings timings, RunCounters counters,
			ConfiguredAccounts accounts, java.time.Clock clock, @Value("#{stepExecution}") StepExecution step) {
		JobExecution execution = step.getJobExecution();
		Dataset<?> unit = datasets.get(dataset(datasets, step));
		JobParameters parameters = execution.getJobParameters();
		String account = RunParameters.account(parameters);
		LocalDate finalBefore = parameters.getLocalDate(RunParameters.FINAL_BEFORE);
		java.time.Duration retention = accounts.settings(account).sourceRetention();
		LocalDate protectBefore = retention.isZero() ? null
				: LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).minusDays(retention.toDays());
		LoadRun run = new LoadRun(execution.getJobInstanceId(), execution.getId(), protectBefore);
		return (chunk) -> {
			long start = timings.writing(execution.getId());
			write(unit, account, chunk, run, finalBefore);
			timings.written(execution.getId(), start);
			counters.written(execution.getId(), chunk.getItems().stream().mapToLong(Fetched::days).sum(),
					chunk.getItems().stream().mapToLong(Fetched::failedDays).sum());
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> void write(Dataset<T> dataset, String account, Chunk<? extends Fetched<?>> chunk, LoadRun run,
			LocalDate finalBefore) {
		List<Fetched<T>> items = chunk.getItems().stream().map((fetched) -> (Fetched<T>) fetched).toList();
		dataset.write(account, items, run, finalBefore);
	}

	@Bean
	ThreadPoolTaskExecutor fetchExecutor(RtkProperties properties, ConfiguredAccounts accounts) {
		return pool("fetch-", concurrency(properties, accounts));
	}

	@Bean
	ThreadPoolTaskExecutor partitionExecutor(RtkProperties properties, ConfiguredAccounts accounts) {
		int apps = ConfiguredAccounts.byCredential(accounts.all())
			.stream()
			.mapToInt((group) -> parallelApps(largest(group)))
			.sum();
		return pool("app-", (apps > 0) ? apps : parallelApps(properties.rate().concurrency()));
	}

	/**
	 * Requests in flight when the accounts of every token run at once: each token's
	 * largest {@code rtk.rate.concurrency}, summed (and so the app steps, too); each rate
	 * budget holds its accounts to their own.
	 */
	private static int concurrency(RtkProperties properties, ConfiguredAccounts accounts) {
		int sum = ConfiguredAccounts.byCredential(accounts.all())
			.stream()
			.mapToInt(LoadStepConfiguration::largest)
			.sum();
		return (sum > 0) ? sum : properties.rate().concurrency();
	}

	private static int largest(List<RtkProperties> accounts) {
		return accounts.stream().mapToInt((account) -> account.rate().concurrency()).max().orElse(0);
	}

	private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(prefix);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setDaemon(true);
		return executor;
	}

}
