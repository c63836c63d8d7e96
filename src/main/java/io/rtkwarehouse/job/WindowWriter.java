package io.rtkwarehouse.job;

import java.time.LocalDate;

import io.rtkwarehouse.source.FetchResult;
import io.rtkwarehouse.warehouse.DailyWarehouse;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of fetched windows, loaded and failed, in the chunk's transaction. A
 * class, not a record: the step scope proxies it by subclassing.
 */
class WindowWriter implements ItemWriter<FetchResult> {

	private final DailyWarehouse warehouse;

	private final String accountId;

	private final long jobExecutionId;

	private final LocalDate finalBefore;

	private final StepTimings timings;

	private final RunProgress progress;

	WindowWriter(DailyWarehouse warehouse, String accountId, long jobExecutionId, LocalDate finalBefore,
			StepTimings timings, RunProgress progress) {
		this.progress = progress;
		this.warehouse = warehouse;
		this.accountId = accountId;
		this.jobExecutionId = jobExecutionId;
		this.finalBefore = finalBefore;
		this.timings = timings;
	}

	@Override
	public void write(Chunk<? extends FetchResult> chunk) {
		long start = this.timings.writing();
		this.warehouse.write(this.accountId, chunk.getItems(), this.jobExecutionId, this.finalBefore);
		this.timings.written(start);
		this.progress.written(chunk.size(), chunk.getItems().stream().filter((result) -> !result.loaded()).count());
	}

}
