package io.rtkwarehouse.job;

import java.time.ZoneId;

import io.rtkwarehouse.job.RunParameters.Selection;
import io.rtkwarehouse.window.DayRange;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * What a run asks of the {@link Planner} for one app and dataset.
 *
 * @param jobInstanceId the job instance whose loaded days a restart skips, or
 * {@code null} when there is none yet (a dry run of a new command)
 * @param earlierFailures whether days before the range whose last fetch failed are
 * fetched too (the nightly job's catch-up)
 */
public record Plan(String account, String dataset, String appId, ZoneId zone, DayRange range, Selection selection,
		Long jobInstanceId, boolean earlierFailures) {

	/** The plan of a backfill of one app and dataset: the range as its parameters say. */
	public static Plan of(JobParameters parameters, String dataset, String appId, Long jobInstanceId) {
		return new Plan(RunParameters.account(parameters), dataset, appId,
				ZoneId.of(parameters.getString(RunParameters.ZONE)), RunParameters.range(parameters),
				Selection.valueOf(parameters.getString(RunParameters.SELECTION)), jobInstanceId, false);
	}

	Plan withEarlierFailures() {
		return new Plan(this.account, this.dataset, this.appId, this.zone, this.range, this.selection,
				this.jobInstanceId, true);
	}

}
