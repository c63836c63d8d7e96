package io.rtkwarehouse.warehouse;

import java.time.LocalDate;

/**
 * The Spring Batch job instance and execution that write a chunk: rows and ledger entries
 * carry both, so that a restart of the instance knows what it already loaded.
 *
 * @param protectZerosBefore days before this one are past the source's retention
 * ({@code rtk.source-retention}): an answer of zeros there never overwrites numbers
 * already stored; null when the setting is off
 */
public record LoadRun(long jobInstanceId, long jobExecutionId, LocalDate protectZerosBefore) {

	public LoadRun(long jobInstanceId, long jobExecutionId) {
		this(jobInstanceId, jobExecutionId, null);
	}

}
