package io.rtkwarehouse.job;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.rtkwarehouse.dataset.Dataset;
import io.rtkwarehouse.dataset.Datasets;
import io.rtkwarehouse.dataset.Request;
import io.rtkwarehouse.warehouse.Apps;
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

	private final Apps apps;

	Planner(Datasets datasets, WindowLedger ledger, Apps apps) {
		this.datasets = datasets;
		this.ledger = ledger;
		this.apps = apps;
	}

	/** The requests of the plan, as its dataset asks for its days. */
	public List<Request> requests(Plan plan) {
		return this.datasets.get(plan.dataset()).requests(plan.account(), plan.appId(), days(plan), plan.zone());
	}

	/**
	 * The day the app was created, as its dataset's days count (the account's zone, or
	 * for a dataset of UTC or undocumented dates the earlier of the zone's and UTC's
	 * day): no day before it can hold data, so none is asked for. Empty for an app the
	 * listing did not give.
	 */
	public Optional<LocalDate> createdDay(Plan plan) {
		Optional<LocalDate> inZone = this.apps.createdDay(plan.account(), plan.appId(), plan.zone());
		if (inZone.isEmpty() || this.datasets.get(plan.dataset()).planning().days() == Dataset.Days.ZONE) {
			return inZone;
		}
		return this.apps.createdDay(plan.account(), plan.appId(), ZoneOffset.UTC)
			.map((utc) -> utc.isBefore(inZone.get()) ? utc : inZone.get());
	}

	/**
	 * The days of the range, plus (nightly) the earlier days whose last fetch failed;
	 * minus the days before the app was created ({@link #createdDay}); minus what the
	 * selection leaves out (final loaded days, or every loaded day); minus the days that
	 * the job instance already loaded, so that a restart fetches only what the failed or
	 * killed execution did not commit.
	 */
	public Set<LocalDate> days(Plan plan) {
		Dataset<?> dataset = this.datasets.get(plan.dataset());
		String account = plan.account();
		String app = plan.appId();
		Set<LocalDate> days = new TreeSet<>(plan.range().stream().toList());
		if (plan.earlierFailures()) {
			days.addAll(this.ledger.failedDaysBefore(account, plan.dataset(), app, plan.range().from()));
		}
		createdDay(plan).ifPresent((created) -> days.removeIf((day) -> day.isBefore(created)));
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
