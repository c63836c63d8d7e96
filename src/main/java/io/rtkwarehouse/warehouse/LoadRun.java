package io.rtkwarehouse.warehouse;

/**
 * The Spring Batch job instance and execution that write a chunk: rows and ledger entries
 * carry both, so that a restart of the instance knows what it already loaded.
 */
public record LoadRun(long jobInstanceId, long jobExecutionId) {
}
