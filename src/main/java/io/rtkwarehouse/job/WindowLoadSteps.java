package io.rtkwarehouse.job;

import io.micrometer.observation.ObservationRegistry;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.FetchStoppedException;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the window steps of a job: {@value #LOAD_STEP} splits the run into one partition
 * per app, and {@value #APP_STEP} reads that app's windows (with the job's own reader),
 * fetches each chunk's windows concurrently and writes them in one transaction per chunk.
 * One step execution per app, whatever the length of history, keeps the Batch metadata
 * small.
 */
@Component
class WindowLoadSteps {

	static final String LOAD_STEP = "loadWindows";

	static final String APP_STEP = "loadAppWindows";

	private final JobRepository jobRepository;

	private final ObservationRegistry observations;

	private final PlatformTransactionManager transactionManager;

	private final RtkProperties properties;

	private final LivestreamSource source;

	private final WindowWriter windowWriter;

	private final Partitioner appPartitioner;

	private final LoadProgress progress;

	private final ThreadPoolTaskExecutor fetchExecutor;

	private final TaskExecutor partitionExecutor;

	WindowLoadSteps(JobRepository jobRepository, ObservationRegistry observations,
			PlatformTransactionManager transactionManager, RtkProperties properties, LivestreamSource source,
			WindowWriter windowWriter, Partitioner appPartitioner,
			@Qualifier("fetchExecutor") ThreadPoolTaskExecutor fetchExecutor,
			@Qualifier("partitionExecutor") TaskExecutor partitionExecutor, LoadProgress progress) {
		this.progress = progress;
		this.jobRepository = jobRepository;
		this.observations = observations;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.source = source;
		this.windowWriter = windowWriter;
		this.appPartitioner = appPartitioner;
		this.fetchExecutor = fetchExecutor;
		this.partitionExecutor = partitionExecutor;
	}

	/** The partitioned step whose app steps read their windows with {@code reader}. */
	Step load(AppWindowReader reader) {
		ItemProcessor<DayWindow, FetchResult> fetch = (window) -> {
			try {
				FetchResult result = this.source.fetch(window);
				this.progress.fetched(result.loaded());
				return result;
			}
			catch (FetchStoppedException ex) {
				// Stopping: the window stays as it was, and the next run fetches it.
				return null;
			}
		};
		Step appStep = new StepBuilder(APP_STEP, this.jobRepository).observationRegistry(this.observations)
			.<DayWindow, FetchResult>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(fetch)
			.writer(this.windowWriter)
			.taskExecutor(this.fetchExecutor)
			// A restart re-enters every app; its reader skips what this job instance
			// already loaded.
			.allowStartIfComplete(true)
			.build();
		return new StepBuilder(LOAD_STEP, this.jobRepository).observationRegistry(this.observations)
			.partitioner(APP_STEP, this.appPartitioner)
			.step(appStep)
			.taskExecutor(this.partitionExecutor)
			.allowStartIfComplete(true)
			.build();
	}

}
