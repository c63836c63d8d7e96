package io.rtkwarehouse.job;

import java.time.LocalDate;

import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.warehouse.FetchedWindows;
import io.rtkwarehouse.warehouse.LoadRun;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of fetched windows, loaded and failed, in the chunk's transaction. A
 * class, not a record: the step scope proxies it by subclassing.
 */
class WindowWriter implements ItemWriter<FetchResult> {

	private final FetchedWindows fetched;

	private final String accountId;

	private final LoadRun run;

	private final LocalDate finalBefore;

	private final StepTimings timings;

	private final LoadProgress progress;

	WindowWriter(FetchedWindows fetched, String accountId, LoadRun run, LocalDate finalBefore, StepTimings timings,
			LoadProgress progress) {
		this.fetched = fetched;
		this.accountId = accountId;
		this.run = run;
		this.finalBefore = finalBefore;
		this.timings = timings;
		this.progress = progress;
	}

	@Override
	public void write(Chunk<? extends FetchResult> chunk) {
		long start = this.timings.writing();
		this.fetched.write(this.accountId, chunk.getItems(), this.run, this.finalBefore);
		this.timings.written(start);
		this.progress.written(chunk.size(), chunk.getItems().stream().filter((result) -> !result.loaded()).count());
	}

}
