package io.rtkwarehouse.job;

import io.micrometer.observation.ObservationRegistry;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.source.DaywiseSource;
import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.source.FetchStoppedException;
import io.rtkwarehouse.source.Fetched;
import io.rtkwarehouse.source.LivestreamSource;
import io.rtkwarehouse.source.SpanResult;
import io.rtkwarehouse.source.UsageDays;
import io.rtkwarehouse.window.DaySpan;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the window steps of a job, one pair per dataset: {@value #LOAD_STEP} (and
 * {@value #USAGE_STEP}) splits the run into one partition per app, and {@value #APP_STEP}
 * (and {@value #USAGE_APP_STEP}) reads that app's windows (with the job's own reader),
 * fetches each chunk's windows concurrently and writes them in one transaction per chunk.
 * One step execution per app and dataset, whatever the length of history, keeps the Batch
 * metadata small; a dataset the run does not load has no partition.
 */
@Component
class WindowLoadSteps {

	static final String LOAD_STEP = "loadWindows";

	static final String APP_STEP = "loadAppWindows";

	static final String USAGE_STEP = "loadUsageWindows";

	static final String USAGE_APP_STEP = "loadAppUsageWindows";

	private final JobRepository jobRepository;

	private final ObservationRegistry observations;

	private final PlatformTransactionManager transactionManager;

	private final RtkProperties properties;

	private final LivestreamSource source;

	private final DaywiseSource daywise;

	private final WindowWriter<FetchResult> windowWriter;

	private final WindowWriter<SpanResult<UsageDays>> usageWriter;

	private final Partitioner appPartitioner;

	private final Partitioner usagePartitioner;

	private final LoadProgress progress;

	private final ThreadPoolTaskExecutor fetchExecutor;

	private final TaskExecutor partitionExecutor;

	WindowLoadSteps(JobRepository jobRepository, ObservationRegistry observations,
			PlatformTransactionManager transactionManager, RtkProperties properties, LivestreamSource source,
			DaywiseSource daywise, WindowWriter<FetchResult> windowWriter,
			WindowWriter<SpanResult<UsageDays>> usageWriter, Partitioner appPartitioner, Partitioner usagePartitioner,
			@Qualifier("fetchExecutor") ThreadPoolTaskExecutor fetchExecutor,
			@Qualifier("partitionExecutor") TaskExecutor partitionExecutor, LoadProgress progress) {
		this.progress = progress;
		this.jobRepository = jobRepository;
		this.observations = observations;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.source = source;
		this.daywise = daywise;
		this.windowWriter = windowWriter;
		this.usageWriter = usageWriter;
		this.appPartitioner = appPartitioner;
		this.usagePartitioner = usagePartitioner;
		this.fetchExecutor = fetchExecutor;
		this.partitionExecutor = partitionExecutor;
	}

	/** The livestream steps, whose app steps read their windows with {@code reader}. */
	Step load(AppWindowReader<DayWindow> reader) {
		return partitioned(LOAD_STEP, APP_STEP, this.appPartitioner, reader, this.source::fetch, this.windowWriter);
	}

	/** The usage steps, whose app steps read their spans of days with {@code reader}. */
	Step loadUsage(AppWindowReader<DaySpan> reader) {
		return partitioned(USAGE_STEP, USAGE_APP_STEP, this.usagePartitioner, reader, this.daywise::usage,
				this.usageWriter);
	}

	private <W, R extends Fetched> Step partitioned(String loadStep, String appStep, Partitioner partitioner,
			AppWindowReader<W> reader, Fetch<W, R> fetch, ItemWriter<R> writer) {
		ItemProcessor<W, R> processor = (window) -> {
			try {
				R result = fetch.fetch(window);
				this.progress.fetched(result.loaded());
				return result;
			}
			catch (FetchStoppedException ex) {
				// Stopping: the window stays as it was, and the next run fetches it.
				return null;
			}
		};
		Step step = new StepBuilder(appStep, this.jobRepository).observationRegistry(this.observations)
			.<W, R>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.taskExecutor(this.fetchExecutor)
			// A restart re-enters every app; its reader skips what this job instance
			// already loaded.
			.allowStartIfComplete(true)
			.build();
		return new StepBuilder(loadStep, this.jobRepository).observationRegistry(this.observations)
			.partitioner(appStep, partitioner)
			.step(step)
			.taskExecutor(this.partitionExecutor)
			.allowStartIfComplete(true)
			.build();
	}

	@FunctionalInterface
	private interface Fetch<W, R> {

		R fetch(W window);

	}

}
