package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that both jobs run: {@value #LOAD_STEP} splits the run into one partition per
 * app, and {@value #APP_STEP} reads that app's windows, fetches each chunk's windows
 * concurrently and writes them in one transaction per chunk. One step execution per app,
 * whatever the length of history, keeps the Batch metadata small.
 */
@Configuration(proxyBeanMethods = false)
class WindowLoadConfiguration {

	static final String LOAD_STEP = "loadWindows";

	static final String APP_STEP = "loadAppWindows";

	static final String APP_KEY = "appId";

	/**
	 * Apps loaded side by side, so that one app's chunk commit or slowest answer does not
	 * leave the fetch threads idle. Each holds a database connection; the rate budget
	 * bounds the requests anyway.
	 */
	static int parallelApps(int concurrency) {
		return Math.max(2, Math.min(8, concurrency / 4));
	}

	@Bean
	Step loadWindowsStep(JobRepository jobRepository, Step loadAppWindowsStep, Partitioner appPartitioner,
			TaskExecutor partitionExecutor) {
		return new StepBuilder(LOAD_STEP, jobRepository).partitioner(APP_STEP, appPartitioner)
			.step(loadAppWindowsStep)
			.taskExecutor(partitionExecutor)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step loadAppWindowsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RtkProperties properties, AppWindowReader windowReader, LivestreamSource source, WindowWriter windowWriter,
			ThreadPoolTaskExecutor fetchExecutor) {
		ItemProcessor<DayWindow, FetchResult> fetch = source::fetch;
		return new StepBuilder(APP_STEP, jobRepository).<DayWindow, FetchResult>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(windowReader)
			.processor(fetch)
			.writer(windowWriter)
			.taskExecutor(fetchExecutor)
			// A restart re-enters every app; its reader skips what this job instance
			// already loaded.
			.allowStartIfComplete(true)
			.build();
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
	AppWindowReader windowReader(WindowPlanner planner, StepTimings timings,
			@Value("#{stepExecutionContext['" + APP_KEY + "']}") String appId,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new AppWindowReader(planner, timings, appId, stepExecution.getJobExecution());
	}

	@Bean
	@StepScope
	WindowWriter windowWriter(DailyWarehouse warehouse, StepTimings timings, RunProgress progress,
			@Value("#{jobParameters['" + RunParameters.ACCOUNT + "']}") String accountId,
			@Value("#{jobParameters['" + RunParameters.FINAL_BEFORE + "']}") LocalDate finalBefore,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return new WindowWriter(warehouse, accountId, jobExecutionId, finalBefore, timings, progress);
	}

	@Bean
	ThreadPoolTaskExecutor fetchExecutor(RtkProperties properties) {
		return pool("fetch-", properties.rate().concurrency());
	}

	@Bean
	ThreadPoolTaskExecutor partitionExecutor(RtkProperties properties) {
		return pool("app-", parallelApps(properties.rate().concurrency()));
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
