package io.rtkwarehouse.job;

import java.util.List;
import java.util.stream.Stream;

import io.micrometer.observation.ObservationRegistry;
import io.rtkwarehouse.config.RtkProperties;
import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Fetched;
import io.rtkwarehouse.dataset.Request;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the load steps of a job, one per dataset: its load step splits the run into one
 * partition per app, and its app step reads that app's requests (with the job's own
 * reader), fetches each chunk's requests concurrently and writes them in one transaction
 * per chunk. One step execution per app and dataset, whatever the length of history,
 * keeps the Batch metadata small; a dataset the run does not load has no partition.
 */
@Component
class LoadSteps {

	private final JobRepository jobRepository;

	private final ObservationRegistry observations;

	private final PlatformTransactionManager transactionManager;

	private final RtkProperties properties;

	private final Datasets datasets;

	private final Partitioner partitioner;

	private final ItemProcessor<Request, Fetched<?>> fetcher;

	private final ItemWriter<Fetched<?>> writer;

	private final AsyncTaskExecutor fetchExecutor;

	private final TaskExecutor partitionExecutor;

	private final AppRequests askAgain;

	LoadSteps(JobRepository jobRepository, ObservationRegistry observations,
			PlatformTransactionManager transactionManager, RtkProperties properties, Datasets datasets,
			@Qualifier("appPartitioner") Partitioner partitioner,
			@Qualifier("fetcher") ItemProcessor<Request, Fetched<?>> fetcher,
			@Qualifier("requestWriter") ItemWriter<Fetched<?>> writer,
			@Qualifier("fetchExecutor") AsyncTaskExecutor fetchExecutor,
			@Qualifier("partitionExecutor") TaskExecutor partitionExecutor,
			@Qualifier("askAgainRequests") AppRequests askAgain) {
		this.jobRepository = jobRepository;
		this.observations = observations;
		this.transactionManager = transactionManager;
		this.properties = properties;
		this.datasets = datasets;
		this.partitioner = partitioner;
		this.fetcher = fetcher;
		this.writer = writer;
		this.fetchExecutor = fetchExecutor;
		this.partitionExecutor = partitionExecutor;
		this.askAgain = askAgain;
	}

	/**
	 * The load steps of every dataset, in order, whose app steps read with
	 * {@code reader}; each followed by its ask-again step, if it has one.
	 */
	List<Step> load(AppRequests reader) {
		return this.datasets.all().stream().flatMap((dataset) -> {
			Step load = load(dataset, dataset.steps(), reader);
			return dataset.askAgainSteps()
				.map((again) -> Stream.of(load, load(dataset, again, this.askAgain)))
				.orElseGet(() -> Stream.of(load));
		}).toList();
	}

	/** The load steps of the datasets that can be cross-checked ({@code reconcile}). */
	List<Step> loadCrossChecked(AppRequests reader) {
		return this.datasets.all()
			.stream()
			.filter((dataset) -> dataset.crossCheck().isPresent())
			.map((dataset) -> load(dataset, dataset.steps(), reader))
			.toList();
	}

	private Step load(Dataset<?> dataset, Dataset.Steps names, AppRequests reader) {
		Step app = new StepBuilder(names.app(), this.jobRepository).observationRegistry(this.observations)
			.<Request, Fetched<?>>chunk(this.properties.chunkSize())
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(this.fetcher)
			.writer(this.writer)
			.taskExecutor(this.fetchExecutor)
			// A restart re-enters every app; its reader skips what this job instance
			// already loaded.
			.allowStartIfComplete(true)
			.build();
		return new StepBuilder(names.load(), this.jobRepository).observationRegistry(this.observations)
			.partitioner(names.app(), this.partitioner)
			.step(app)
			.taskExecutor(this.partitionExecutor)
			.allowStartIfComplete(true)
			.build();
	}

}
