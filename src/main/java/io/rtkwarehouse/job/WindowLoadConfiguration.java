package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rtkwarehouse.config.ConfiguredAccounts;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.warehouse.FetchedWindows;
import io.rtkwarehouse.warehouse.LoadRun;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What both jobs' window steps share ({@link WindowLoadSteps} builds them): one partition
 * per app, the writer of a chunk, and the threads that fetch and that run apps side by
 * side.
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
	Partitioner appPartitioner(@Value("#{jobParameters['" + RunParameters.APP_LIST + "']}") String apps) {
		return (gridSize) -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (String app : RunParameters.splitApps(apps)) {
				ExecutionContext context = new ExecutionContext();
				context.putString(APP_KEY, app);
				partitions.put("app-" + app, context);
			}
			return partitions;
		};
	}

	@Bean
	@StepScope
	WindowWriter windowWriter(FetchedWindows fetched, StepTimings timings, LoadProgress progress,
			@Value("#{jobParameters['" + RunParameters.ACCOUNT + "']}") String accountId,
			@Value("#{jobParameters['" + RunParameters.FINAL_BEFORE + "']}") LocalDate finalBefore,
			@Value("#{stepExecution.jobExecution}") JobExecution jobExecution) {
		LoadRun run = new LoadRun(jobExecution.getJobInstanceId(), jobExecution.getId());
		return new WindowWriter(fetched, accountId, run, finalBefore, timings, progress);
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
