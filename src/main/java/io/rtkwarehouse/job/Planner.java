package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.warehouse.WindowLedger;

import org.springframework.stereotype.Component;

/**
 * Decides which days of one app and dataset a run fetches, and in which requests: the
 * jobs' readers and the dry run ask the same planner.
 */
@Component
public class Planner {

	private final Datasets datasets;

	private final WindowLedger ledger;

	Planner(Datasets datasets, WindowLedger ledger) {
		this.datasets = datasets;
		this.ledger = ledger;
	}

	/** The requests of the plan, as its dataset asks for its days. */
	public List<Request> requests(Plan plan) {
		return this.datasets.get(plan.dataset()).requests(plan.account(), plan.appId(), days(plan), plan.zone());
	}

	/**
	 * The days of the range, plus (nightly) the earlier days whose last fetch failed;
	 * minus what the selection leaves out (final loaded days, or every loaded day); minus
	 * the days that the job instance already loaded, so that a restart fetches only what
	 * the failed or killed execution did not commit.
	 */
	public Set<LocalDate> days(Plan plan) {
		Dataset<?> dataset = this.datasets.get(plan.dataset());
		String account = plan.account();
		String app = plan.appId();
		Set<LocalDate> days = new TreeSet<>(plan.range().stream().toList());
		if (plan.earlierFailures()) {
			days.addAll(this.ledger.failedDaysBefore(account, plan.dataset(), app, plan.range().from()));
		}
		switch (plan.selection()) {
			case OPEN_AND_MISSING -> days.removeAll(dataset.finalLoadedDays(account, app, plan.range()));
			case MISSING -> days.removeAll(
					this.ledger.loadedDays(account, plan.dataset(), app, plan.range().from(), plan.range().to()));
			case ALL -> {
			}
		}
		if (plan.jobInstanceId() != null) {
			days.removeAll(this.ledger.daysLoadedByJobInstance(account, plan.dataset(), app, plan.jobInstanceId()));
		}
		return days;
	}

}
