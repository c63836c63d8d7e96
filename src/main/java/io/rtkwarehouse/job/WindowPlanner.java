package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.config.Dataset;
import io.rtkwarehouse.warehouse.DailyRows;
import io.rtkwarehouse.warehouse.UsageRows;
import io.rtkwarehouse.warehouse.WindowLedger;
import io.rtkwarehouse.window.DaySpan;
import io.rtkwarehouse.window.DayWindow;

import org.springframework.stereotype.Component;

/**
 * Decides which windows of one app and dataset a run fetches: the job's readers and the
 * dry run ask the same planner. Both datasets plan days the same way; livestreams fetch
 * each day as a window of {@code rtk.zone}, usage fetches runs of consecutive days of up
 * to {@link Dataset#maxWindowDays()} in one request.
 */
@Component
public class WindowPlanner {

	private final DailyRows daily;

	private final UsageRows usage;

	private final WindowLedger ledger;

	WindowPlanner(DailyRows daily, UsageRows usage, WindowLedger ledger) {
		this.daily = daily;
		this.usage = usage;
		this.ledger = ledger;
	}

	/** The livestream windows of the plan, one per day. */
	public List<DayWindow> windows(WindowPlan plan) {
		return days(plan).stream().map((day) -> DayWindow.of(plan.appId(), day, plan.zone())).toList();
	}

	/** The days of the plan, cut into the requests of its dataset. */
	public List<DaySpan> spans(WindowPlan plan) {
		return DaySpan.cut(plan.appId(), days(plan), plan.dataset().maxWindowDays());
	}

	/** How many requests the plan makes, without retries. */
	public int requests(WindowPlan plan) {
		return (plan.dataset() == Dataset.LIVESTREAMS) ? windows(plan).size() : spans(plan).size();
	}

	/**
	 * The days of the range, plus (nightly) the earlier days whose last fetch failed;
	 * minus what the selection leaves out (final loaded days, or every loaded day); minus
	 * the days that the job instance already loaded, so that a restart fetches only what
	 * the failed or killed execution did not commit.
	 */
	public Set<LocalDate> days(WindowPlan plan) {
		String account = plan.account();
		Dataset dataset = plan.dataset();
		String app = plan.appId();
		LocalDate from = plan.range().from();
		LocalDate to = plan.range().to();
		Set<LocalDate> days = new TreeSet<>(plan.range().stream().toList());
		if (plan.earlierFailures()) {
			days.addAll(this.ledger.failedDaysBefore(account, dataset, app, from));
		}
		switch (plan.selection()) {
			case OPEN_AND_MISSING ->
				days.removeAll((dataset == Dataset.LIVESTREAMS) ? this.daily.finalLoadedDays(account, app, from, to)
						: this.usage.finalLoadedDays(account, app, from, to));
			case MISSING -> days.removeAll(this.ledger.loadedDays(account, dataset, app, from, to));
			case ALL -> {
			}
		}
		if (plan.jobInstanceId() != null) {
			days.removeAll(this.ledger.daysLoadedByJobInstance(account, dataset, app, plan.jobInstanceId()));
		}
		return days;
	}

}
