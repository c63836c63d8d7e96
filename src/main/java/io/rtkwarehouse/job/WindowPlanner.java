package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.warehouse.DailyWarehouse;
import io.rtkwarehouse.window.DayRange;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;

/** Decides which windows of one app a run fetches. */
@Component
class WindowPlanner {

	private final DailyWarehouse warehouse;

	private final RunProgress progress;

	WindowPlanner(DailyWarehouse warehouse, RunProgress progress) {
		this.warehouse = warehouse;
		this.progress = progress;
	}

	/**
	 * The days of the run's range, plus (nightly) the earlier days whose last fetch
	 * failed; minus what the selection leaves out (final loaded days, or every loaded
	 * day); minus the days that this job instance already loaded, so that a restart
	 * fetches only what the failed or killed execution did not commit.
	 */
	List<DayWindow> windows(String appId, JobExecution jobExecution) {
		JobParameters parameters = jobExecution.getJobParameters();
		String account = parameters.getString(RunParameters.ACCOUNT);
		ZoneId zone = ZoneId.of(parameters.getString(RunParameters.ZONE));
		DayRange range = RunParameters.range(parameters);
		Set<LocalDate> days = new TreeSet<>(range.stream().toList());
		if (Boolean.parseBoolean(parameters.getString(RunParameters.RETRY_FAILED))) {
			days.addAll(this.warehouse.failedDaysBefore(account, appId, range.from()));
		}
		switch (RunParameters.Selection.valueOf(parameters.getString(RunParameters.SELECTION))) {
			case OPEN_AND_MISSING ->
				days.removeAll(this.warehouse.finalLoadedDays(account, appId, range.from(), range.to()));
			case MISSING -> days.removeAll(this.warehouse.loadedDays(account, appId, range.from(), range.to()));
			case ALL -> {
			}
		}
		days.removeAll(this.warehouse.daysLoadedByJobInstance(account, appId, jobExecution.getJobInstanceId()));
		this.progress.planned(days.size());
		return days.stream().map((day) -> DayWindow.of(appId, day, zone)).toList();
	}

}
