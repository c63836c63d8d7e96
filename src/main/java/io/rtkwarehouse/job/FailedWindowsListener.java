package io.rtkwarehouse.job;

import java.util.List;

import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.warehouse.DailyWarehouse.FailedWindow;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A window that fails after its retries does not stop the others, but the run must not
 * end as COMPLETED: it ends FAILED, so that the same backfill command restarts it and
 * fetches what is missing.
 */
@Component
class FailedWindowsListener implements JobExecutionListener {

	private final DailyWarehouse warehouse;

	FailedWindowsListener(DailyWarehouse warehouse) {
		this.warehouse = warehouse;
	}

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
			return;
		}
		List<FailedWindow> failed = this.warehouse.failedIn(jobExecution.getId());
		if (!failed.isEmpty()) {
			jobExecution.setStatus(BatchStatus.FAILED);
			jobExecution.setExitStatus(ExitStatus.FAILED
				.addExitDescription(failed.size() + " window(s) failed after their retries; first: " + failed.get(0)));
		}
	}

}
