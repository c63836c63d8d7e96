package io.rtkwarehouse.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.Fetched;
import io.rtkwarehouse.source.SpanResult;
import io.rtkwarehouse.source.UsageDays;
import io.rtkwarehouse.warehouse.FetchedSpans;
import io.rtkwarehouse.warehouse.FetchedWindows;
import io.rtkwarehouse.warehouse.LoadRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What both jobs' window steps share ({@link WindowLoadSteps} builds them): one partition
 * per app and dataset, the writer of a chunk of each dataset, and the threads that fetch
 * and that run apps side by side.
 */
@Configuration(proxyBeanMethods = false)
class WindowLoadConfiguration {

	static final String APP_KEY = "appId";

	/**
	 * Apps loaded side by side, so that one app's chunk commit or slowest answer does not
	 * leave the fetch threads idle. Each holds a database connection; the rate budget
	 * bounds the requests anyway.
	 */
	public static int parallelApps(int concurrency) {
		return Math.max(2, Math.min(8, concurrency / 4));
	}

	@Bean
	@StepScope
	Partitioner appPartitioner(@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return partitioner(execution, Dataset.LIVESTREAMS);
	}

	@Bean
	@StepScope
	Partitioner usagePartitioner(@Value("#{stepExecution.jobExecution}") JobExecution execution) {
		return partitioner(execution, Dataset.USAGE);
	}

	/** One partition per app, none when the run does not load the dataset. */
	private static Partitioner partitioner(JobExecution execution, Dataset dataset) {
		JobParameters parameters = execution.getJobParameters();
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			if (!RunParameters.datasets(parameters).contains(dataset)) {
				return partitions;
			}
			for (String app : RunParameters.splitApps(parameters.getString(RunParameters.APP_LIST))) {
				ExecutionContext context = new ExecutionContext();
				context.putString(APP_KEY, app);
				partitions.put(((dataset == Dataset.LIVESTREAMS) ? "app-" : dataset.id() + "-app-") + app, context);
			}
			return partitions;
		};
	}

	@Bean
	@StepScope
	WindowWriter<FetchResult> windowWriter(FetchedWindows fetched, StepTimings timings, LoadProgress progress,
			@Value("#{stepExecution.jobExecution}") JobExecution jobExecution) {
		return WindowLoadConfiguration.<FetchResult>writer(fetched::write, jobExecution, timings, progress);
	}

	@Bean
	@StepScope
	WindowWriter<SpanResult<UsageDays>> usageWriter(FetchedSpans fetched, StepTimings timings, LoadProgress progress,
			@Value("#{stepExecution.jobExecution}") JobExecution jobExecution) {
		return WindowLoadConfiguration.<SpanResult<UsageDays>>writer(fetched::write, jobExecution, timings, progress);
	}

	private static <R extends Fetched> WindowWriter<R> writer(WindowWriter.Store<R> store, JobExecution execution,
			StepTimings timings, LoadProgress progress) {
		JobParameters parameters = execution.getJobParameters();
		LoadRun run = new LoadRun(execution.getJobInstanceId(), execution.getId());
		return new WindowWriter<>(store, parameters.getString(RunParameters.ACCOUNT), run,
				parameters.getLocalDate(RunParameters.FINAL_BEFORE), timings, progress);
	}

	@Bean
	ThreadPoolTaskExecutor fetchExecutor(RtkProperties properties, ConfiguredAccounts accounts) {
		return pool("fetch-", concurrency(properties, accounts), accounts);
	}

	@Bean
	ThreadPoolTaskExecutor partitionExecutor(RtkProperties properties, ConfiguredAccounts accounts) {
		int apps = ConfiguredAccounts.byCredential(accounts.all())
			.stream()
			.mapToInt((group) -> parallelApps(largest(group)))
			.sum();
		return pool("app-", (apps > 0) ? apps : parallelApps(properties.rate().concurrency()), accounts);
	}

	/**
	 * Requests in flight when the accounts of every token run at once: each token's
	 * largest {@code rtk.rate.concurrency}, summed (and so the app steps, too); each rate
	 * budget holds its accounts to their own.
	 */
	private static int concurrency(RtkProperties properties, ConfiguredAccounts accounts) {
		int sum = ConfiguredAccounts.byCredential(accounts.all())
			.stream()
			.mapToInt(WindowLoadConfiguration::largest)
			.sum();
		return (sum > 0) ? sum : properties.rate().concurrency();
	}

	private static int largest(List<RtkProperties> accounts) {
		return accounts.stream().mapToInt((account) -> account.rate().concurrency()).max().orElse(0);
	}

	private static ThreadPoolTaskExecutor pool(String prefix, int threads, ConfiguredAccounts accounts) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		// A step's work runs with the account of the job that hands it over.
		executor.setTaskDecorator(accounts::carry);
		executor.setThreadNamePrefix(prefix);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setDaemon(true);
		return executor;
	}

}
