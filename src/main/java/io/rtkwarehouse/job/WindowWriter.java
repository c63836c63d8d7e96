package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;

import io.rtkwarehouse.source.Fetched;
import io.rtkwarehouse.warehouse.LoadRun;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of fetched windows of a dataset, loaded and failed, in the chunk's
 * transaction, through the dataset's {@link Store}. A class, not a record: the step scope
 * proxies it by subclassing.
 */
class WindowWriter<R extends Fetched> implements ItemWriter<R> {

	private final Store<R> store;

	private final String accountId;

	private final LoadRun run;

	private final LocalDate finalBefore;

	private final StepTimings timings;

	private final LoadProgress progress;

	WindowWriter(Store<R> store, String accountId, LoadRun run, LocalDate finalBefore, StepTimings timings,
			LoadProgress progress) {
		this.store = store;
		this.accountId = accountId;
		this.run = run;
		this.finalBefore = finalBefore;
		this.timings = timings;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends R> chunk) {
		long start = this.timings.writing();
		this.store.write(this.accountId, chunk.getItems(), this.run, this.finalBefore);
		this.timings.written(start);
		this.progress.written(chunk.size(), chunk.getItems().stream().filter((result) -> !result.loaded()).count());
	}

	/** Where a dataset's fetched windows go: its table, the ledger, its raw history. */
	@FunctionalInterface
	interface Store<R> {

		void write(String accountId, List<? extends R> results, LoadRun run, LocalDate finalBefore);

	}

}
