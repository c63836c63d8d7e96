package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.warehouse.DailyRows;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.stereotype.Component;

/**
 * Decides which windows of one app a run fetches: the job's readers and the dry run ask
 * the same planner.
 */
@Component
public class WindowPlanner {

	private final DailyRows daily;

	private final WindowLedger ledger;

	WindowPlanner(DailyRows daily, WindowLedger ledger) {
		this.daily = daily;
		this.ledger = ledger;
	}

	/**
	 * The days of the range, plus (nightly) the earlier days whose last fetch failed;
	 * minus what the selection leaves out (final loaded days, or every loaded day); minus
	 * the days that the job instance already loaded, so that a restart fetches only what
	 * the failed or killed execution did not commit.
	 */
	public List<DayWindow> windows(WindowPlan plan) {
		String account = plan.account();
		String app = plan.appId();
		Set<LocalDate> days = new TreeSet<>(plan.range().stream().toList());
		if (plan.earlierFailures()) {
			days.addAll(this.ledger.failedDaysBefore(account, app, plan.range().from()));
		}
		switch (plan.selection()) {
			case OPEN_AND_MISSING ->
				days.removeAll(this.daily.finalLoadedDays(account, app, plan.range().from(), plan.range().to()));
			case MISSING ->
				days.removeAll(this.ledger.loadedDays(account, app, plan.range().from(), plan.range().to()));
			case ALL -> {
			}
		}
		if (plan.jobInstanceId() != null) {
			days.removeAll(this.ledger.daysLoadedByJobInstance(account, app, plan.jobInstanceId()));
		}
		return days.stream().map((day) -> DayWindow.of(app, day, plan.zone())).toList();
	}

}
